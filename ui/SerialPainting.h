#pragma once

namespace cop {

// Keeps Qt's raster painting on the thread that paints. Call first in main(), before any
// QCoreApplication exists: Qt reads the setting once, and a QCoreApplication's destructor does.
//
// Qt splits a fill of more than 96 spans across a thread pool of its own and waits for the
// pieces. The overlay paints tens of thousands of strokes on its own background thread; split
// so, every stroke woke a pool thread and waited on it. At 3 x 10,000 tracks with full trails
// that pool thread took 16-20 % of a core, mostly waking and sleeping, and an overlay raster
// twice the CPU: 1.7 rasters a second against 3.2, send -> shown p99 2.8 s against 1.2 s
// (cop-bench-glass, 260 s in, this 2-core host). The GUI thread's own fills are small.
void paintOnOneThread();

} // namespace cop
