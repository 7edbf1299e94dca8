#pragma once

#include "picture/Picture.h"
#include "fusion/StateEstimate.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

namespace cop {

// The order the console always lists nations in: US, JP, KR, then others by name.
bool nationBefore(const QString &a, const QString &b);
void sortNations(QStringList &nations);

// Of two affiliations for one object, the one that warns more: hostile, suspect, unknown, friend.
Affiliation mostThreatening(Affiliation a, Affiliation b);

// Whether two reports may be of one object by what their services say it is: a spent stage
// flies beside its vehicle after separation, close enough to pass any gate on position. A
// service that does not say (Unknown) agrees with any.
bool maySameObject(ObjectKind a, quint8 stageA, ObjectKind b, quint8 stageB);

// One nation's track in a fused track: who reports it, under which id, how fresh and how good.
struct Contributor
{
    ServiceKey key;          // the service and its own track id
    qint64 timeUtcUs = 0;    // of the service's latest update
    qint64 receivedUtcUs = 0;
    double positionSigmaM = 0.0;
    double velocitySigmaMps = 0.0;
};

enum class Divergence : quint8 {
    None,
    ImpactDisagrees,  // the nations' impact predictions differ beyond their combined uncertainty
    UnseenInCoverage, // a nation that should see it inside its coverage does not report it
};

// One missile as the nations together see it: the services' tracks of it associated, and their
// states fused. The id stays the same for as long as any nation keeps reporting it.
struct FusedTrack
{
    QString id;
    StateEstimate state;
    GeoPoint position;
    TrackPhase phase = TrackPhase::Unknown;
    // The most threatening word any reporting nation has for it (mostThreatening): one nation
    // calling a missile hostile is enough for the picture to show it so.
    Affiliation affiliation = Affiliation::Unknown;
    // What the object is, as its best contributor says (a space launch's vehicle, a spent stage);
    // unknown for the missiles of services that do not say.
    ObjectKind objectKind = ObjectKind::Unknown;
    quint8 stage = 0;
    bool exercise = false;
    std::vector<Contributor> contributors; // in nation order
    QSet<QString> seenBy;                  // every nation that ever contributed
    // The prediction to show: a service's own from the most accurate contributor that sent
    // one, else one this console computed; nothing before either exists.
    std::optional<ServiceKey> predictionSource;
    // The launch every view shows for it, a key of Picture::launches() (LaunchChoice).
    std::optional<ServiceKey> launchSource;
    // Since when each nation that never reported it has had it inside its coverage.
    QHash<QString, qint64> coveredSinceUtcUs;
    Divergence divergence = Divergence::None;
    QStringList divergingNations; // the nations that disagree, or the ones that do not see it
    // When its flight, coasting on its nations' last reports, met the ground: the state is held
    // there (a missile does not fly through the ground) and the track is retired soon after.
    // 0 while it flies.
    qint64 predictedImpactUtcUs = 0;

    // The reporting nations in the order the console always lists them: US, JP, KR, others.
    QStringList nations() const;
    // The most accurate contributor; tracks always have one.
    const Contributor &best() const;
};

} // namespace cop
