#pragma once

// A high-rate session written straight into a journal, as the live console would have recorded
// it: one service, N tracks reporting at 1 Hz in 20 Hz drains, an alert raised and later
// acknowledged every so often, and keyframes of the picture the records add up to. For the
// replay benchmark and the damaged-journal tests.

#include "EventDecoder.h"
#include "journal/JournalWriter.h"
#include "journal/PayloadCodec.h"
#include "picture/Picture.h"
#include "TrackUpdates.h"

#include <cmath>

namespace cop::testing {

struct SyntheticSession
{
    int tracks = 1000;
    double seconds = 3600;
    double keyframeSeconds = 30;
    double alertSeconds = 60;
    QString service = QStringLiteral("US");

    // Writes the session; the picture ends as the journal's last state. Returns records written.
    quint64 write(JournalWriter &writer, Picture &picture) const
    {
        constexpr qint64 kDrainUs = 50'000;
        quint64 sequence = 0, records = 0;
        const qint64 start = kBaseTimeUtcUs;
        const auto emitRecord = [&](const v1::PictureEvent &event, qint64 t, ServiceBatch &batch) {
            JournalRecord record;
            record.subkind = quint8(event.body_case());
            record.flags = JournalRecord::kApplied;
            record.timeUtcUs = t;
            record.sequence = event.sequence();
            record.service = service;
            record.payload = QByteArray::fromStdString(event.SerializeAsString());
            writer.append(std::move(record));
            ++records;
            QStringList errors;
            if (auto decoded = decodeEvent(event, t, &errors)) {
                if (auto *sequenced = std::get_if<SequencedEvent>(&*decoded))
                    batch.events.push_back(std::move(*sequenced));
            }
        };
        qint64 nextKeyframe = start + qint64(keyframeSeconds * 1e6);
        int alerts = 0;
        const qint64 drains = qint64(seconds * 1e6) / kDrainUs;
        for (qint64 drain = 0; drain < drains; ++drain) {
            const qint64 t = start + drain * kDrainUs;
            ServiceBatch batch;
            batch.service = service;
            batch.receivedUtcUs = t;
            if (drain == 0)
                emitRecord(streamOpened("synthetic", false, 1000), t, batch);
            // Each track reports once a second, spread evenly over the drains.
            const int perDrain = int(1'000'000 / kDrainUs);
            for (int track = int(drain % perDrain); track < tracks; track += perDrain) {
                v1::PictureEvent event = trackUpdate(track, int(drain / perDrain) * 10);
                event.set_sequence(++sequence);
                emitRecord(event, t, batch);
            }
            const qint64 alertPeriod = qint64(alertSeconds * 1e6) / kDrainUs;
            if (drain % alertPeriod == alertPeriod / 2 || drain % alertPeriod == alertPeriod / 2 + 100) {
                v1::PictureEvent event;
                v1::AlertUpdate *alert = event.mutable_alert_update();
                const bool raise = drain % alertPeriod == alertPeriod / 2;
                alerts += raise ? 1 : 0;
                alert->set_alert_id("A" + std::to_string(alerts));
                alert->set_kind(v1::ALERT_KIND_LAUNCH_DETECTED);
                alert->set_severity(v1::SEVERITY_WARNING);
                alert->set_track_id(trackId(alerts % tracks));
                alert->set_raised_utc_us(t);
                alert->set_state(raise ? v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED : v1::ALERT_STATE_ACTIVE_ACKNOWLEDGED);
                if (!raise) {
                    v1::Acknowledgement *ack = alert->add_acknowledgements();
                    ack->set_operator_name("Kim");
                    ack->set_console_id("seoul-1");
                    ack->set_time_utc_us(t);
                }
                event.set_sequence(++sequence);
                emitRecord(event, t, batch);
            }
            picture.applyBatch(batch);
            if (t + kDrainUs > nextKeyframe) {
                JournalRecord keyframe;
                keyframe.kind = JournalRecord::Kind::Keyframe;
                keyframe.timeUtcUs = t + kDrainUs / 2; // between drains, as the live timer fires
                keyframe.payload = journal::encodePicture(picture.content());
                writer.append(std::move(keyframe));
                ++records;
                nextKeyframe += qint64(keyframeSeconds * 1e6);
            }
        }
        return records;
    }
};

} // namespace cop::testing
