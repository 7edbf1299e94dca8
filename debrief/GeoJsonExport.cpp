#include "GeoJsonExport.h"

#include "DebriefLayers.h"
#include "DebriefText.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace cop {

using namespace Qt::StringLiterals;

namespace {

// Micro-degrees and metres: what the data holds, without the noise of 17 digits.
QJsonArray position(const GeoPoint &p)
{
    const auto round = [](double value, double scale) { return std::round(value * scale) / scale; };
    return {round(p.lonDeg, 1e6), round(p.latDeg, 1e6), std::round(p.heightM)};
}

QJsonArray positions(const std::vector<GeoPoint> &points)
{
    QJsonArray array;
    for (const GeoPoint &p : points)
        array.append(position(p));
    return array;
}

QJsonObject geometry(const DebriefFeature &feature)
{
    switch (feature.geometry) {
    case DebriefFeature::Geometry::Point:
        return {{u"type"_s, u"Point"_s}, {u"coordinates"_s, position(feature.points.front())}};
    case DebriefFeature::Geometry::LineString:
        return {{u"type"_s, u"LineString"_s}, {u"coordinates"_s, positions(feature.points)}};
    case DebriefFeature::Geometry::Polygon: {
        // RFC 7946 3.1.6: an exterior ring runs counterclockwise; the outline runs clockwise
        // with the azimuth.
        std::vector<GeoPoint> ring(feature.points.rbegin(), feature.points.rend());
        return {{u"type"_s, u"Polygon"_s}, {u"coordinates"_s, QJsonArray{positions(ring)}}};
    }
    }
    return {};
}

QJsonObject properties(const QString &layer, const DebriefFeature &feature)
{
    QJsonObject properties{{u"layer"_s, layer}, {u"name"_s, feature.name}};
    if (!feature.description.isEmpty())
        properties.insert(u"description"_s, feature.description);
    if (feature.beginUtcUs != 0)
        properties.insert(feature.endUtcUs != 0 ? u"begin_utc"_s : u"time_utc"_s, debriefTime(feature.beginUtcUs));
    if (feature.endUtcUs != 0)
        properties.insert(u"end_utc"_s, debriefTime(feature.endUtcUs));
    for (const auto &[name, value] : feature.properties)
        properties.insert(name, QJsonValue::fromVariant(value));
    properties.insert(u"sidc"_s, feature.symbolCode.isEmpty() ? QJsonValue() : QJsonValue(feature.symbolCode));
    return properties;
}

} // namespace

bool writeGeoJson(const DebriefSurvey &survey, QIODevice *out, QString *error)
{
    QJsonArray features;
    for (const DebriefLayer &layer : debriefLayers(survey)) {
        for (const DebriefFeature &feature : layer.features) {
            features.append(QJsonObject{{u"type"_s, u"Feature"_s},
                                        {u"geometry"_s, geometry(feature)},
                                        {u"properties"_s, properties(layer.id, feature)}});
        }
    }
    // Foreign members (RFC 7946 6.1): what the collection is, and its marking.
    const QJsonObject collection{{u"type"_s, u"FeatureCollection"_s},
                                 {u"name"_s, debriefTitle(survey)},
                                 {u"classification"_s, markingLine(survey.marking)},
                                 {u"features"_s, features}};
    const QByteArray bytes = QJsonDocument(collection).toJson(QJsonDocument::Compact) + '\n';
    return out->write(bytes) == bytes.size() || exportFailed(out, error);
}

} // namespace cop
