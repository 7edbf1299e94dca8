#pragma once

#include <QtGlobal>

#include <chrono>

namespace cop {

// Milliseconds on a clock that never jumps: for how long something has been running or silent,
// compared across threads. Never 0, which callers keep for "not running".
inline qint64 steadyNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count() + 1;
}

} // namespace cop
