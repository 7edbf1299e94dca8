#include "ReconnectBackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace cop {

namespace {

constexpr double kJitter = 0.2;

} // namespace

ReconnectBackoff::ReconnectBackoff(Duration initial, Duration maximum)
    : m_initial(initial)
    , m_maximum(maximum)
    , m_current(initial)
{}

ReconnectBackoff::Duration ReconnectBackoff::next()
{
    const double factor = 1.0 - kJitter + 2.0 * kJitter * QRandomGenerator::global()->generateDouble();
    const Duration delay(qRound64(double(m_current.count()) * factor));
    m_current = std::min(m_current * 2, m_maximum);
    return delay;
}

void ReconnectBackoff::reset()
{
    m_current = m_initial;
}

} // namespace cop
