#pragma once

class QIODevice;
class QString;

namespace cop {

struct DebriefSurvey;

// Google Earth / GIS: the debrief layers (DebriefLayers.h) as KML 2.2 folders of placemarks,
// each with its time and its properties as ExtendedData, under the recording's marking.
bool writeKml(const DebriefSurvey &survey, QIODevice *out, QString *error);

} // namespace cop
