#include "SerialPainting.h"

#include <QByteArrayView>
#include <QtGlobal>

namespace cop {

void paintOnOneThread()
{
    // Qt's own switch (read once, when the pool is first wanted); an operator's setting wins.
    if (!qEnvironmentVariableIsSet("QT_NO_GUI_THREADPOOL"))
        qputenv("QT_NO_GUI_THREADPOOL", "1");
}

} // namespace cop
