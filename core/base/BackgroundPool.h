#pragma once

#include <QString>
#include <QThreadPool>

#include <functional>
#include <utility>

namespace cop {

// How much a background thread gives way to the GUI thread on a busy CPU.
enum class Urgency {
    Picture,  // the picture pipeline and the overlay build: what the operator sees next; must not
              // starve behind the rest
    Deferred, // local predictions: may wait
};

// The nice value a thread of this urgency runs at (Linux).
int niceOf(Urgency urgency);

// Lowers the calling thread's CPU priority once, for good.
void yieldToInteractiveThreads(Urgency urgency);

// Threads for work the operator does not wait on from one moment to the next: fusion, local
// predictions, painting the overlay. On a busy machine they yield the CPU to the GUI thread, so
// a flood of data makes the picture's updates come slower, never the console's answer to the
// operator (docs/architecture.md, "Who gets the CPU").
class BackgroundPool
{
public:
    BackgroundPool(const QString &name, int maxThreads, Urgency urgency = Urgency::Deferred);

    template<typename Work>
    void start(Work &&work)
    {
        m_pool.start([urgency = m_urgency, work = std::forward<Work>(work)]() mutable {
            yieldToInteractiveThreads(urgency);
            work();
        });
    }
    int maxThreadCount() const { return m_pool.maxThreadCount(); }
    // Runs part(0) on the calling thread and part(1) .. part(parts - 1) on the pool's threads
    // beside it, and returns once all are done: for work cut into parts that each write only
    // what is their own.
    void runParts(int parts, const std::function<void(int)> &part);
    void clear() { m_pool.clear(); }
    void waitForDone() { m_pool.waitForDone(); }

private:
    QThreadPool m_pool;
    Urgency m_urgency;
};

} // namespace cop
