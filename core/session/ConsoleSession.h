#pragma once

#include "alerts/AlertBook.h"
#include "alerts/Annunciator.h"
#include "fusion/FusedPicture.h"
#include "session/LocalPredictionScheduler.h"
#include "journal/OperatorAction.h"
#include "picture/Picture.h"
#include "session/PictureSource.h"
#include "alerts/PictureWatchdog.h"
#include "base/HeapTrim.h"

#include <QObject>

#include <memory>

namespace cop {

// What one console watches, whoever feeds it (track services live, a journal in replay): the
// picture, its alerts on the picture's clock, the horn's annunciator, locally computed
// predictions, the fused view on the picture pipeline thread and the watchdog over them, fed by
// one PictureSource (docs/architecture.md). app/ConsoleAssembly builds it for main(), the replay
// window and the GUI tests alike; windows only present it.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    ConsoleSession(const QString &operatorName, const QString &consoleId, QObject *parent = nullptr);

    Picture *picture() { return &m_picture; }
    AlertBook *alerts() { return &m_alerts; }
    Annunciator *annunciator() { return &m_annunciator; }
    FusedPicture *fusion() { return &m_fusion; }
    PictureWatchdog *watchdog() { return &m_watchdog; }

    void setSource(std::unique_ptr<PictureSource> source);
    PictureSource *source() const { return m_source.get(); }

    // The hook for the one operator action taken outside the session: the console's language.
    void reportLanguageSwitch(const QString &language);

signals:
    // Everything the operator does to this console, for the journal: the alert book's actions,
    // silencing the horn and switching the language.
    void operatorActed(const cop::OperatorAction &action);

private:
    OperatorAction actionOf(OperatorAction::Kind kind) const;

    // Declaration order is construction order: each part follows the ones above it.
    Picture m_picture;
    LocalPredictionScheduler m_localPredictions;
    AlertBook m_alerts;
    Annunciator m_annunciator;
    FusedPicture m_fusion;
    PictureWatchdog m_watchdog;
    HeapTrim m_heapTrim;
    // Last, so it goes first: its connections and threads feed the parts above.
    std::unique_ptr<PictureSource> m_source;
};

} // namespace cop
