#pragma once

#include "fusion/FusedPicture.h"

#include <QTest>

// Fusion runs on the picture pipeline thread: what it publishes catches up with the Picture a
// moment after each change. Waits (processing events) until it has.
inline bool fusionSettled(const cop::FusedPicture &fused)
{
    return QTest::qWaitFor([&fused] { return fused.isSettled(); }, 10'000);
}
