#include "interop/CotSchedule.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace cop {

namespace {

CotEvent timeless(CotEvent event)
{
    event.timeUtcUs = event.startUtcUs = event.staleUtcUs = 0;
    return event;
}

} // namespace

std::vector<CotEvent> CotSchedule::due(std::vector<CotEvent> events, qint64 steadyMs)
{
    QSet<QString> present;
    struct Candidate
    {
        qint64 lastSentMs;
        CotEvent *event;
    };
    std::vector<Candidate> candidates;
    for (CotEvent &event : events) {
        present.insert(event.uid);
        const auto sent = m_sent.constFind(event.uid);
        if (sent == m_sent.cend()) {
            candidates.push_back({std::numeric_limits<qint64>::min(), &event});
        } else if (steadyMs - sent->atMs >= kCotKeepAliveMs || sent->event != timeless(event)) {
            candidates.push_back({sent->atMs, &event});
        }
    }
    m_sent.removeIf([&](const auto &entry) { return !present.contains(entry.key()); });
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.lastSentMs < b.lastSentMs; });
    if (qsizetype(candidates.size()) > kCotMaxEventsPerRound)
        candidates.resize(size_t(kCotMaxEventsPerRound));
    std::vector<CotEvent> due;
    due.reserve(candidates.size());
    for (const Candidate &candidate : candidates) {
        m_sent.insert(candidate.event->uid, {steadyMs, timeless(*candidate.event)});
        due.push_back(std::move(*candidate.event));
    }
    return due;
}

} // namespace cop
