#pragma once

// Every track update the glass benchmark's services send, from the moment it is sent until a
// frame on screen shows it or a newer update of its track replaces it first. Thread-safe: the
// services' feeder adds, the frame watcher resolves.

#include <QtGlobal>

#include <deque>
#include <mutex>
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

    void sent(int service, int track, qint64 stampUs)
    {
        std::lock_guard lock(m_mutex);
        m_sent[index(service, track)].push_back(stampUs);
    }

    // A frame shown at shownUs drew the track as of its update stamped timeUs: that update is
    // shown, and any older one not shown yet never will be.
    void shown(int service, int track, qint64 timeUs, qint64 shownUs)
    {
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
                m_latenciesMs.push_back(double(shownUs - stamp) / 1000.0);
        }
    }

    struct Figures
    {
        std::vector<double> latenciesMs; // send -> shown, one per update shown
        qint64 superseded = 0;           // replaced by a newer update before any frame showed them
        qint64 unresolved = 0;           // neither by the end
    };
    Figures figures() const
    {
        std::lock_guard lock(m_mutex);
        Figures figures{m_latenciesMs, m_superseded, 0};
        for (const std::deque<qint64> &sent : m_sent) {
            for (qint64 stamp : sent)
                figures.unresolved += stamp >= m_fromUs && stamp < m_toUs;
        }
        return figures;
    }

private:
    size_t index(int service, int track) const { return size_t(service) * size_t(m_tracks) + size_t(track); }

    const int m_tracks;
    mutable std::mutex m_mutex;
    std::vector<std::deque<qint64>> m_sent;
    qint64 m_fromUs = 0;
    qint64 m_toUs = 0;
    std::vector<double> m_latenciesMs;
    qint64 m_superseded = 0;
};
