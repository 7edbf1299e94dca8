#include "interop/CotFromPicture.h"

#include "interop/SymbolCode.h"
#include "picture/EventIds.h"

#include <QDateTime>
#include <QTimeZone>

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace cop {

using namespace Qt::StringLiterals;

namespace {

// Semi-axes of a 95 % ellipse in sigmas (docs/flight-dynamics.md).
constexpr double kSigmas95 = 2.44775;

// CoT's affiliation letter, from 2525: in an exercise a hostile track is a faker (k) and a
// suspect one a joker (j); unknown and friend have no exercise letters, and opex="e" marks them.
QChar affiliationLetter(Affiliation affiliation, bool exercise)
{
    switch (affiliation) {
    case Affiliation::Hostile: return exercise ? u'k' : u'h';
    case Affiliation::Suspect: return exercise ? u'j' : u's';
    case Affiliation::Friend: return u'f';
    case Affiliation::Unknown: break;
    }
    return u'u';
}

// "Air / weapon / missile in flight" (CoT's types, from 2525B's A-W-M): the console does not
// know what a missile was launched from, so no more specific type.
// The CoT type (MIL-STD-2525B's function path) and the remarks' word for what the symbol shows.
struct TrackKind
{
    QLatin1StringView typeSuffix;
    QLatin1StringView word;
};

TrackKind trackKind(SymbolEntity entity)
{
    switch (entity) {
    case SymbolEntity::SpaceLaunchVehicle: return {"-P-L"_L1, "Space launch vehicle"_L1};
    case SymbolEntity::SpacePiece: return {"-P"_L1, "Space launch piece"_L1};
    case SymbolEntity::Satellite: return {"-P-S"_L1, "Satellite"_L1};
    default: break;
    }
    return {"-A-W-M"_L1, "Ballistic missile"_L1};
}

QString trackType(const FusedTrack &track, const Launch *launch)
{
    return u"a-"_s + affiliationLetter(track.affiliation, track.exercise) + trackKind(trackSymbolEntity(track.objectKind, launch)).typeSuffix;
}

QString phaseWord(TrackPhase phase)
{
    return phase == TrackPhase::Unknown ? u"phase unknown"_s : phaseId(phase);
}

// Line and fill of a launch or impact shape in the frame colours of 2525 for its affiliation.
quint32 affiliationColor(Affiliation affiliation)
{
    switch (affiliation) {
    case Affiliation::Hostile:
    case Affiliation::Suspect: return 0xffff3030u;
    case Affiliation::Friend: return 0xff30a0ffu;
    case Affiliation::Unknown: break;
    }
    return 0xffffff40u;
}

QString clock(qint64 utcUs)
{
    return QDateTime::fromMSecsSinceEpoch(utcUs / 1000, QTimeZone::UTC).toString(u"HH:mm:ss'Z'");
}

// Rows east, north, up at a point: the local frame a client's map and CoT's errors are in.
Eigen::Matrix3d enuFromEcef(const GeoPoint &at)
{
    const double lat = at.latDeg * std::numbers::pi / 180.0;
    const double lon = at.lonDeg * std::numbers::pi / 180.0;
    Eigen::Matrix3d rotation;
    rotation << -std::sin(lon), std::cos(lon), 0.0,
        -std::sin(lat) * std::cos(lon), -std::sin(lat) * std::sin(lon), std::cos(lat),
        std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat);
    return rotation;
}

// The one-sigma horizontal error CoT's "ce" asks for, from an east/north covariance: the larger
// axis, so the circle holds the whole one-sigma ellipse.
double circularSigma(double ee, double en, double nn)
{
    return std::sqrt((ee + nn) / 2.0 + std::hypot((ee - nn) / 2.0, en));
}

CotEvent baseEvent(const FusedTrack &track, const QString &uid, qint64 nowUtcUs)
{
    CotEvent event;
    event.uid = uid;
    event.how = u"m-f"_s;
    event.timeUtcUs = nowUtcUs;
    event.startUtcUs = nowUtcUs;
    event.staleUtcUs = nowUtcUs + kCotPointStaleUs;
    event.exercise = track.exercise;
    return event;
}

QString trackUid(const FusedTrack &track, const QString &uidPrefix)
{
    return uidPrefix + u'.' + track.id;
}

void linkToTrack(CotEvent &event, const FusedTrack &track, const Launch *launch, const QString &uidPrefix)
{
    event.parentUid = trackUid(track, uidPrefix);
    event.parentType = trackType(track, launch);
    event.colorArgb = affiliationColor(track.affiliation);
}

} // namespace

CotPicture CotPicture::of(const FusedPicture &picture)
{
    return of(picture.result(), picture.picture());
}

CotPicture CotPicture::of(std::shared_ptr<const FusionResult> fusion, const Picture *picture)
{
    return {std::move(fusion), picture ? picture->launches() : QHash<ServiceKey, Launch>{},
            picture ? picture->predictions() : QHash<ServiceKey, Prediction>{},
            picture ? picture->nowUtcUs() : 0};
}

QString cotUidPrefix(const QString &consoleId)
{
    return u"cop."_s + consoleId;
}

CotEvent cotTrackEvent(const FusedTrack &track, const Launch *launch, const QString &uidPrefix, qint64 nowUtcUs)
{
    const SymbolEntity entity = trackSymbolEntity(track.objectKind, launch);
    CotEvent event = baseEvent(track, trackUid(track, uidPrefix), nowUtcUs);
    event.type = trackType(track, launch);
    event.startUtcUs = std::min(track.state.timeUtcUs, nowUtcUs);
    event.staleUtcUs = nowUtcUs + kCotTrackStaleUs;
    event.point = track.position;

    const Eigen::Matrix3d toEnu = enuFromEcef(track.position);
    const Eigen::Matrix3d covariance = toEnu * track.state.P.topLeftCorner<3, 3>() * toEnu.transpose();
    event.ceM = circularSigma(covariance(0, 0), covariance(0, 1), covariance(1, 1));
    event.leM = std::sqrt(covariance(2, 2));
    const Eigen::Vector3d velocity = toEnu * track.state.x.tail<3>();
    event.courseDeg = std::fmod(std::atan2(velocity.x(), velocity.y()) * 180.0 / std::numbers::pi + 360.0, 360.0);
    event.speedMps = std::hypot(velocity.x(), velocity.y());

    event.callsign = track.id;
    event.sidc = symbolCode(entity, track.affiliation, track.exercise, track.position.heightM);
    event.remarks = u"%1 %2: %3, %4, %5 km, %6 km/s; reported by %7%8. SIDC %9"_s
                        .arg(trackKind(entity).word, track.id, affiliationId(track.affiliation), phaseWord(track.phase))
                        .arg(track.position.heightM / 1000.0, 0, 'f', 0)
                        .arg(velocity.norm() / 1000.0, 0, 'f', 1)
                        .arg(track.nations().join(u", "_s), track.exercise ? u" (exercise)"_s : QString(),
                             event.sidc);
    return event;
}

CotEvent cotLaunchEvent(const FusedTrack &track, const Launch &launch, const QString &uidPrefix, qint64 nowUtcUs)
{
    CotEvent event = baseEvent(track, trackUid(track, uidPrefix) + u".launch"_s, nowUtcUs);
    // A point on the map, not a unit: whatever launched the missile need not be there now.
    event.type = u"b-m-p-s-m"_s;
    event.startUtcUs = std::min(launch.launchTimeUtcUs, nowUtcUs);
    event.point = launch.point;
    if (launch.pointCovarianceEn) {
        const auto [ee, en, nn] = *launch.pointCovarianceEn;
        event.ceM = circularSigma(ee, en, nn);
    }
    linkToTrack(event, track, &launch, uidPrefix);
    event.callsign = track.id + u" launch"_s;
    event.sidc = symbolCode(SymbolEntity::LaunchPoint, track.affiliation, track.exercise);
    event.remarks = u"Launch point of %1, launched %2%3. SIDC %4"_s.arg(
        track.id, clock(launch.launchTimeUtcUs), track.exercise ? u" (exercise)"_s : QString(), event.sidc);
    return event;
}

CotEvent cotImpactEvent(const FusedTrack &track, const Launch *launch, const Prediction &prediction,
                        const QString &uidPrefix, qint64 nowUtcUs)
{
    CotEvent event = baseEvent(track, trackUid(track, uidPrefix) + u".impact"_s, nowUtcUs);
    event.point = prediction.impactPoint;
    const auto ellipse95 = std::find_if(prediction.ellipses.begin(), prediction.ellipses.end(),
                                        [](const ImpactEllipse &e) { return std::abs(e.confidence - 0.95) < 0.005; });
    QString extent;
    if (ellipse95 != prediction.ellipses.end()) {
        // A drawn ellipse (ATAK's u-d-c-e) centred on the impact point.
        event.type = u"u-d-c-e"_s;
        event.ellipse = CotEllipse{2.0 * ellipse95->semiMajorM, 2.0 * ellipse95->semiMinorM, ellipse95->orientationDeg};
        event.ceM = ellipse95->semiMajorM / kSigmas95;
        extent = u", 95 % ellipse %1 x %2 km"_s.arg(2.0 * ellipse95->semiMajorM / 1000.0, 0, 'f', 1)
                     .arg(2.0 * ellipse95->semiMinorM / 1000.0, 0, 'f', 1);
    } else {
        event.type = u"b-m-p-s-m"_s;
    }
    linkToTrack(event, track, launch, uidPrefix);
    event.callsign = track.id + u" impact"_s;
    event.sidc = symbolCode(SymbolEntity::PredictedImpactPoint, track.affiliation, track.exercise);
    event.remarks = u"Predicted impact of %1 at %2 +- %3 s%4%5%6. SIDC %7"_s
                        .arg(track.id, clock(prediction.impactTimeUtcUs))
                        .arg(prediction.impactTimeSigmaS * 1.96, 0, 'f', 0)
                        .arg(extent, prediction.provisional ? u" (provisional)"_s : QString(),
                             track.exercise ? u" (exercise)"_s : QString(), event.sidc);
    return event;
}

std::vector<CotEvent> cotEventsOf(const CotPicture &picture, const QString &uidPrefix)
{
    std::vector<CotEvent> events;
    if (!picture.fusion)
        return events;
    events.reserve(picture.fusion->tracks.size() * 3);
    for (const FusedTrack &track : picture.fusion->tracks) {
        const auto launch = track.launchSource ? picture.launches.constFind(*track.launchSource) : picture.launches.cend();
        const bool launched = launch != picture.launches.cend();
        events.push_back(cotTrackEvent(track, launched ? &*launch : nullptr, uidPrefix, picture.nowUtcUs));
        if (launched)
            events.push_back(cotLaunchEvent(track, *launch, uidPrefix, picture.nowUtcUs));
        if (track.predictionSource) {
            const auto prediction = picture.predictions.constFind(*track.predictionSource);
            if (prediction != picture.predictions.cend() && !prediction->orbital)
                events.push_back(cotImpactEvent(track, launched ? &*launch : nullptr, *prediction, uidPrefix,
                                                picture.nowUtcUs));
        }
    }
    return events;
}

} // namespace cop
