#include "NoDataBanner.h"

#include "picture/Picture.h"

#include <QEvent>
#include <QLocale>

#include <algorithm>

namespace cop {

NoDataBanner::NoDataBanner(Picture *picture, QWidget *parent)
    : QLabel(parent)
    , m_picture(picture)
{
    setObjectName(QStringLiteral("noDataBanner"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("QLabel#noDataBanner { background: #b3261e; color: white;"
                                 " font-weight: bold; font-size: 15px; padding: 8px; }"));
    parent->installEventFilter(this);
    connect(picture, &Picture::feedChanged, this, &NoDataBanner::refresh);
    refresh();
}

void NoDataBanner::refresh()
{
    if (!m_picture)
        return;
    QList<FeedStatus> feeds = m_picture->feeds().values();
    std::sort(feeds.begin(), feeds.end(),
              [](const FeedStatus &a, const FeedStatus &b) { return a.service < b.service; });
    QStringList silent;
    for (const FeedStatus &feed : feeds) {
        switch (feed.state) {
        case FeedState::Live:
            break;
        case FeedState::Stale:
            silent << tr("%1 (stale)").arg(feed.service);
            break;
        case FeedState::Down:
            silent << tr("%1 (down)").arg(feed.service);
            break;
        case FeedState::Connecting:
            silent << tr("%1 (connecting)").arg(feed.service);
            break;
        }
    }
    QStringList lines;
    if (m_stalledMs > 0) {
        lines << tr("Picture stalled %1 s: the map and the panels may show old data.")
                     .arg(QLocale().toString(double(m_stalledMs) / 1000.0, 'f', 0));
    }
    if (feeds.isEmpty())
        lines << tr("No track service is configured: this console shows no data.");
    else if (!silent.isEmpty())
        lines << tr("No data from %1: the picture is incomplete. An empty map does not mean all clear.")
                     .arg(QLocale().createSeparatedList(silent));
    setText(lines.join(u'\n'));
    setVisible(!lines.isEmpty());
    place();
}

void NoDataBanner::showStall(qint64 stalledMs)
{
    m_stalledMs = stalledMs;
    refresh();
}

void NoDataBanner::place()
{
    const int width = parentWidget()->width();
    setGeometry(0, 0, width, heightForWidth(width));
    raise();
}

void NoDataBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

bool NoDataBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        place();
    return false;
}

} // namespace cop
