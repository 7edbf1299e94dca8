#pragma once

// What a debrief takes away from a recording.

class QIODevice;
class QString;

namespace cop {

class Picture;
struct RecordingSurvey;

// One row per alert: when it was raised, when and by whom it was first acknowledged and how long
// that took, and how it ended. Times are ISO 8601 UTC.
bool writeAlertCsv(const RecordingSurvey &survey, QIODevice *out, QString *error);

// Google Earth / GIS: the tracks (trail and position) and predictions (trajectory, impact point,
// ellipses, the region as the map and the alert row name it) of the picture at the replay
// position, and for every impacted track the predicted impact points over time against the
// actual one.
bool writeKml(const Picture &picture, const RecordingSurvey &survey, QIODevice *out, QString *error);

} // namespace cop
