#include "picture/ObjectNames.h"

#include <QCoreApplication>

namespace cop {

namespace {

LaunchKind launchKindOf(const Launch *launch)
{
    return launch ? launch->kind : LaunchKind::Unknown;
}

QString withOrigin(const QString &name, const Launch *launch)
{
    if (!launch || launch->origin.isEmpty())
        return name;
    return QCoreApplication::translate("ObjectNames", "%1 (%2)", "an object, then its launching state: Space launch (PRK)")
        .arg(name, launch->origin);
}

} // namespace

QString trackedObjectName(const TrackUpdate &track, const Launch *launch)
{
    switch (track.objectKind) {
    case ObjectKind::Stage:
        return track.stage > 0 ? QCoreApplication::translate("ObjectNames", "Stage %1").arg(track.stage)
                               : QCoreApplication::translate("ObjectNames", "Stage");
    case ObjectKind::Fairing:
        return QCoreApplication::translate("ObjectNames", "Fairing");
    case ObjectKind::Debris:
        return QCoreApplication::translate("ObjectNames", "Debris");
    case ObjectKind::Payload:
        if (launchKindOf(launch) == LaunchKind::SpaceLaunch)
            return withOrigin(QCoreApplication::translate("ObjectNames", "Satellite"), launch);
        break;
    case ObjectKind::Vehicle:
    case ObjectKind::Unknown:
        break;
    }
    switch (launchKindOf(launch)) {
    case LaunchKind::SpaceLaunch:
        return withOrigin(QCoreApplication::translate("ObjectNames", "Space launch"), launch);
    case LaunchKind::BallisticMissile:
        return withOrigin(QCoreApplication::translate("ObjectNames", "Ballistic missile"), launch);
    case LaunchKind::Unknown:
        break;
    }
    return {};
}

} // namespace cop
