#include "RecordingDebrief.h"

#include "AlertText.h"
#include "DebriefCollector.h"
#include "DebriefCot.h"
#include "DebriefText.h"
#include "alerts/AlertBook.h"
#include "interop/CotFromPicture.h"

#include <algorithm>

namespace cop {

namespace {

// The replay engine jumps to a keyframe when asked to play further ahead than this many records
// (ReplayEngine's kPlayRatherThanSeek), which would skip batches: the survey plays in shorter steps.
constexpr qsizetype kStepRecords = 10'000;
// Steps end at most a second apart, on the seconds of the window where the CoT output's rounds
// fall.
constexpr qint64 kStepUs = CotSchedule::kCotRoundIntervalMs * 1000;

} // namespace

RecordingDebrief::RecordingDebrief()
    : m_engine(&m_picture)
{}

bool RecordingDebrief::open(const QString &path, QString *error)
{
    return m_engine.open(path, error);
}

bool RecordingDebrief::survey(std::optional<qint64> fromUtcUs, std::optional<qint64> toUtcUs,
                              DebriefSurvey *survey, QString *error)
{
    const DebriefWindow window{std::max(fromUtcUs.value_or(startUtcUs()), startUtcUs()),
                               std::min(toUtcUs.value_or(endUtcUs()), endUtcUs())};
    if (window.fromUtcUs > window.toUtcUs) {
        *error = tr("the window %1 to %2 holds nothing of the recording, which runs from %3 to %4")
                     .arg(debriefTime(fromUtcUs.value_or(startUtcUs())), debriefTime(toUtcUs.value_or(endUtcUs())),
                          debriefTime(startUtcUs()), debriefTime(endUtcUs()));
        return false;
    }

    // The panel's alert book, on the replay's clock as a console session sets it, following the
    // picture from the recording's start.
    AlertBook book(&m_picture, QString(), m_engine.journal().header().consoleId);
    book.setClock([this] { return m_picture.nowUtcUs(); });
    m_engine.seek(window.fromUtcUs);

    DebriefCollector collector(window);
    collector.takePicture(m_picture);
    std::optional<DebriefCot> cot;
    if (m_collectCot) {
        cot.emplace(cotUidPrefix(m_engine.journal().header().consoleId));
        cot->round(m_picture);
    }
    QObject::connect(&m_engine, &ReplayEngine::batchReady, &book,
                     [&collector](const ServiceBatch &batch) { collector.takeBatch(batch); });
    // The alerts the panel holds (an implicitly shared copy), and the last state of those it
    // stopped holding during the window (a service that lost its state withdraws its alerts).
    QHash<ServiceKey, Alert> held = book.alerts();
    QHash<ServiceKey, Alert> gone;

    // In steps of at most a second and kStepRecords records, so that an alert the panel held
    // only for a moment is seen too.
    const JournalReader &journal = m_engine.journal();
    qsizetype next = 0; // the first record after the position
    qint64 nextRound = window.fromUtcUs + kStepUs;
    for (qint64 position = window.fromUtcUs; position < window.toUtcUs;) {
        while (next < journal.size() && journal.head(next).timeUtcUs <= position)
            ++next;
        qint64 target = std::min(window.toUtcUs, nextRound);
        if (next < journal.size()) {
            const qint64 ahead = journal.head(std::min(journal.size() - 1, next + kStepRecords)).timeUtcUs;
            target = std::min(target, std::max(position + 1, ahead));
        }
        m_engine.seek(target);
        position = target;
        if (position == nextRound) {
            if (cot)
                cot->round(m_picture);
            nextRound += kStepUs;
        }
        for (auto it = held.cbegin(); it != held.cend(); ++it) {
            if (!book.alerts().contains(it.key()))
                gone.insert(it.key(), it.value());
        }
        held = book.alerts();
    }
    QObject::disconnect(&m_engine, nullptr, &book, nullptr);
    const auto shown = [&](const ServiceKey &key) -> const Alert * {
        const auto now = held.constFind(key);
        if (now != held.cend())
            return now->raisedByConsole ? nullptr : &*now;
        const auto before = gone.constFind(key);
        return before != gone.cend() && !before->raisedByConsole ? &*before : nullptr;
    };

    *survey = std::move(collector.survey());
    if (cot)
        survey->cot = std::move(cot->events());
    const RecordingSurvey &recorded = m_engine.survey();
    survey->marking = recorded.marking;
    for (const ImpactDebrief &impact : recorded.impacts) {
        if (!window.contains(impact.impactUtcUs))
            continue;
        ImpactDebrief inWindow = impact;
        std::erase_if(inWindow.predictions,
                      [&](const Prediction &p) { return p.issuedUtcUs > window.toUtcUs; });
        survey->impacts.push_back(std::move(inWindow));
    }
    for (const AlertHistory &alert : recorded.alerts) {
        const Alert *panel = alert.raisedByConsole ? nullptr : shown({alert.service, alert.first.alertId});
        const bool inWindow = alert.firstSeenUtcUs <= window.toUtcUs
                              && (alert.lastSeenUtcUs >= window.fromUtcUs || panel);
        if (!inWindow)
            continue;
        // Console alerts are the recording console's own (the replay raises its feed alerts
        // anew): their state is what the journal says, named as the panel names states.
        const QString state = panel ? AlertText::state(*panel) : AlertText::stateName(alert.last.state);
        std::optional<Acknowledgement> acknowledged = alert.firstAcknowledgement;
        if (acknowledged && acknowledged->timeUtcUs > window.toUtcUs)
            acknowledged.reset();
        survey->alerts.push_back({alert.service, alert.first, acknowledged, state});
    }
    return true;
}

} // namespace cop
