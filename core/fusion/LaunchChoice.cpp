#include "fusion/LaunchChoice.h"

#include <limits>

namespace cop {

double launchSpread(const Launch &launch)
{
    return launch.pointCovarianceEn ? (*launch.pointCovarianceEn)[0] + (*launch.pointCovarianceEn)[2]
                                    : std::numeric_limits<double>::infinity();
}

void LaunchChoice::choose(std::vector<FusedTrack> &tracks, const QHash<ServiceKey, Launch> &launches,
                          const TrackFuser &fuser)
{
    m_shown.removeIf([&](const auto &it) { return !fuser.find(it.key()); });
    // The launches of every service track, to look up by contributor.
    QMultiHash<ServiceKey, ServiceKey> byTrack;
    for (auto it = launches.cbegin(); it != launches.cend(); ++it)
        byTrack.insert({it.key().service, it->trackId}, it.key());
    for (FusedTrack &track : tracks) {
        std::optional<ServiceKey> best;
        double bestSpread = std::numeric_limits<double>::infinity();
        QSet<ServiceKey> reported;
        for (const Contributor &contributor : track.contributors) {
            for (auto it = byTrack.constFind(contributor.key); it != byTrack.cend() && it.key() == contributor.key;
                 ++it) {
                reported.insert(*it);
                const double spread = launchSpread(launches.value(*it));
                // Ties go to the smaller key, so that every pass, and every console, agrees.
                if (!best || spread < bestSpread
                    || (spread == bestSpread && std::tie(it->service, it->id) < std::tie(best->service, best->id))) {
                    best = *it;
                    bestSpread = spread;
                }
            }
        }
        // The launch shown stays while its service still reports it and its track has not gone
        // to another fused track: a track that ends (impact) or coasts out leaves its launch.
        const auto shown = m_shown.constFind(track.id);
        const auto stillThere = [&](const ServiceKey &launch) {
            const auto it = launches.constFind(launch);
            if (it == launches.cend())
                return false;
            const QString owner = fuser.fusedIdOf({launch.service, it->trackId});
            return owner.isEmpty() || owner == track.id;
        };
        if (shown != m_shown.cend() && (reported.contains(*shown) || stillThere(*shown))) {
            const double shownSpread = launchSpread(launches.value(*shown));
            if (!(bestSpread <= kClearlyBetter * shownSpread))
                best = *shown;
        }
        track.launchSource = best;
        if (best)
            m_shown.insert(track.id, *best);
        else
            m_shown.remove(track.id);
    }
}

} // namespace cop
