#pragma once

#include "AlertBook.h"
#include "FusedPicture.h"
#include "LocalPredictionScheduler.h"
#include "Picture.h"
#include "PictureWatchdog.h"

#include <QObject>

namespace cop {

// What one console watches, whoever feeds it (track services live, a journal in replay): the
// picture, its alerts on the picture's clock, locally computed predictions, the fused view on
// the picture pipeline thread and the watchdog over them (docs/architecture.md). main(), the
// replay window and the GUI tests all build this; windows only present it.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    ConsoleSession(const QString &operatorName, const QString &consoleId, QObject *parent = nullptr);

    Picture *picture() { return &m_picture; }
    AlertBook *alerts() { return &m_alerts; }
    FusedPicture *fusion() { return &m_fusion; }
    PictureWatchdog *watchdog() { return &m_watchdog; }

private:
    // Declaration order is construction order: each part follows the ones above it.
    Picture m_picture;
    LocalPredictionScheduler m_localPredictions;
    AlertBook m_alerts;
    FusedPicture m_fusion;
    PictureWatchdog m_watchdog;
};

} // namespace cop
