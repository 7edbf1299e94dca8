#pragma once

// Turns the track service's wire messages into the picture's types. Nothing from the wire is
// trusted: every number must be finite and in range, ids must be present, repeated fields must
// have the length the contract gives. A rejected message yields no value and an error naming the
// field as the proto spells it ("position_geodetic.lat_deg = 123"), so an operator's log points
// at the offending service and field.

#include "InboundEvent.h"

#include "cop/v1/picture.pb.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace cop {

std::optional<TrackUpdate> decodeTrackUpdate(const v1::TrackUpdate &message, QString *error);
std::optional<TrackDrop> decodeTrackDrop(const v1::TrackDrop &message, QString *error);
std::optional<Launch> decodeLaunch(const v1::Launch &message, QString *error);
std::optional<Prediction> decodePrediction(const v1::Prediction &message, QString *error);
std::optional<AlertUpdate> decodeAlertUpdate(const v1::AlertUpdate &message, QString *error);

// Decodes one stream message; errors are prefixed with the body's name ("track_update: ...").
// Snapshot items that fail are left out and reported one by one, so a single bad track does not
// cost the operator the rest of the picture; the chunk itself is still returned.
std::optional<InboundEvent> decodeEvent(const v1::PictureEvent &message, QStringList *errors);

} // namespace cop
