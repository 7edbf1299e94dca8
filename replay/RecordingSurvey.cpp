#include "RecordingSurvey.h"

#include "EventDecoder.h"
#include "journal/JournalReader.h"
#include "journal/PayloadCodec.h"
#include "picture/Picture.h"

#include "cop/v1/picture.pb.h"

#include <QHash>

#include <algorithm>

namespace cop {

namespace {

// How far back from a drop to look for the track's last position; a track reports at least
// once a second, so this covers any plausible number of simultaneous tracks.
constexpr qsizetype kImpactLookBack = 200'000;

class Surveyor
{
public:
    Surveyor(const JournalReader &journal, RecordingSurvey *survey)
        : m_journal(journal)
        , m_survey(*survey)
    {}

    void run()
    {
        for (qsizetype i = 0; i < m_journal.size(); ++i) {
            const JournalReader::Head head = m_journal.head(i);
            if (head.kind == JournalRecord::Kind::OperatorAction) {
                operatorAction(i);
            } else if (head.kind == JournalRecord::Kind::ConsoleAlert) {
                consoleAlert(i);
            } else if (head.kind == JournalRecord::Kind::FeedStatus) {
                feedStatus(i);
            } else if (head.kind == JournalRecord::Kind::Inbound
                       && (head.flags & JournalRecord::kApplied) && interesting(head.subkind)) {
                inbound(i);
            }
        }
        std::stable_sort(m_survey.markers.begin(), m_survey.markers.end(),
                         [](const auto &a, const auto &b) { return a.timeUtcUs < b.timeUtcUs; });
        std::sort(m_survey.alertTimes.begin(), m_survey.alertTimes.end());
        for (auto it = m_predictions.begin(); it != m_predictions.end(); ++it) {
            if (auto impact = m_impacts.find(it.key()); impact != m_impacts.end()) {
                impact->predictions = std::move(it.value());
                m_survey.impacts.push_back(std::move(*impact));
            }
        }
        std::sort(m_survey.impacts.begin(), m_survey.impacts.end(),
                  [](const auto &a, const auto &b) { return a.impactUtcUs < b.impactUtcUs; });
        m_survey.marking = governingMarking(m_markings);
    }

private:
    // Every marking each feed gave, as a feed of its own, so that the governing marking is the
    // most restrictive of the whole recording.
    void feedStatus(qsizetype index)
    {
        std::optional<FeedStatus> status = journal::decodeFeedStatus(m_journal.record(index).payload);
        if (!status || !contributesToPicture(*status))
            return;
        const QString key = status->marking.isEmpty() ? status->service
                                                      : status->service + u'\n' + status->marking;
        m_markings.insert(key, *status);
    }

    static bool interesting(quint8 body)
    {
        using M = v1::PictureEvent;
        return body == M::kSnapshot || body == M::kLaunch || body == M::kAlertUpdate
               || body == M::kPrediction || body == M::kTrackDrop;
    }

    void operatorAction(qsizetype index)
    {
        const JournalRecord record = m_journal.record(index);
        if (auto action = journal::decodeOperatorAction(record.payload)) {
            m_survey.markers.push_back({record.timeUtcUs, TimelineMarker::Kind::OperatorAction,
                                        operatorActionId(action->kind) + u' ' + action->alertId});
            m_survey.operatorActions.push_back(*action);
            // Console alerts are acknowledged here, not by a service: the action is the record.
            const auto console = m_consoleAlerts.constFind({action->service, action->alertId});
            if (action->kind == OperatorAction::Kind::Acknowledge && console != m_consoleAlerts.cend()) {
                AlertHistory &history = m_survey.alerts[size_t(*console)];
                if (!history.firstAcknowledgement)
                    history.firstAcknowledgement = Acknowledgement{action->operatorName, action->consoleId,
                                                                   record.timeUtcUs};
                settleConsoleState(history);
            }
        }
    }

    // One console alert id ("console.feed") serves every outage of a feed: each raising is an
    // alert of its own, told apart by when it was raised.
    void consoleAlert(qsizetype index)
    {
        const JournalRecord record = m_journal.record(index);
        const std::optional<AlertUpdate> alert = journal::decodeConsoleAlert(record.payload);
        if (!alert)
            return;
        const ServiceKey key{record.service, alert->alertId};
        const qsizetype at = this->alert(record, *alert, {record.service, alert->alertId + u'@'
                                                                           + QString::number(alert->raisedUtcUs)});
        m_consoleAlerts.insert(key, at);
        m_survey.alerts[size_t(at)].raisedByConsole = true;
        settleConsoleState(m_survey.alerts[size_t(at)]);
    }

    // A console alert's report says only whether its condition holds; whether it was
    // acknowledged is this console's own action.
    static void settleConsoleState(AlertHistory &history)
    {
        const bool active = history.last.state == AlertState::ActiveUnacknowledged
                            || history.last.state == AlertState::ActiveAcknowledged;
        const bool acknowledged = history.firstAcknowledgement.has_value();
        history.last.state = active ? (acknowledged ? AlertState::ActiveAcknowledged : AlertState::ActiveUnacknowledged)
                                    : (acknowledged ? AlertState::Cleared : AlertState::ClearedUnacknowledged);
    }

    void inbound(qsizetype index)
    {
        const JournalRecord record = m_journal.record(index);
        v1::PictureEvent message;
        if (!message.ParseFromArray(record.payload.constData(), int(record.payload.size())))
            return;
        QStringList errors;
        const std::optional<InboundEvent> event = decodeEvent(message, record.timeUtcUs, &errors);
        if (!event)
            return;
        if (auto *chunk = std::get_if<SnapshotChunk>(&*event)) {
            for (const AlertUpdate &alert : chunk->content.alerts)
                this->alert(record, alert, {record.service, alert.alertId});
            return;
        }
        const auto *sequenced = std::get_if<SequencedEvent>(&*event);
        if (!sequenced)
            return;
        if (auto *launch = std::get_if<Launch>(&sequenced->event)) {
            m_survey.markers.push_back({record.timeUtcUs, TimelineMarker::Kind::Launch,
                                        record.service + u' ' + launch->launchId});
        } else if (auto *alert = std::get_if<AlertUpdate>(&sequenced->event)) {
            this->alert(record, *alert, {record.service, alert->alertId});
        } else if (auto *prediction = std::get_if<Prediction>(&sequenced->event)) {
            if (!prediction->orbital) // a ground track into orbit has no impact to score
                m_predictions[{record.service, prediction->trackId}].push_back(*prediction);
        } else if (auto *drop = std::get_if<TrackDrop>(&sequenced->event)) {
            if (drop->reason == DropReason::Impacted)
                impact(index, record.service, *drop);
        }
    }

    // Returns the alert's index in the survey; `key` tells one alert from another.
    qsizetype alert(const JournalRecord &record, const AlertUpdate &alert, const ServiceKey &key)
    {
        auto known = m_alertIndex.constFind(key);
        if (known == m_alertIndex.cend()) {
            known = m_alertIndex.insert(key, m_survey.alerts.size());
            m_survey.alerts.push_back({record.service, alert, alert, record.timeUtcUs, record.timeUtcUs, {}});
            m_survey.markers.push_back({record.timeUtcUs, TimelineMarker::Kind::Alert,
                                        record.service + u' ' + alert.alertId});
            m_survey.alertTimes.push_back(record.timeUtcUs);
        }
        AlertHistory &history = m_survey.alerts[size_t(*known)];
        history.last = alert;
        history.lastSeenUtcUs = record.timeUtcUs;
        if (!history.firstAcknowledgement && !alert.acknowledgements.empty()) {
            const auto first = std::min_element(
                alert.acknowledgements.begin(), alert.acknowledgements.end(),
                [](const auto &a, const auto &b) { return a.timeUtcUs < b.timeUtcUs; });
            history.firstAcknowledgement = *first;
            m_survey.markers.push_back({record.timeUtcUs, TimelineMarker::Kind::Acknowledgement,
                                        first->operatorName + u' ' + alert.alertId});
        }
        return *known;
    }

    void impact(qsizetype dropIndex, const QString &service, const TrackDrop &drop)
    {
        const qsizetype stop = std::max<qsizetype>(0, dropIndex - kImpactLookBack);
        for (qsizetype i = dropIndex - 1; i >= stop; --i) {
            const JournalReader::Head head = m_journal.head(i);
            if (head.kind != JournalRecord::Kind::Inbound
                || head.subkind != v1::PictureEvent::kTrackUpdate)
                continue;
            const JournalRecord record = m_journal.record(i);
            v1::PictureEvent message;
            if (record.service != service
                || !message.ParseFromArray(record.payload.constData(), int(record.payload.size()))
                || message.track_update().track_id() != drop.trackId.toStdString())
                continue;
            QStringList errors;
            if (auto update = decodeTrackUpdate(message.track_update(), record.timeUtcUs, &errors)) {
                m_impacts.insert({service, drop.trackId},
                                 {service, drop.trackId, {}, update->position, update->timeUtcUs});
            }
            return;
        }
    }

    const JournalReader &m_journal;
    RecordingSurvey &m_survey;
    QHash<ServiceKey, qsizetype> m_alertIndex;
    QHash<QString, FeedStatus> m_markings;
    QHash<ServiceKey, qsizetype> m_consoleAlerts; // the latest raising of each console alert id
    QHash<ServiceKey, std::vector<Prediction>> m_predictions;
    QHash<ServiceKey, ImpactDebrief> m_impacts;
};

} // namespace

RecordingSurvey RecordingSurvey::of(const JournalReader &journal)
{
    RecordingSurvey survey;
    Surveyor(journal, &survey).run();
    return survey;
}

} // namespace cop
