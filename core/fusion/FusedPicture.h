#pragma once

#include "base/BackgroundPool.h"
#include "base/WorkPause.h"
#include "fusion/FusedView.h"
#include "fusion/FusionPass.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace cop {

class AlertBook;

// The picture as one track per missile: follows the Picture, associates and fuses the
// services' tracks of each missile on the picture pipeline thread (see docs/architecture.md),
// publishes each finished pass whole, and raises a console advisory in the AlertBook (when
// given one) while the nations disagree about a track. One pass runs at a time; changes that
// come in meanwhile are fused together in the next one, so the work follows what the thread can
// do, and the GUI thread never waits for it; after a pass the next rests (WorkPause).
class FusedPicture : public QObject
{
    Q_OBJECT

public:
    static inline const QString kAdvisoryService = QStringLiteral("console");

    FusedPicture(Picture *picture, AlertBook *alerts = nullptr,
                 NationCoverage coverage = NationCoverage::regional(), QObject *parent = nullptr);
    ~FusedPicture() override;

    const Picture *picture() const { return m_picture; }
    std::vector<const FusedTrack *> tracks() const;
    const FusedTrack *find(const QString &fusedId) const;
    QString fusedIdOf(const ServiceKey &key) const { return view().fusedIdOf(key); }
    // The missile a service track is or was part of: its fused track now, else the one it
    // belonged to when it went (while that fused track lives); empty when neither is known.
    QString missileIdOf(const ServiceKey &key) const;
    // A fused id, or the id of the fused track it was joined into.
    QString currentIdOf(const QString &fusedId) const { return m_result->joinedInto.value(fusedId, fusedId); }
    // The prediction to show for a fused track, or nothing.
    const Prediction *prediction(const FusedTrack &track) const;
    // The launch to show for a fused track (LaunchChoice), or nothing.
    const Launch *launch(const FusedTrack &track) const;
    // The launch to show for a service's track: its fused track's once fused, else its own.
    const Launch *launchOf(const ServiceKey &trackKey) const;
    // The last pass's result whole: immutable, so another thread may read it while passes go on.
    std::shared_ptr<const FusionResult> result() const { return m_result; }
    // Tracks the last pass left out for being too far in time from the others.
    qsizetype outOfTime() const { return m_result->outOfTime; }

    // Whether what is published reflects the Picture as it is: no pass running or due.
    bool isSettled() const { return !m_running && !m_dirty; }
    // When the pass in flight started (steadyNowMs()), or 0 while none runs. Safe from any
    // thread: the watchdog reads it.
    qint64 passStartedMs() const { return m_passStartedMs.load(std::memory_order_relaxed); }

    static QString advisoryId(const QString &fusedId) { return QStringLiteral("fusion.") + fusedId; }

    // A view that draws each result (the map's overlay) took buildMs to draw the last. The next
    // result then comes no sooner than twice the longest such time after this one: a view can
    // start on each result at once, and it too takes at most half a core.
    void viewBuilt(qint64 buildMs) { m_viewBuildMs = std::max(m_viewBuildMs, buildMs); }

signals:
    void changed();

private:
    FusedView view() const;
    void refresh();
    void startPass();
    void startIfDue();
    void publish(std::shared_ptr<const FusionResult> result, qint64 tookMs);
    void updateAdvisories();

    QPointer<Picture> m_picture;
    QPointer<AlertBook> m_alerts;
    std::shared_ptr<FusionPass> m_pass; // touched by one pass at a time, on the pipeline thread
    std::shared_ptr<const FusionResult> m_result;
    QHash<QString, AlertUpdate> m_advisories; // by fused id, while raised
    bool m_running = false;
    bool m_dirty = false;
    bool m_startPosted = false;
    qint64 m_viewBuildMs = 0; // the longest a view took to draw a result since the last pass
    std::atomic<qint64> m_passStartedMs{0};
    WorkPause m_passPause{[this] { startIfDue(); }};
    BackgroundPool m_pipeline{QStringLiteral("picture pipeline"), 1, Urgency::Picture};
};

} // namespace cop
