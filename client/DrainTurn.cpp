#include "DrainTurn.h"

#include <QCoreApplication>

namespace cop {

bool DrainTurn::take()
{
    // Connections live on the GUI thread; the flag is per thread all the same.
    thread_local bool taken = false;
    if (taken)
        return false;
    taken = true;
    // Delivered in the next pass, before the drains that were put off to it.
    QMetaObject::invokeMethod(QCoreApplication::instance(), [] { taken = false; }, Qt::QueuedConnection);
    return true;
}

} // namespace cop
