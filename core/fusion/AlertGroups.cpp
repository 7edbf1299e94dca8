#include "fusion/AlertGroups.h"

#include "fusion/FusedPicture.h"

namespace cop {

namespace {

// Stages separate one at a time: no real launch has more pieces in a line than this, and a
// service's parent links that go round in a circle must end somewhere.
constexpr int kMaxSeparations = 10;

// The track a piece came off (a spent stage, a fairing), followed up to the launched vehicle:
// its alerts are part of that launch's story.
QString launchedTrackOf(const FusedPicture *fusion, const QString &service, QString trackId)
{
    if (!fusion || !fusion->picture())
        return trackId;
    const auto &tracks = fusion->picture()->tracks();
    for (int i = 0; i < kMaxSeparations; ++i) {
        const auto it = tracks.constFind({service, trackId});
        if (it == tracks.cend() || it->state.parentTrackId.isEmpty())
            break;
        trackId = it->state.parentTrackId;
    }
    return trackId;
}

} // namespace

AlertGroups::Missile AlertGroups::missileOf(const Alert &alert, const FusedPicture *fusion)
{
    const AlertUpdate &report = alert.report;
    if (report.trackId.isEmpty())
        return {};
    if (alert.raisedByConsole) {
        // The console's advisories about a fused track name it; feed and health alerts name none.
        if (!fusion || report.kind != AlertKind::Divergence)
            return {};
        const QString id = fusion->currentIdOf(report.trackId);
        return {id, id};
    }
    const QString trackId = launchedTrackOf(fusion, alert.key.service, report.trackId);
    if (fusion) {
        if (const QString now = fusion->missileIdOf({alert.key.service, trackId}); !now.isEmpty()) {
            m_remembered.insert(alert.key, now);
            return {now, now};
        }
        if (const auto it = m_remembered.find(alert.key); it != m_remembered.end()) {
            *it = fusion->currentIdOf(*it);
            return {*it, *it};
        }
    }
    // Not fused (yet): the nation's own track is the missile as far as anyone knows. Fused ids
    // have no slash, so the two never meet.
    return {alert.key.service + u'/' + trackId, trackId};
}

QList<AlertGroups::Group> AlertGroups::group(const QList<const Alert *> &sorted, const FusedPicture *fusion)
{
    QList<Group> groups;
    QHash<QString, qsizetype> groupOf;
    QSet<ServiceKey> listed;
    for (const Alert *alert : sorted) {
        listed.insert(alert->key);
        const Missile missile = missileOf(*alert, fusion);
        if (missile.id.isEmpty()) {
            groups.append({{}, {}, {alert->key}});
            continue;
        }
        const auto it = groupOf.constFind(missile.id);
        if (it != groupOf.cend()) {
            groups[*it].keys.append(alert->key);
            continue;
        }
        groupOf.insert(missile.id, groups.size());
        groups.append({missile.id, missile.label, {alert->key}});
    }
    m_remembered.removeIf([&listed](const auto &it) { return !listed.contains(it.key()); });
    return groups;
}

} // namespace cop
