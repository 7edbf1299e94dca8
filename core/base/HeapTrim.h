#pragma once

#include "base/BackgroundPool.h"

#include <QObject>
#include <QTimer>

namespace cop {

// Gives the memory the allocator holds free back to the system, every kIntervalMs, on a thread
// of its own. glibc keeps what a thread frees in that thread's arena, and an arena gives back
// only the free memory at its very top: at 3 x 10,000 tracks the console's threads free tens of
// megabytes a second (rasters, fusion results, trails), and glibc held 250 MB of it free for
// good, a quarter of the console's memory. A workstation runs the console for a whole shift
// beside other tools. Does nothing where the allocator is not glibc's.
class HeapTrim : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 30'000;

    explicit HeapTrim(int intervalMs = kIntervalMs, QObject *parent = nullptr);
    ~HeapTrim() override;

private:
    QTimer m_timer;
    BackgroundPool m_pool{QStringLiteral("heap trim"), 1};
};

} // namespace cop
