#include "alerts/AlarmDelay.h"

namespace cop {

AlarmDelay::AlarmDelay(std::chrono::milliseconds onDelay, std::chrono::milliseconds offDelay)
    : m_onDelayUs(std::chrono::microseconds(onDelay).count())
    , m_offDelayUs(std::chrono::microseconds(offDelay).count())
{}

void AlarmDelay::observe(bool condition, qint64 nowUs)
{
    if (condition == m_condition)
        return;
    m_condition = condition;
    m_conditionSinceUs = nowUs;
}

bool AlarmDelay::update(qint64 nowUs)
{
    const std::optional<qint64> due = dueUs();
    if (due && nowUs >= *due)
        m_active = m_condition;
    return m_active;
}

std::optional<qint64> AlarmDelay::dueUs() const
{
    if (m_condition == m_active)
        return std::nullopt;
    return m_conditionSinceUs + (m_condition ? m_onDelayUs : m_offDelayUs);
}

} // namespace cop
