#include "DebriefLayers.h"

#include "DebriefText.h"

#include "geo/ImpactEllipseOutline.h"
#include "interop/SymbolCode.h"
#include "picture/EventIds.h"
#include "picture/ImpactArea.h"
#include "regions/RegionMap.h"

#include <QHash>
#include <QObject>

#include <algorithm>
#include <cmath>

namespace cop {

using namespace Qt::StringLiterals;

namespace {

QString dropReasonId(const std::optional<TrackDrop> &drop)
{
    return drop ? cop::dropReasonId(drop->reason) : QString();
}

// A feature of one service's track, with the properties every one of them has first.
DebriefFeature feature(const QString &kind, const QString &name, const QString &service, const QString &trackId)
{
    DebriefFeature f;
    f.name = name;
    f.properties = {{u"feature"_s, kind}, {u"service"_s, service}, {u"track_id"_s, trackId}};
    return f;
}

DebriefFeature point(DebriefFeature f, const GeoPoint &at, qint64 utcUs)
{
    f.geometry = DebriefFeature::Geometry::Point;
    f.points = {at};
    f.beginUtcUs = utcUs;
    return f;
}

// A line of one point cannot be drawn: it is that point.
DebriefFeature line(DebriefFeature f, std::vector<GeoPoint> points, qint64 beginUtcUs, qint64 endUtcUs)
{
    f.geometry = points.size() >= 2 ? DebriefFeature::Geometry::LineString : DebriefFeature::Geometry::Point;
    f.points = std::move(points);
    f.flown = true;
    f.beginUtcUs = beginUtcUs;
    f.endUtcUs = endUtcUs;
    return f;
}

void addEllipses(std::vector<DebriefFeature> *features, const DebriefFeature &of, const QString &name,
                 const Prediction &prediction)
{
    for (const ImpactEllipse &ellipse : prediction.ellipses) {
        DebriefFeature f = of;
        f.name = u"%1 %2 %"_s.arg(name).arg(qRound(ellipse.confidence * 100));
        f.properties[0].second = u"impact_ellipse"_s;
        f.properties.append({u"confidence"_s, ellipse.confidence});
        f.properties.append({u"semi_major_m"_s, ellipse.semiMajorM});
        f.properties.append({u"semi_minor_m"_s, ellipse.semiMinorM});
        f.properties.append({u"orientation_deg"_s, ellipse.orientationDeg});
        f.geometry = DebriefFeature::Geometry::Polygon;
        f.points = impactEllipseOutline(prediction.impactPoint, ellipse);
        f.points.push_back(f.points.front());
        f.flown = false;
        features->push_back(std::move(f));
    }
}

// The kind of launch a service reported for one of its tracks, as the map draws its symbol.
LaunchKind launchKindOf(const DebriefSurvey &survey, const QString &service, const QString &trackId)
{
    for (const ServiceLaunch &reported : survey.launches) {
        if (reported.service == service && reported.launch.trackId == trackId)
            return reported.launch.kind;
    }
    return LaunchKind::Unknown;
}

DebriefLayer tracks(const DebriefSurvey &survey)
{
    DebriefLayer layer{u"tracks"_s, QObject::tr("Tracks"), {}};
    for (const TrackHistory &track : survey.tracks) {
        std::vector<GeoPoint> trail;
        for (const TrailPoint &p : track.trail)
            trail.push_back(p.point);
        DebriefFeature f = feature(u"track"_s, track.service + u' ' + track.last.trackId, track.service,
                                   track.last.trackId);
        f.description = debriefTime(track.last.timeUtcUs);
        f.properties.append({u"phase"_s, phaseId(track.last.phase)});
        f.properties.append({u"affiliation"_s, affiliationId(track.last.affiliation)});
        f.properties.append({u"exercise"_s, track.last.exercise});
        f.properties.append({u"ended"_s, dropReasonId(track.drop)});
        // Its symbol for the whole flight: a missile that left the atmosphere is a space missile.
        double highestM = track.last.position.heightM;
        for (const TrailPoint &p : track.trail)
            highestM = std::max(highestM, p.point.heightM);
        const SymbolEntity entity =
            trackSymbolEntity(track.last.objectKind, launchKindOf(survey, track.service, track.last.trackId));
        f.symbolCode = symbolCode(entity, track.last.affiliation, track.last.exercise, highestM);
        layer.features.push_back(line(std::move(f), std::move(trail), track.trail.front().timeUtcUs,
                                      track.trail.back().timeUtcUs));
    }
    return layer;
}

// What the nations called each track, for the symbols of its launch and impacts: a prediction or
// a launch report carries no affiliation of its own.
class Affiliations
{
public:
    explicit Affiliations(const DebriefSurvey &survey)
    {
        for (const TrackHistory &track : survey.tracks)
            m_of.insert(track.service + u'/' + track.last.trackId, track.last.affiliation);
    }
    Affiliation of(const QString &service, const QString &trackId) const
    {
        return m_of.value(service + u'/' + trackId, Affiliation::Unknown);
    }

private:
    QHash<QString, Affiliation> m_of;
};

DebriefFeature predictionFeature(const QString &kind, const QString &name, const QString &service,
                                 const Prediction &prediction)
{
    DebriefFeature f = feature(kind, name, service, prediction.trackId);
    f.properties.append({u"issued_utc"_s, debriefTime(prediction.issuedUtcUs)});
    f.properties.append({u"impact_utc"_s, debriefTime(prediction.impactTimeUtcUs)});
    f.properties.append({u"provisional"_s, prediction.provisional});
    f.properties.append({u"local"_s, prediction.local});
    f.properties.append({u"exercise"_s, prediction.exercise});
    return f;
}

DebriefLayer predictions(const DebriefSurvey &survey, const Affiliations &affiliations)
{
    DebriefLayer layer{u"predictions"_s, QObject::tr("Predictions"), {}};
    for (const ServicePrediction &shown : survey.predictions) {
        const Prediction &prediction = shown.prediction;
        const QString name = shown.service + u' ' + prediction.trackId;
        if (prediction.trajectory.size() >= 2) {
            std::vector<GeoPoint> trajectory;
            for (const TrajectorySample &sample : prediction.trajectory)
                trajectory.push_back(sample.point);
            layer.features.push_back(line(predictionFeature(u"trajectory"_s, name, shown.service, prediction),
                                          std::move(trajectory), prediction.trajectory.front().timeUtcUs,
                                          prediction.trajectory.back().timeUtcUs));
        }
        if (prediction.orbital)
            continue;
        // The region in the words of the map's impact label and the alert row.
        const QString region = impactAreaText(impactAreaOf(regions::RegionMap::builtIn(), prediction));
        DebriefFeature impact = predictionFeature(u"predicted_impact"_s, QObject::tr("%1 impact").arg(name),
                                                  shown.service, prediction);
        impact.description = debriefTime(prediction.impactTimeUtcUs) + u"  "_s + region;
        impact.properties.append({u"region"_s, region});
        impact.symbolCode = symbolCode(SymbolEntity::PredictedImpactPoint,
                                       affiliations.of(shown.service, prediction.trackId), prediction.exercise);
        layer.features.push_back(point(impact, prediction.impactPoint, prediction.impactTimeUtcUs));
        addEllipses(&layer.features, impact, name, prediction);
    }
    return layer;
}

DebriefLayer launches(const DebriefSurvey &survey, const Affiliations &affiliations)
{
    DebriefLayer layer{u"launches"_s, QObject::tr("Launches"), {}};
    for (const ServiceLaunch &reported : survey.launches) {
        const Launch &launch = reported.launch;
        DebriefFeature f = feature(u"launch"_s, QObject::tr("%1 launch").arg(reported.service + u' ' + launch.launchId),
                                   reported.service, launch.trackId);
        f.description = debriefTime(launch.launchTimeUtcUs);
        f.properties.append({u"launch_id"_s, launch.launchId});
        f.properties.append({u"launch_utc"_s, debriefTime(launch.launchTimeUtcUs)});
        f.properties.append({u"exercise"_s, launch.exercise});
        f.symbolCode = symbolCode(SymbolEntity::LaunchPoint, affiliations.of(reported.service, launch.trackId),
                                  launch.exercise);
        layer.features.push_back(point(std::move(f), launch.point, launch.launchTimeUtcUs));
    }
    return layer;
}

DebriefLayer impacts(const DebriefSurvey &survey, const Affiliations &affiliations)
{
    DebriefLayer layer{u"impacts"_s, QObject::tr("Impacts: predicted against actual"), {}};
    for (const ImpactDebrief &impact : survey.impacts) {
        const QString name = impact.service + u' ' + impact.trackId;
        DebriefFeature actual = feature(u"actual_impact"_s, QObject::tr("%1 actual impact").arg(name),
                                        impact.service, impact.trackId);
        actual.description = debriefTime(impact.impactUtcUs);
        const Affiliation affiliation = affiliations.of(impact.service, impact.trackId);
        actual.symbolCode = symbolCode(SymbolEntity::ImpactPoint, affiliation,
                                       !impact.predictions.empty() && impact.predictions.back().exercise);
        layer.features.push_back(point(std::move(actual), impact.actualImpact, impact.impactUtcUs));
        for (const Prediction &prediction : impact.predictions) {
            DebriefFeature predicted = predictionFeature(
                u"impact_prediction"_s, QObject::tr("%1 predicted at %2").arg(name, debriefTime(prediction.issuedUtcUs)),
                impact.service, prediction);
            predicted.description = debriefTime(prediction.impactTimeUtcUs);
            predicted.symbolCode = symbolCode(SymbolEntity::PredictedImpactPoint, affiliation, prediction.exercise);
            predicted.properties.append(
                {u"miss_m"_s, std::round(geodesicLeg(impact.actualImpact, prediction.impactPoint).distanceM)});
            layer.features.push_back(point(std::move(predicted), prediction.impactPoint, prediction.issuedUtcUs));
        }
        if (!impact.predictions.empty()) {
            const Prediction &last = impact.predictions.back();
            addEllipses(&layer.features, predictionFeature(u"impact_ellipse"_s, name, impact.service, last),
                        QObject::tr("%1 last prediction").arg(name), last);
        }
    }
    return layer;
}

} // namespace

std::vector<DebriefLayer> debriefLayers(const DebriefSurvey &survey)
{
    const Affiliations affiliations(survey);
    return {tracks(survey), predictions(survey, affiliations), launches(survey, affiliations),
            impacts(survey, affiliations)};
}

} // namespace cop
