#pragma once

// Every track update the glass benchmark's services send, from the moment it is sent until a
// frame on screen shows it or a newer update of its track replaces it first. Thread-safe: the
// services' feeder adds, the frame watcher resolves.

#include "LatencyHistogram.h"

#include <QtGlobal>

#include <deque>
#include <limits>
#include <mutex>
#include <utility>
#include <vector>

class GlassLedger
{
public:
    GlassLedger(int services, int tracks) : m_tracks(tracks), m_sent(size_t(services) * size_t(tracks)) {}

    // Only updates sent in [fromUs, toUs) count in figures().
    void setWindow(qint64 fromUs, qint64 toUs)
    {
        std::lock_guard lock(m_mutex);
        m_fromUs = fromUs;
        m_toUs = toUs;
    }

    // Before the window an update counts nowhere, so it is not held: while no frame shows the
    // tracks (3 x 10,000) the ledger grows by 8 bytes an update, which --rss-every would count
    // as the console's. Those after it are, to tell whether one in it was replaced first.
    void sent(int service, int track, qint64 stampUs)
    {
        std::lock_guard lock(m_mutex);
        if (stampUs >= m_fromUs)
            m_sent[index(service, track)].push_back(stampUs);
    }

    // Updates held, sent in the window and not shown yet: 8 bytes each of this process's memory.
    qint64 held() const
    {
        std::lock_guard lock(m_mutex);
        qint64 count = 0;
        for (const std::deque<qint64> &sent : m_sent)
            count += qint64(sent.size());
        return count;
    }

    // A frame shown at shownUs drew the track as of its update stamped timeUs: that update is
    // shown, and any older one not shown yet never will be.
    void shown(int service, int track, qint64 timeUs, qint64 shownUs)
    {
        // Tracks the bench did not send (the demo's, --at-rest) are in no ledger.
        if (track < 0 || track >= m_tracks)
            return;
        std::lock_guard lock(m_mutex);
        std::deque<qint64> &sent = m_sent[index(service, track)];
        while (!sent.empty() && sent.front() <= timeUs) {
            const qint64 stamp = sent.front();
            sent.pop_front();
            if (stamp < m_fromUs || stamp >= m_toUs)
                continue;
            if (!sent.empty() && sent.front() <= timeUs)
                ++m_superseded;
            else
                addLatency(double(shownUs - stamp) / 1000.0);
        }
    }

    struct Figures
    {
        LatencyHistogram latencies; // send -> shown, of each update shown
        qint64 superseded = 0;           // replaced by a newer update before any frame showed them
        qint64 unresolved = 0;           // neither by the end
    };
    Figures figures() const
    {
        std::lock_guard lock(m_mutex);
        Figures figures{m_latencies, m_superseded, 0};
        for (const std::deque<qint64> &sent : m_sent) {
            for (qint64 stamp : sent)
                figures.unresolved += stamp >= m_fromUs && stamp < m_toUs;
        }
        return figures;
    }

    // send -> shown of the updates shown since the last call (or the window's start), to tell
    // whether a long run's tail comes at a steady rate or from some stretch of it.
    LatencyHistogram takeRecent()
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_recent, LatencyHistogram());
    }

private:
    void addLatency(double ms)
    {
        m_latencies.add(ms);
        m_recent.add(ms);
    }

    size_t index(int service, int track) const { return size_t(service) * size_t(m_tracks) + size_t(track); }

    const int m_tracks;
    mutable std::mutex m_mutex;
    std::vector<std::deque<qint64>> m_sent;
    qint64 m_fromUs = std::numeric_limits<qint64>::max(); // no window yet
    qint64 m_toUs = 0;
    LatencyHistogram m_latencies;
    LatencyHistogram m_recent;
    qint64 m_superseded = 0;
};
