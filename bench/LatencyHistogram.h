#pragma once

// Latencies counted in 1 ms bins up to a minute, with the exact largest: percentiles in a
// fixed 480 KB however long the run. Keeping every sample (8 bytes each) grew by 860 MB over an
// hour at 3 x 10,000 tracks, which --rss-every counted as the console's.

#include <QtGlobal>

#include <algorithm>
#include <vector>

class LatencyHistogram
{
public:
    void add(double ms)
    {
        ++m_bins[std::clamp(qsizetype(ms), qsizetype(0), qsizetype(m_bins.size()) - 1)];
        m_max = m_count++ == 0 ? ms : std::max(m_max, ms);
    }

    qint64 count() const { return m_count; }

    // The value below which a fraction p (0..1) of the latencies lie, to the millisecond below;
    // the largest itself for 1; 0 for none.
    double percentile(double p) const
    {
        if (m_count == 0)
            return 0.0;
        if (p >= 1.0)
            return m_max;
        const qint64 rank = std::min(m_count - 1, qint64(p * double(m_count)));
        qint64 below = 0;
        for (size_t ms = 0; ms < m_bins.size(); ++ms) {
            below += m_bins[ms];
            if (below > rank)
                return std::min(double(ms), m_max);
        }
        return m_max;
    }

private:
    std::vector<qint64> m_bins = std::vector<qint64>(60'000);
    qint64 m_count = 0;
    double m_max = 0.0;
};
