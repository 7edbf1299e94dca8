#include "fusion/AlertGroups.h"

#include "fusion/FusedPicture.h"

namespace cop {

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
    if (fusion) {
        if (const QString now = fusion->missileIdOf({alert.key.service, report.trackId}); !now.isEmpty()) {
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
    return {alert.key.service + u'/' + report.trackId, report.trackId};
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
