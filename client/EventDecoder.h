#pragma once

// Turns the track service's wire messages into the picture's types. Nothing from the wire is
// trusted: every number must be finite and within the bounds of WireLimits.h (which the contract
// states too), times must lie in a window around the receive time, ids must be present, strings
// and repeated fields must have the length the contract gives. A rejected message yields no
// value and an error naming the field as the proto spells it ("position_geodetic.lat_deg = 123"),
// so an operator's log points at the offending service and field; a service's strings are never
// copied into an error, only their sizes.
//
// Some faults cost only part of a message: a covariance that is not positive definite is dropped
// (the track is kept as if sent without one) and an out-of-range heartbeat period is clamped.
// The value is then returned and the error still reported, so the caller counts it.
//
// Every check is a bounded amount of work per field: decoding costs time linear in the message.

#include "InboundEvent.h"

#include "cop/v1/picture.pb.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace cop {

// `receivedUtcUs` is when the console received the message (for a replay, when it was recorded):
// the reference of every time window. Errors are appended to `errors`, unprefixed.
std::optional<TrackUpdate> decodeTrackUpdate(const v1::TrackUpdate &message, qint64 receivedUtcUs,
                                             QStringList *errors);
std::optional<TrackDrop> decodeTrackDrop(const v1::TrackDrop &message, qint64 receivedUtcUs,
                                         QStringList *errors);
std::optional<Launch> decodeLaunch(const v1::Launch &message, qint64 receivedUtcUs,
                                   QStringList *errors);
std::optional<Prediction> decodePrediction(const v1::Prediction &message, qint64 receivedUtcUs,
                                           QStringList *errors);
std::optional<AlertUpdate> decodeAlertUpdate(const v1::AlertUpdate &message, qint64 receivedUtcUs,
                                             QStringList *errors);

// Decodes one stream message; errors are prefixed with the body's name ("track_update: ...").
// Snapshot items that fail are left out and reported one by one, so a single bad track does not
// cost the operator the rest of the picture; the chunk itself is still returned.
std::optional<InboundEvent> decodeEvent(const v1::PictureEvent &message, qint64 receivedUtcUs,
                                        QStringList *errors);

} // namespace cop
