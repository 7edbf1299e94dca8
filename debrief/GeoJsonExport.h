#pragma once

class QIODevice;
class QString;

namespace cop {

struct DebriefSurvey;

// GIS: the debrief layers (DebriefLayers.h) as one RFC 7946 FeatureCollection in WGS-84
// longitude, latitude and height. Each feature's properties name its layer, carry its times and
// the symbol code ("sidc", null where the feature has no symbol); the collection carries the marking.
bool writeGeoJson(const DebriefSurvey &survey, QIODevice *out, QString *error);

} // namespace cop
