#pragma once

// Lets the event loop run for a while, e.g. between the steps of a benchmark.

#include <QEventLoop>
#include <QTimer>

// A loop of its own that sleeps while nothing happens: processEvents() in a loop would spin and
// be counted as the console's CPU. (QCoreApplication::quit() would close the window.)
inline void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}
