#pragma once

#include <QtGlobal>

#include <chrono>
#include <optional>

namespace cop {

// ISA-18.2 on-delay and off-delay for a condition the console watches itself: the alarm becomes
// active once the condition has held for `onDelay` without a break, and returns to normal once
// it has been absent for `offDelay` without a break. A condition that comes and goes faster
// (a feed that reconnects and fails again) leaves the alarm as it is instead of raising it anew
// each time.
class AlarmDelay
{
public:
    AlarmDelay(std::chrono::milliseconds onDelay, std::chrono::milliseconds offDelay);

    // The condition as seen at `nowUs` (UTC microseconds).
    void observe(bool condition, qint64 nowUs);
    // Whether the alarm is active at `nowUs`, the delays run out by then.
    bool update(qint64 nowUs);
    // When update() will change the alarm unless the condition changes first.
    std::optional<qint64> dueUs() const;

private:
    qint64 m_onDelayUs;
    qint64 m_offDelayUs;
    bool m_condition = false;
    qint64 m_conditionSinceUs = 0;
    bool m_active = false;
};

} // namespace cop
