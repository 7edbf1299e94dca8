#include "base/SecondTicker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>

namespace cop {

namespace {

// Past the second, so that a display rounding down to whole seconds has moved on.
constexpr qint64 kAfterSecondMs = 5;

} // namespace

SecondTicker *SecondTicker::instance()
{
    static QPointer<SecondTicker> ticker;
    if (!ticker)
        ticker = new SecondTicker(QCoreApplication::instance());
    return ticker;
}

SecondTicker::SecondTicker(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        arm();
        emit tick();
    });
    arm();
}

void SecondTicker::arm()
{
    const qint64 intoSecondMs = QDateTime::currentMSecsSinceEpoch() % 1000;
    m_timer.start(int(1000 - intoSecondMs + kAfterSecondMs));
}

} // namespace cop
