#pragma once

#include <QLabel>
#include <QPointer>

namespace cop {

class Picture;

// A banner across the top of its parent (the map) while any track service is not live, so an
// empty map with a feed down never looks like a quiet sky (docs/alerts.md), and while the picture
// itself is stalled (PictureWatchdog), so a frozen map never looks like a quiet one. Also shown
// when no service is configured at all.
class NoDataBanner : public QLabel
{
    Q_OBJECT

public:
    NoDataBanner(Picture *picture, QWidget *parent);

    // How long the picture has been stalled; 0 when it is not.
    void showStall(qint64 stalledMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void place();

    QPointer<Picture> m_picture;
    qint64 m_stalledMs = 0;
};

} // namespace cop
