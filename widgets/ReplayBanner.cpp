#include "ReplayBanner.h"

#include <QDateTime>
#include <QEvent>
#include <QTimeZone>

namespace cop {

ReplayBanner::ReplayBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("replayBanner"));
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    setStyleSheet(QStringLiteral("QLabel#replayBanner { background: #ffb000; color: #000000;"
                                 " font-weight: bold; font-size: 16px; padding: 4px; }"));
    refresh();
}

void ReplayBanner::setSource(const QString &consoleId, const QString &session)
{
    m_consoleId = consoleId;
    m_session = session;
    refresh();
}

void ReplayBanner::setTime(qint64 utcUs)
{
    m_timeUtcUs = utcUs;
    refresh();
}

void ReplayBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

void ReplayBanner::refresh()
{
    const QString time = QDateTime::fromMSecsSinceEpoch(m_timeUtcUs / 1000, QTimeZone::UTC)
                             .toString(u"yyyy-MM-dd HH:mm:ss'Z'");
    setText(tr("REPLAY — recorded %1 — console %2, session %3 — not live")
                .arg(time, m_consoleId, m_session));
}

} // namespace cop
