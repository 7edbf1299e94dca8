#pragma once

#include "interop/CotEvent.h"

#include <QHash>

#include <vector>

namespace cop {

// Which of the picture's CoT events to send in one round of the live output (rounds are a second
// apart, so each thing goes at most once a second): a thing again only when it changed or after
// kCotKeepAliveMs, never-sent and longest-waiting first, and at most kCotMaxEventsPerRound, so a
// flood of tracks makes each one's updates slower instead of the output bigger. A receiver that
// (re)connects is sent the whole picture: reset() first.
class CotSchedule
{
public:
    static constexpr qint64 kCotRoundIntervalMs = 1000;
    static constexpr qint64 kCotKeepAliveMs = 20'000;
    static constexpr qsizetype kCotMaxEventsPerRound = 2000;

    std::vector<CotEvent> due(std::vector<CotEvent> events, qint64 steadyMs);
    void reset() { m_sent.clear(); }

private:
    struct Sent
    {
        qint64 atMs = 0;
        CotEvent event; // its times left out: a new time alone is no change
    };
    QHash<QString, Sent> m_sent; // by uid, for the things still in the picture
};

} // namespace cop
