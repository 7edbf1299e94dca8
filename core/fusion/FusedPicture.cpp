#include "fusion/FusedPicture.h"

#include "alerts/AlertBook.h"
#include "base/SteadyClock.h"

namespace cop {

FusedPicture::FusedPicture(Picture *picture, AlertBook *alerts, NationCoverage coverage,
                           QObject *parent)
    : QObject(parent)
    , m_picture(picture)
    , m_alerts(alerts)
    , m_pass(std::make_shared<FusionPass>(std::move(coverage)))
    , m_result(std::make_shared<const FusionResult>())
{
    if (!picture)
        return;
    connect(picture, &Picture::changed, this, &FusedPicture::refresh);
    connect(picture, &Picture::feedChanged, this, &FusedPicture::refresh);
    refresh();
}

FusedPicture::~FusedPicture()
{
    // The pass in flight posts its result to this object: it must be done before we go.
    m_pipeline.waitForDone();
}

std::vector<const FusedTrack *> FusedPicture::tracks() const
{
    std::vector<const FusedTrack *> tracks;
    tracks.reserve(m_result->tracks.size());
    for (const FusedTrack &track : m_result->tracks)
        tracks.push_back(&track);
    return tracks;
}

const FusedTrack *FusedPicture::find(const QString &fusedId) const
{
    return view().find(fusedId);
}

QString FusedPicture::missileIdOf(const ServiceKey &key) const
{
    const QString current = m_result->assignment.value(key);
    return current.isEmpty() ? m_result->formerAssignment.value(key) : current;
}

const Prediction *FusedPicture::prediction(const FusedTrack &track) const
{
    return view().prediction(track);
}

const Launch *FusedPicture::launch(const FusedTrack &track) const
{
    return view().launch(track);
}

const Launch *FusedPicture::launchOf(const ServiceKey &trackKey) const
{
    return view().launchOf(trackKey);
}

FusedView FusedPicture::view() const
{
    static const QHash<ServiceKey, Launch> noLaunches;
    static const QHash<ServiceKey, Prediction> noPredictions;
    return m_picture ? FusedView(*m_result, m_picture->launches(), m_picture->predictions())
                     : FusedView(*m_result, noLaunches, noPredictions);
}

void FusedPicture::refresh()
{
    m_dirty = true;
    // Started in the event loop's next pass, not inside the change that called for it: making
    // the pass's input (a summary of every prediction) in the turn that applied a snapshot of
    // 10,000 tracks made one long turn of two.
    if (!m_running && !m_passPause.isActive() && !std::exchange(m_startPosted, true)) {
        QMetaObject::invokeMethod(this, [this] {
            m_startPosted = false;
            startIfDue();
        }, Qt::QueuedConnection);
    }
}

void FusedPicture::startIfDue()
{
    if (m_dirty && !m_running)
        startPass();
}

void FusedPicture::startPass()
{
    if (!m_picture)
        return;
    m_dirty = false;
    m_running = true;
    m_pipeline.start([this, pass = m_pass, input = FusionInput::of(*m_picture)] {
        const qint64 startedMs = steadyNowMs();
        m_passStartedMs.store(startedMs, std::memory_order_relaxed);
        auto result = std::make_shared<const FusionResult>(pass->run(input));
        m_passStartedMs.store(0, std::memory_order_relaxed);
        const qint64 tookMs = steadyNowMs() - startedMs;
        QMetaObject::invokeMethod(this, [this, result, tookMs] { publish(result, tookMs); }, Qt::QueuedConnection);
    });
}

void FusedPicture::publish(std::shared_ptr<const FusionResult> result, qint64 tookMs)
{
    m_running = false;
    // From this result to the next: at least twice the pass, and twice the view's build.
    m_passPause.after(std::max(tookMs, 2 * std::exchange(m_viewBuildMs, 0) - tookMs));
    // Tens of thousands of fused tracks take milliseconds to free: the pipeline thread does it.
    m_pipeline.start([previous = std::exchange(m_result, std::move(result))]() mutable { previous.reset(); });
    updateAdvisories();
    emit changed();
}

void FusedPicture::updateAdvisories()
{
    if (!m_alerts || !m_picture)
        return;
    QSet<QString> diverging;
    for (const FusedTrack &track : m_result->tracks) {
        if (track.divergence == Divergence::None)
            continue;
        diverging.insert(track.id);
        if (m_advisories.contains(track.id))
            continue;
        AlertUpdate advisory;
        advisory.alertId = advisoryId(track.id);
        advisory.kind = AlertKind::Divergence;
        advisory.severity = Severity::Advisory;
        advisory.trackId = track.id;
        advisory.state = AlertState::ActiveUnacknowledged;
        advisory.raisedUtcUs = m_picture->nowUtcUs();
        advisory.exercise = track.exercise;
        m_advisories.insert(track.id, advisory);
        m_alerts->reportConsoleAlert({kAdvisoryService, advisory.alertId}, advisory);
    }
    for (auto it = m_advisories.begin(); it != m_advisories.end();) {
        if (diverging.contains(it.key())) {
            ++it;
            continue;
        }
        it->state = AlertState::Cleared;
        m_alerts->reportConsoleAlert({kAdvisoryService, it->alertId}, *it);
        it = m_advisories.erase(it);
    }
}

} // namespace cop
