#pragma once

#include "base/BackgroundPool.h"
#include "picture/Picture.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace cop {

namespace dynamics {
class ImpactPredictor;
}

// Fills in predictions the services do not send: for every track whose service has sent no
// prediction, it computes one on a worker pool (unscented transform, core/dynamics) at most
// kMinIntervalMs apart per track, and hands it to the Picture on the GUI thread marked local.
// A service prediction always wins; a boosting track gets the provisional vacuum impact point.
class LocalPredictionScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMinIntervalMs = 500; // at most 2 Hz per track
    // How often the tracks are looked through for work: a scan costs O(tracks) on the GUI
    // thread, so it follows the picture's changes at most this often, not at every one.
    static constexpr int kScanIntervalMs = 100;

    explicit LocalPredictionScheduler(Picture *picture, QObject *parent = nullptr);
    ~LocalPredictionScheduler() override;

private:
    struct Request
    {
        qint64 startedMs = 0;
        bool inFlight = false;
    };

    void schedule();
    void start(const ServiceKey &key, const Track &track);
    void deliver(const ServiceKey &key, std::optional<Prediction> prediction);

    Picture *m_picture;
    std::shared_ptr<const dynamics::ImpactPredictor> m_predictor;
    QHash<ServiceKey, Request> m_requests;
    QElapsedTimer m_clock;
    QTimer m_scan;
    int m_inFlight = 0;
    std::vector<std::pair<QString, Prediction>> m_delivered; // computed, not yet applied
    int m_maxInFlight = 0; // a few jobs per pool thread: never a queue as long as the picture
    BackgroundPool m_pool;
};

} // namespace cop
