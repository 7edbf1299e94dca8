#include "IconCachingStyle.h"

#include <QApplication>
#include <QStyleOption>
#include <QWidget>

namespace cop {

IconCachingStyle::IconCachingStyle(QStyle *base)
    : QProxyStyle(base)
{}

QIcon IconCachingStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    const Qt::LayoutDirection direction = option ? option->direction
                                          : widget ? widget->layoutDirection()
                                                   : QApplication::layoutDirection();
    const std::pair key{int(icon), int(direction)};
    auto it = m_icons.constFind(key);
    if (it == m_icons.cend())
        it = m_icons.insert(key, QProxyStyle::standardIcon(icon, option, widget));
    return *it;
}

} // namespace cop
