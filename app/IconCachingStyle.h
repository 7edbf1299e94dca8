#pragma once

#include <QHash>
#include <QIcon>
#include <QProxyStyle>

namespace cop {

// A style that makes each standard icon once. Fusion builds a new QIcon from its image files on
// every call, and a dock widget asks for its title bar's icons on every paint of its title (to
// measure the buttons): each repaint of the window opened and decoded a dozen files, a third of
// the GUI thread's time in the repaint after a language switch.
class IconCachingStyle : public QProxyStyle
{
public:
    explicit IconCachingStyle(QStyle *base);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

private:
    // Keyed by the icon and its layout direction (arrows point the other way right to left).
    mutable QHash<std::pair<int, int>, QIcon> m_icons;
};

} // namespace cop
