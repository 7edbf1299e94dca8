#include "NoDataBanner.h"

#include "picture/Picture.h"

#include <QLocale>

#include <algorithm>

namespace cop {

NoDataBanner::NoDataBanner(Picture *picture, QObject *parent)
    : QObject(parent)
    , m_picture(picture)
{
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
    const QString text = lines.join(u'\n');
    if (text != m_text) {
        m_text = text;
        emit textChanged(m_text);
    }
}

void NoDataBanner::showStall(qint64 stalledMs)
{
    m_stalledMs = stalledMs;
    refresh();
}

} // namespace cop
