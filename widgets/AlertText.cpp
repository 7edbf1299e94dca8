#include "AlertText.h"

#include "picture/RegionNames.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace cop {

QString AlertText::severity(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return tr("Critical");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Advisory:
        return tr("Advisory");
    case Severity::Unknown:
        break;
    }
    return tr("Unknown");
}

QString AlertText::kind(AlertKind kind)
{
    switch (kind) {
    case AlertKind::LaunchDetected:
        return tr("Launch detected");
    case AlertKind::ImpactInTerritory:
        return tr("Impact in territory");
    case AlertKind::ImpactInEez:
        return tr("Impact in EEZ");
    case AlertKind::ImpactAtSea:
        return tr("Impact at sea");
    case AlertKind::Overflight:
        return tr("Overflight");
    case AlertKind::TrackLost:
        return tr("Track lost");
    case AlertKind::ImpactOccurred:
        return tr("Impact");
    case AlertKind::FeedLost:
        return tr("Data feed lost");
    case AlertKind::Divergence:
        return tr("Nations disagree");
    case AlertKind::FeedInvalid:
        return tr("Invalid data");
    case AlertKind::PictureStalled:
        return tr("Picture stalled");
    case AlertKind::FeedCertificateExpiring:
        return tr("Certificate expiring");
    case AlertKind::FeedMarkingChanged:
        return tr("Marking changed");
    case AlertKind::OrbitReached:
        return tr("Entered orbit");
    case AlertKind::DebrisFalling:
        return tr("Falling debris");
    case AlertKind::StageDrop:
        return tr("Stage drop");
    case AlertKind::Unknown:
        break;
    }
    return tr("Unknown alert");
}

QString AlertText::stateName(AlertState state)
{
    switch (state) {
    case AlertState::ActiveUnacknowledged:
        return tr("Active, unacknowledged");
    case AlertState::ActiveAcknowledged:
        return tr("Active, acknowledged");
    case AlertState::ClearedUnacknowledged:
        return tr("Returned to normal, unacknowledged");
    case AlertState::Cleared:
        return tr("Returned to normal");
    case AlertState::Shelved:
        return tr("Shelved");
    case AlertState::Latched:
        return tr("Latched, needs reset");
    case AlertState::Unknown:
        break;
    }
    return tr("Unknown");
}

QString AlertText::stateExplanation(AlertState state)
{
    if (state == AlertState::Latched)
        return tr("The condition has returned to normal, but this alert latches: it stays on the list "
                  "until an operator who has checked the cause resets it (Reset).");
    return {};
}

QString AlertText::state(const Alert &alert)
{
    if (alert.ackUndelivered)
        return note(AlertNote::AckUndelivered, alert.key.service);
    if (alert.ackPending)
        return tr("Ack pending");
    if (!alert.ackError.isEmpty())
        return tr("Ack refused: %1").arg(alert.ackError);
    if (alert.state() == AlertState::Shelved) {
        return alert.shelvedUntilUtcUs > 0 ? tr("Shelved until %1").arg(utcTime(alert.shelvedUntilUtcUs))
                                           : tr("Shelved until unshelved");
    }
    return stateName(alert.state());
}

QString AlertText::note(AlertNote note, const QString &service)
{
    switch (note) {
    case AlertNote::AckUndelivered:
        return tr("Not delivered: alert gone after %1 restart").arg(service);
    case AlertNote::AckResent:
        return tr("Same event back after %1 restart: acknowledgement sent again").arg(service);
    case AlertNote::SameEvent:
        return tr("Raised again after %1 restart").arg(service);
    case AlertNote::Dismissed:
        return tr("Undelivered acknowledgement dismissed");
    case AlertNote::None:
        break;
    }
    return {};
}

QString AlertText::event(const std::optional<AlertEvent> &event)
{
    if (!event)
        return tr("Raised");
    switch (*event) {
    case AlertEvent::Activate:
        return tr("Condition active");
    case AlertEvent::Clear:
        return tr("Condition returned to normal");
    case AlertEvent::Escalate:
        return tr("Escalated");
    case AlertEvent::Acknowledge:
        return tr("Acknowledged");
    case AlertEvent::Shelve:
        return tr("Shelved");
    case AlertEvent::Unshelve:
        return tr("Unshelved");
    case AlertEvent::ShelfExpired:
        return tr("Shelf expired");
    case AlertEvent::Reset:
        return tr("Reset");
    }
    return {};
}

QString AlertText::region(const QString &regionId)
{
    return regionName(regionId);
}

QString AlertText::region(const AlertUpdate &report)
{
    if (report.regionId.isEmpty())
        return report.kind == AlertKind::LaunchDetected ? impactAreaNotYetPredictable() : QString();
    return region(report.regionId);
}

QString AlertText::serviceSays(const QString &service, const QString &region)
{
    return tr("%1: %2", "a nation's service says where its missile comes down: nation, region").arg(service, region);
}

QString AlertText::regionAndOtherwise(const QString &region, const QStringList &otherwise)
{
    return tr("%1 [%2]", "the console's impact region of a missile, then what services say otherwise")
        .arg(region, otherwise.join(QStringLiteral("; ")));
}

QString AlertText::sentence(const Alert &alert, qint64 impactUtcUs)
{
    const AlertUpdate &r = alert.report;
    const QString track = r.trackId;
    const QString where = region(r.regionId);
    switch (r.kind) {
    case AlertKind::LaunchDetected:
        if (r.regionId.isEmpty())
            return tr("Launch detected: track %1. Impact area not yet predictable.").arg(track);
        return tr("Launch detected: track %1. Predicted impact: %2, approx. %3.")
            .arg(track, where, utcTime(impactUtcUs));
    case AlertKind::ImpactInTerritory:
    case AlertKind::ImpactInEez:
    case AlertKind::ImpactAtSea:
        return tr("Predicted impact of track %1: %2, approx. %3.").arg(track, where, utcTime(impactUtcUs));
    case AlertKind::Overflight:
        return tr("Track %1 is predicted to fly over: %2.").arg(track, where);
    case AlertKind::TrackLost:
        return tr("Track %1 was lost.").arg(track);
    case AlertKind::ImpactOccurred:
        return tr("Track %1 impacted: %2.").arg(track, where);
    case AlertKind::FeedLost:
        return tr("No data from track service %1: the picture is incomplete.").arg(alert.key.service);
    case AlertKind::Divergence:
        return tr("The nations disagree about track %1: their impact predictions differ beyond "
                  "their uncertainty, or a nation that should see it does not report it. Check "
                  "its contributors.").arg(track);
    case AlertKind::FeedInvalid:
        return tr("Track service %1 sends invalid data: the console refuses part of what it "
                  "reports. The track services panel shows the last reason.").arg(alert.key.service);
    case AlertKind::PictureStalled:
        return tr("This console's picture stopped updating for over a second: the map and the "
                  "panels showed old data meanwhile.");
    case AlertKind::FeedCertificateExpiring:
        return tr("The certificate of track service %1 expires within 7 days; after that the "
                  "console refuses the service. The track services panel shows the date.")
            .arg(alert.key.service);
    case AlertKind::FeedMarkingChanged:
        return tr("Track service %1 changed the classification marking of its data. The banner "
                  "shows the marking that now governs the picture, the track services panel "
                  "each service's.")
            .arg(alert.key.service);
    case AlertKind::OrbitReached:
        return tr("Space launch track %1 entered orbit: it does not come down.").arg(track);
    case AlertKind::DebrisFalling:
        return tr("Space launch track %1 failed: debris falls in %2 until approx. %3.")
            .arg(track, where, utcTime(impactUtcUs));
    case AlertKind::StageDrop:
        return tr("Spent stage or fairing %1 falls in %2 at approx. %3.").arg(track, where, utcTime(impactUtcUs));
    case AlertKind::Unknown:
        break;
    }
    return tr("Alert %1 on track %2.").arg(r.alertId, track);
}

QString AlertText::acknowledgedBy(const AlertUpdate &report)
{
    QStringList names;
    // "verified" only when the service vouches for the console from its certificate.
    for (const Acknowledgement &ack : report.acknowledgements) {
        names << (ack.verifiedConsoleId.isEmpty()
                      ? tr("%1 (%2)").arg(ack.operatorName, ack.consoleId)
                      : tr("%1 (%2, verified)").arg(ack.operatorName, ack.verifiedConsoleId));
    }
    return QLocale().createSeparatedList(names);
}

QString AlertText::launchTime(const Launch *launch)
{
    if (!launch)
        return utcTime(0);
    const double spreadS = launchTimeSpread95S(*launch);
    return spreadS > 0.0 ? tr("%1 ±%2 s").arg(utcTime(launch->launchTimeUtcUs)).arg(spreadS, 0, 'f', 0)
                         : utcTime(launch->launchTimeUtcUs);
}

QString AlertText::utcTime(qint64 utcUs)
{
    if (utcUs <= 0)
        return QStringLiteral("—");
    return QDateTime::fromMSecsSinceEpoch(utcUs / 1000, QTimeZone::UTC).toString(u"HH:mm:ss")
           + u'Z';
}

QString AlertText::countdown(qint64 targetUtcUs, qint64 nowUtcUs)
{
    if (targetUtcUs <= 0)
        return QStringLiteral("—");
    const qint64 seconds = (targetUtcUs - nowUtcUs) / 1'000'000;
    if (seconds < 0)
        return tr("passed");
    const auto two = [](qint64 n) { return QString::number(n).rightJustified(2, u'0'); };
    return seconds >= 3600 ? tr("%1:%2:%3").arg(seconds / 3600).arg(two(seconds / 60 % 60), two(seconds % 60))
                           : tr("%1:%2").arg(two(seconds / 60), two(seconds % 60));
}

QString AlertText::exerciseWatermark()
{
    return tr("EXERCISE");
}

} // namespace cop
