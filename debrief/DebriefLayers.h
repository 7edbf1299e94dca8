#pragma once

#include "DebriefSurvey.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <utility>
#include <vector>

namespace cop {

// One thing on a debrief's map, whatever the format that writes it (KML, GeoJSON, and any other
// that renders the same layers): its geometry, when it held, and what is known about it.
struct DebriefFeature
{
    enum class Geometry : quint8 { Point, LineString, Polygon };

    QString name;
    QString description;
    Geometry geometry = Geometry::Point;
    std::vector<GeoPoint> points; // a polygon's ring is closed: its first point comes again last
    bool flown = false;           // heights above the ellipsoid matter (tracks, trajectories)
    qint64 beginUtcUs = 0;        // a moment when endUtcUs is 0, else a span; 0: timeless
    qint64 endUtcUs = 0;
    // Written beside the geometry in this order: strings, numbers or booleans; a null QVariant
    // is an empty slot.
    QList<std::pair<QString, QVariant>> properties;
    // The MIL-STD-2525D symbol identification code (SIDC) of what the feature shows (a track, a
    // launch or impact point); empty for what has no symbol. Every format writes the slot
    // (property "sidc") either way, so a script finds it on every feature.
    QString symbolCode;
};

struct DebriefLayer
{
    QString id;    // stable, for scripts: "tracks", "predictions", "launches", "impacts"
    QString title; // in the operator's language
    std::vector<DebriefFeature> features;
};

// The survey as map layers: each track's trail; each prediction's trajectory, impact point and
// 50 / 95 % ellipses (the region in the words of the map and the alert row); the launch points;
// and each impact, actual against every prediction made of it.
std::vector<DebriefLayer> debriefLayers(const DebriefSurvey &survey);

} // namespace cop
