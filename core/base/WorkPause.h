#pragma once

#include <QTimer>

#include <functional>

namespace cop {

// The rest a background job takes after each run before the next: as long as the run took, at
// most a quarter of a second. Work whose cost grows with the picture (a fusion pass, an overlay
// build) run back to back at tens of thousands of tracks would take a core of its own, most of
// its results replaced before anything showed them; paused so, it takes at most half a core and
// the work that waits for the CPU gets it.
class WorkPause
{
public:
    static constexpr qint64 kLongestMs = 250;

    // ended is called when a pause is over.
    explicit WorkPause(std::function<void()> ended);

    void after(qint64 runTookMs);
    bool isActive() const { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

} // namespace cop
