#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace cop {

struct PictureContent;

// One entry of the journal. The journal itself knows nothing of protobuf or the picture: each
// kind's payload is opaque bytes here and is encoded by whoever writes that kind.
struct JournalRecord
{
    enum class Kind : quint8 {
        Inbound = 1,        // a track service's stream message as received (serialized PictureEvent)
        FeedStatus = 2,     // the console's view of a feed changed (PayloadCodec)
        OperatorAction = 3, // something the operator did (PayloadCodec)
        Keyframe = 4,       // the whole picture, so a seek need not replay from the start
        ConsoleAlert = 5,   // an alert the console raised itself (a feed's), as it changed
    };

    // Inbound flags.
    static constexpr quint8 kApplied = 0x01;         // the console used it (not a duplicate etc.)
    static constexpr quint8 kSnapshotContinues = 0x02; // a snapshot chunk with more to follow

    Kind kind = Kind::Inbound;
    quint8 subkind = 0; // Inbound: the PictureEvent body's field number (10 stream_opened ...)
    quint8 flags = 0;
    qint64 timeUtcUs = 0; // when the console received or did it
    quint64 sequence = 0; // the service's sequence, 0 where it has none
    QString service;
    QByteArray payload;
    // Writing only: the picture a keyframe's payload is made from on the journal writer's
    // thread, in the record's place among the others (JournalWriter::appendKeyframe).
    std::shared_ptr<const PictureContent> keyframe;
};

} // namespace cop
