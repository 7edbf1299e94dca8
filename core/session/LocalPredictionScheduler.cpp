#include "session/LocalPredictionScheduler.h"

#include "fusion/StateEstimate.h"
#include "dynamics/ImpactPredictor.h"

#include <QThread>

#include <algorithm>
#include <cmath>

namespace cop {

namespace {

// What a track without a covariance is assumed to be good to: a coarse radar track.
constexpr double kDefaultPositionSigmaM = 500.0;
constexpr double kDefaultVelocitySigmaMps = 20.0;

dynamics::TrackEstimate estimateOf(const TrackUpdate &track)
{
    dynamics::TrackEstimate estimate;
    for (int i = 0; i < 3; ++i) {
        estimate.state(i) = track.positionEcef[i];
        estimate.state(3 + i) = track.velocityEcef[i];
    }
    if (track.covarianceUpper) {
        estimate.covariance = covarianceFromUpper(*track.covarianceUpper);
    } else {
        estimate.covariance.diagonal() << Eigen::Vector3d::Constant(kDefaultPositionSigmaM
                                                                    * kDefaultPositionSigmaM),
            Eigen::Vector3d::Constant(kDefaultVelocitySigmaMps * kDefaultVelocitySigmaMps);
    }
    estimate.boosting = track.phase == TrackPhase::Boost;
    return estimate;
}

qint64 utcUsAfter(qint64 utcUs, double seconds)
{
    return utcUs + qint64(std::llround(seconds * 1e6));
}

Prediction predictionOf(const TrackUpdate &track, const dynamics::ImpactPrediction &computed)
{
    Prediction prediction;
    prediction.trackId = track.trackId;
    prediction.issuedUtcUs = track.timeUtcUs;
    prediction.trajectory.reserve(computed.trajectory.size());
    for (const dynamics::TimedPoint &sample : computed.trajectory)
        prediction.trajectory.push_back({utcUsAfter(track.timeUtcUs, sample.timeS), sample.point});
    prediction.apogee = computed.apogee.point;
    prediction.impactPoint = computed.impact.point;
    prediction.impactTimeUtcUs = utcUsAfter(track.timeUtcUs, computed.impact.timeS);
    prediction.impactTimeSigmaS = computed.impactTimeSigmaS;
    prediction.ellipses.assign(computed.ellipses.begin(), computed.ellipses.end());
    prediction.provisional = computed.provisional;
    prediction.exercise = track.exercise;
    prediction.local = true;
    return prediction;
}

// An object on its way to orbit has no impact: its ground track instead, and no ellipse.
Prediction groundTrackOf(const TrackUpdate &track, const std::vector<dynamics::TimedPoint> &groundTrack)
{
    Prediction prediction;
    prediction.trackId = track.trackId;
    prediction.issuedUtcUs = track.timeUtcUs;
    prediction.trajectory.reserve(groundTrack.size());
    for (const dynamics::TimedPoint &sample : groundTrack)
        prediction.trajectory.push_back({utcUsAfter(track.timeUtcUs, sample.timeS), sample.point});
    prediction.orbital = true;
    prediction.exercise = track.exercise;
    prediction.local = true;
    return prediction;
}

} // namespace

LocalPredictionScheduler::LocalPredictionScheduler(Picture *picture, QObject *parent)
    : QObject(parent)
    , m_picture(picture)
    , m_predictor(std::make_shared<const dynamics::ImpactPredictor>())
    // Leave a core to the GUI thread and the stream readers.
    , m_pool(QStringLiteral("local predictions"), std::max(1, QThread::idealThreadCount() - 1))
{
    m_maxInFlight = 2 * m_pool.maxThreadCount();
    m_clock.start();
    m_scan.setSingleShot(true);
    m_scan.setInterval(kScanIntervalMs);
    connect(&m_scan, &QTimer::timeout, this, &LocalPredictionScheduler::schedule);
    connect(picture, &Picture::changed, this, [this] {
        if (!m_scan.isActive())
            m_scan.start();
    });
}

LocalPredictionScheduler::~LocalPredictionScheduler()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void LocalPredictionScheduler::schedule()
{
    // Results are applied together: each change of the picture costs every view a pass over
    // it, which a change per prediction multiplies by the number of tracks.
    if (!m_delivered.empty())
        m_picture->applyLocalPredictions(std::exchange(m_delivered, {}));
    const auto &tracks = m_picture->tracks();
    m_requests.removeIf([&tracks](const auto &it) { return !tracks.contains(it.key()); });
    const auto &predictions = m_picture->predictions();
    for (auto it = tracks.cbegin(); it != tracks.cend() && m_inFlight < m_maxInFlight; ++it) {
        const auto prediction = predictions.constFind(it.key());
        if (prediction != predictions.cend() && !prediction->local)
            continue;
        const Request &request = m_requests[it.key()];
        if (request.inFlight
            || (request.startedMs > 0 && m_clock.elapsed() - request.startedMs < kMinIntervalMs))
            continue;
        start(it.key(), it.value());
    }
}

void LocalPredictionScheduler::start(const ServiceKey &key, const Track &track)
{
    Request &request = m_requests[key];
    request.inFlight = true;
    ++m_inFlight;
    // Never 0, which means "never started".
    request.startedMs = std::max<qint64>(1, m_clock.elapsed());
    m_pool.start([this, key, update = track.state, predictor = m_predictor] {
        dynamics::ImpactPrediction computed;
        std::vector<dynamics::TimedPoint> groundTrack;
        std::optional<Prediction> result;
        const dynamics::TrackEstimate estimate = estimateOf(update);
        if (predictor->predict(estimate, computed))
            result = predictionOf(update, computed);
        else if (predictor->groundTrack(estimate.state, groundTrack))
            result = groundTrackOf(update, groundTrack);
        QMetaObject::invokeMethod(this, [this, key, result = std::move(result)] {
            deliver(key, std::move(result));
        }, Qt::QueuedConnection);
    });
}

void LocalPredictionScheduler::deliver(const ServiceKey &key, std::optional<Prediction> prediction)
{
    const auto request = m_requests.find(key);
    if (request != m_requests.end())
        request->inFlight = false;
    --m_inFlight;
    if (prediction)
        m_delivered.emplace_back(key.service, std::move(*prediction));
    // Applied at the next scan, which also gives tracks left waiting a free slot.
    if (!m_scan.isActive())
        m_scan.start();
}

} // namespace cop
