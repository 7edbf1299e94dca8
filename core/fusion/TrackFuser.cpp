#include "fusion/TrackFuser.h"

#include "fusion/Assignment.h"
#include "fusion/CovarianceIntersection.h"

#include <QMap>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <limits>
#include <cmath>

namespace cop {

namespace {

// Gating clusters are found through a grid of this cell size on ECEF positions flown to the
// batch time: services report the same missile within a few km of each other once aligned.
constexpr double kCellM = 50'000.0;

quint64 cellKey(qint64 x, qint64 y, qint64 z)
{
    constexpr qint64 kOffset = 1 << 20; // cells span +-52,000 km
    return (quint64(x + kOffset) << 42) | (quint64(y + kOffset) << 21) | quint64(z + kOffset);
}

std::array<qint64, 3> cellOf(const StateEstimate &e, qint64 nowUtcUs)
{
    const double dt = double(nowUtcUs - e.timeUtcUs) * 1e-6;
    // Clamped: the decoder bounds positions and speeds, but an out-of-range cast is undefined
    // behaviour, and out-of-range cells would pack into each other's keys.
    constexpr double kLastCell = double((1 << 20) - 1);
    std::array<qint64, 3> cell;
    for (int i = 0; i < 3; ++i)
        cell[i] = qint64(std::clamp(std::floor((e.x(i) + e.x(i + 3) * dt) / kCellM), -kLastCell, kLastCell));
    return cell;
}

// Asks for a track's memory ahead of its use.
void prefetch(const Track *track)
{
    const char *bytes = reinterpret_cast<const char *>(track);
    for (size_t offset = 0; offset < sizeof(Track); offset += 64)
        __builtin_prefetch(bytes + offset);
}

} // namespace

const Contributor &FusedTrack::best() const
{
    return *std::min_element(contributors.begin(), contributors.end(),
                             [](const Contributor &a, const Contributor &b) {
                                 return a.positionSigmaM < b.positionSigmaM;
                             });
}

bool nationBefore(const QString &a, const QString &b)
{
    static const QStringList kOrder{QStringLiteral("US"), QStringLiteral("JP"), QStringLiteral("KR")};
    const auto rank = [](const QString &nation) {
        const qsizetype i = kOrder.indexOf(nation);
        return i < 0 ? kOrder.size() : i;
    };
    const qsizetype rankA = rank(a);
    const qsizetype rankB = rank(b);
    return rankA != rankB ? rankA < rankB : a < b;
}

void sortNations(QStringList &nations)
{
    std::sort(nations.begin(), nations.end(), nationBefore);
}

Affiliation mostThreatening(Affiliation a, Affiliation b)
{
    const auto rank = [](Affiliation affiliation) {
        switch (affiliation) {
        case Affiliation::Hostile: return 3;
        case Affiliation::Suspect: return 2;
        case Affiliation::Unknown: return 1;
        case Affiliation::Friend: return 0;
        }
        return 1;
    };
    return rank(a) >= rank(b) ? a : b;
}

bool maySameObject(ObjectKind a, quint8 stageA, ObjectKind b, quint8 stageB)
{
    if (a == ObjectKind::Unknown || b == ObjectKind::Unknown)
        return true;
    return a == b && (a != ObjectKind::Stage || stageA == 0 || stageB == 0 || stageA == stageB);
}

QStringList FusedTrack::nations() const
{
    QStringList names;
    for (const Contributor &contributor : contributors)
        names.append(contributor.key.service); // contributors are kept in nation order
    return names;
}

qint64 TrackFuser::dataTimeOf(const TrackTable &tracks)
{
    if (tracks.isEmpty())
        return 0;
    // The newest time, but not one far ahead of the rest: a single track stamped years ahead
    // (a service's unit error) must not drag every other track across years. Where no two are
    // that far apart (nearly always), the newest is that near the median too, and no median is
    // needed.
    qint64 oldest = std::numeric_limits<qint64>::max();
    qint64 newest = std::numeric_limits<qint64>::min();
    for (const Track &track : tracks) {
        oldest = std::min(oldest, track.state.timeUtcUs);
        newest = std::max(newest, track.state.timeUtcUs);
    }
    if (quint64(newest) - quint64(oldest) <= quint64(kMaxAlignUs))
        return newest;
    std::vector<qint64> times;
    times.reserve(size_t(tracks.size()));
    for (const Track &track : tracks)
        times.push_back(track.state.timeUtcUs);
    const auto middle = times.begin() + std::ptrdiff_t(times.size() / 2);
    std::nth_element(times.begin(), middle, times.end());
    const qint64 latest = *middle > std::numeric_limits<qint64>::max() - kMaxAlignUs
                              ? std::numeric_limits<qint64>::max()
                              : *middle + kMaxAlignUs;
    qint64 now = *middle;
    for (qint64 time : times) {
        if (time <= latest)
            now = std::max(now, time);
    }
    return now;
}

void TrackFuser::update(const TrackTable &tracks)
{
    const qint64 now = dataTimeOf(tracks);
    m_nowUtcUs = std::max(m_nowUtcUs, now);
    m_tracked.clear();
    m_tracked.reserve(size_t(tracks.size()));
    for (auto it = tracks.cbegin(); it != tracks.cend(); ++it)
        m_tracked.push_back({&it.key(), &it.value()});
    // Services report with different latencies, and a coasting track may be minutes old: all
    // are compared at one time. A track further from it than kMaxAlignUs is not flown there
    // (its cost grows with the distance) and sits this batch out.
    std::vector<Input> &inputs = m_inputs;
    inputs.clear();
    inputs.reserve(size_t(tracks.size()));
    m_outOfTime = 0;
    for (size_t i = 0; i < m_tracked.size(); ++i) {
        // Each track lies apart from the others in the heap: asked for a few tracks ahead, its
        // memory arrives while the tracks before it are flown.
        constexpr size_t kAhead = 8;
        if (i + kAhead < m_tracked.size())
            prefetch(m_tracked[i + kAhead].track);
        const Track &track = *m_tracked[i].track;
        const TrackUpdate &state = track.state;
        const qint64 distance = state.timeUtcUs - now;
        if (distance > kMaxAlignUs || distance < -kMaxAlignUs) {
            ++m_outOfTime;
            continue;
        }
        const StateEstimate reported = stateEstimateOf(state);
        inputs.push_back({m_tracked[i].key, &track, reported.extrapolatedTo(now), reported.positionSigmaM(),
                          reported.velocitySigmaMps(), state.timeUtcUs, track.receivedUtcUs, state.phase,
                          state.affiliation, state.objectKind, state.stage, state.exercise});
    }
    // A track's input is where the last batch found it while the picture's hash keeps its order
    // (its tracks only move): the inputs are looked up by key only when they are not.
    QHash<ServiceKey, qsizetype> byKey;
    const auto find = [&](const ServiceKey &key, qsizetype hint) -> qsizetype {
        if (hint >= 0 && hint < qsizetype(inputs.size()) && *inputs[size_t(hint)].key == key)
            return hint;
        if (byKey.isEmpty()) {
            byKey.reserve(qsizetype(inputs.size()));
            for (size_t i = 0; i < inputs.size(); ++i)
                byKey.insert(*inputs[i].key, qsizetype(i));
        }
        return byKey.value(key, -1);
    };

    // Every assigned track is a contributor of its fused track: one pass over them drops the
    // tracks that have gone from both, and finds the others' inputs for the rest of the batch.
    for (Entry &entry : m_entries) {
        const QVarLengthArray<qsizetype, 4> hints = std::exchange(entry.inputs, {});
        auto &contributors = entry.track.contributors;
        qsizetype before = 0; // the contributor's place in the last batch, and in hints
        for (auto c = contributors.begin(); c != contributors.end(); ++before) {
            const qsizetype found = find(c->key, before < hints.size() ? hints[before] : -1);
            if (found >= 0) {
                input(found).assigned = true;
                entry.inputs.append(found);
                ++c;
                continue;
            }
            m_assignment.remove(c->key);
            m_former.insert(c->key, entry.track.id);
            entry.formerKeys.push_back(c->key);
            c = contributors.erase(c);
            ++m_membership;
        }
    }
    releaseDisagreeing();
    for (Entry &entry : m_entries)
        refuse(entry);

    QMap<QString, std::vector<Input *>> unassigned;
    for (Input &input : inputs) {
        if (!input.assigned)
            unassigned[input.key->service].push_back(&input);
    }
    for (auto it = unassigned.begin(); it != unassigned.end(); ++it) {
        // Hash order differs from run to run; the result must not.
        std::sort(it->begin(), it->end(),
                  [](const Input *a, const Input *b) { return a->key->id < b->key->id; });
        associate(it.key(), *it, now);
    }
    joinSplitTracks(now);

    const auto expired = std::remove_if(m_entries.begin(), m_entries.end(), [now](const Entry &e) {
        return e.track.contributors.empty() && now - e.lastUpdateUtcUs > kCoastUs;
    });
    if (expired != m_entries.end()) {
        std::for_each(expired, m_entries.end(), [this](const Entry &e) { forget(e); });
        m_entries.erase(expired, m_entries.end());
        ++m_membership;
        m_index.clear();
        for (qsizetype i = 0; i < qsizetype(m_entries.size()); ++i)
            m_index.insert(m_entries[i].track.id, i);
    }
}

void TrackFuser::joinSplitTracks(qint64 nowUtcUs)
{
    QSet<QString> services;
    for (const Input &input : m_inputs)
        services.insert(input.key->service);
    // Only fused tracks some nation is missing from can be halves of one missile.
    QHash<quint64, std::vector<qsizetype>> grid;
    std::vector<qsizetype> incomplete;
    for (qsizetype i = 0; i < qsizetype(m_entries.size()); ++i) {
        const auto &contributors = m_entries[i].track.contributors;
        if (!contributors.empty() && qsizetype(contributors.size()) < services.size()
            && m_entries[i].track.predictedImpactUtcUs == 0) {
            incomplete.push_back(i);
            const auto cell = cellOf(m_entries[i].track.state, nowUtcUs);
            grid[cellKey(cell[0], cell[1], cell[2])].push_back(i);
        }
    }
    if (incomplete.size() < 2)
        return;
    const auto disjoint = [](const FusedTrack &a, const FusedTrack &b) {
        for (const Contributor &x : a.contributors) {
            for (const Contributor &y : b.contributors) {
                if (x.key.service == y.key.service)
                    return false;
            }
        }
        return true;
    };
    for (qsizetype older : incomplete) {
        FusedTrack &kept = m_entries[older].track;
        if (kept.contributors.empty())
            continue; // joined into an older one already
        const auto cell = cellOf(kept.state, nowUtcUs);
        qsizetype best = -1;
        double bestD2 = kJoinGate;
        for (qint64 dx = -1; dx <= 1; ++dx) {
            for (qint64 dy = -1; dy <= 1; ++dy) {
                for (qint64 dz = -1; dz <= 1; ++dz) {
                    for (qsizetype younger : grid.value(cellKey(cell[0] + dx, cell[1] + dy, cell[2] + dz))) {
                        const FusedTrack &other = m_entries[younger].track;
                        if (younger <= older || other.contributors.empty() || !disjoint(kept, other)
                            || !maySameObject(kept.objectKind, kept.stage, other.objectKind, other.stage)
                            || !mayGate(kept.state, other.state, kJoinGate))
                            continue;
                        const double d2 = mahalanobisSquared(kept.state, other.state);
                        if (d2 < bestD2) {
                            bestD2 = d2;
                            best = younger;
                        }
                    }
                }
            }
        }
        if (best < 0)
            continue;
        join(m_entries[older], m_entries[best]);
        refuse(m_entries[older]);
    }
}

void TrackFuser::join(Entry &kept, Entry &joined)
{
    for (qsizetype i : std::as_const(joined.inputs))
        addContributor(kept, &input(i));
    kept.track.seenBy.unite(joined.track.seenBy);
    joined.track.contributors.clear();
    joined.inputs.clear();
    ++m_membership;
    joined.lastUpdateUtcUs = std::numeric_limits<qint64>::min() / 2; // retired at once
    // What was said about the joined track is about the kept one now.
    for (const ServiceKey &key : joined.formerKeys)
        m_former.insert(key, kept.track.id);
    kept.formerKeys.insert(kept.formerKeys.end(), joined.formerKeys.begin(), joined.formerKeys.end());
    joined.formerKeys.clear();
    joined.joinedIds.append(joined.track.id);
    for (const QString &id : std::as_const(joined.joinedIds))
        m_joinedInto.insert(id, kept.track.id);
    kept.joinedIds.append(joined.joinedIds);
    joined.joinedIds.clear();
}

void TrackFuser::forget(const Entry &expired)
{
    for (const ServiceKey &key : expired.formerKeys) {
        // The track may have come back and gone again under another fused track since.
        if (const auto it = m_former.constFind(key); it != m_former.cend() && *it == expired.track.id)
            m_former.erase(it);
    }
    for (const QString &id : expired.joinedIds)
        m_joinedInto.remove(id);
}

void TrackFuser::releaseDisagreeing()
{
    for (Entry &entry : m_entries) {
        if (entry.inputs.size() < 2)
            continue;
        // The best now, not when last reported: a coasting track's covariance is that of its
        // last update, however long ago that was.
        const qsizetype best = *std::min_element(entry.inputs.begin(), entry.inputs.end(), [this](qsizetype a, qsizetype b) {
            return input(a).aligned.P.trace() < input(b).aligned.P.trace();
        });
        for (qsizetype i = entry.inputs.size(); i-- > 0;) {
            if (entry.inputs[i] != best && mahalanobisSquared(input(entry.inputs[i]).aligned, input(best).aligned) > kKeepGate)
                removeContributor(entry, i);
        }
    }
}

void TrackFuser::addContributor(Entry &entry, Input *input)
{
    // Kept in nation order, so that every view lists the nations alike.
    auto &contributors = entry.track.contributors;
    qsizetype at = 0;
    while (at < qsizetype(contributors.size()) && nationBefore(contributors[size_t(at)].key.service, input->key->service))
        ++at;
    contributors.insert(contributors.begin() + at, Contributor{*input->key});
    entry.inputs.insert(at, input - m_inputs.data());
    input->assigned = true;
    entry.track.seenBy.insert(input->key->service);
    m_assignment.insert(*input->key, entry.track.id);
    ++m_membership;
}

void TrackFuser::removeContributor(Entry &entry, qsizetype i)
{
    input(entry.inputs[i]).assigned = false;
    m_assignment.remove(*input(entry.inputs[i]).key);
    entry.track.contributors.erase(entry.track.contributors.begin() + i);
    entry.inputs.remove(i);
    ++m_membership;
}

void TrackFuser::refuse(Entry &entry)
{
    FusedTrack &fused = entry.track;
    if (fused.contributors.empty())
        return;
    const auto &own = entry.inputs;
    QVarLengthArray<StateEstimate, 4> estimates;
    fused.exercise = false;
    fused.affiliation = Affiliation::Friend;
    for (qsizetype i = 0; i < own.size(); ++i) {
        Contributor &c = fused.contributors[size_t(i)];
        const Input *input = &this->input(own[i]);
        estimates.append(input->aligned);
        c.timeUtcUs = input->timeUtcUs;
        c.receivedUtcUs = input->receivedUtcUs;
        c.positionSigmaM = input->positionSigmaM;
        c.velocitySigmaMps = input->velocitySigmaMps;
        fused.exercise |= input->exercise;
        fused.affiliation = mostThreatening(fused.affiliation, input->affiliation);
    }
    fused.state = covarianceIntersection(std::span<const StateEstimate>(estimates.data(), size_t(estimates.size())));
    fused.predictedImpactUtcUs = 0;
    fused.position = geodeticOf(fused.state);
    if (fused.position.heightM < 0.0) {
        // Flown from reports that stopped (a service down, or late) past where the missile
        // meets the ground: it is held there, where the best report's flight meets it.
        const Input &best = input(own[&fused.best() - fused.contributors.data()]);
        fused.state = groundedEstimate(stateEstimateOf(best.track->state), fused.state.timeUtcUs);
        fused.predictedImpactUtcUs = fused.state.timeUtcUs;
        fused.position = geodeticOf(fused.state);
    }
    fused.position.heightM = std::max(0.0, fused.position.heightM);
    const Input &best = input(own[&fused.best() - fused.contributors.data()]);
    fused.phase = best.phase;
    fused.objectKind = best.objectKind;
    fused.stage = best.stage;
    entry.lastUpdateUtcUs = fused.state.timeUtcUs;
}

bool TrackFuser::listed(const Entry &entry) const
{
    return !entry.track.contributors.empty() && !retired(entry);
}

bool TrackFuser::retired(const Entry &entry) const
{
    return entry.track.predictedImpactUtcUs != 0
           && m_nowUtcUs - entry.track.predictedImpactUtcUs > kImpactShownUs;
}

void TrackFuser::associate(const QString &service, const std::vector<Input *> &unassigned, qint64 nowUtcUs)
{
    QHash<quint64, std::vector<qsizetype>> grid;
    for (qsizetype i = 0; i < qsizetype(m_entries.size()); ++i) {
        const FusedTrack &fused = m_entries[i].track;
        const bool hasService = std::any_of(fused.contributors.begin(), fused.contributors.end(),
                                            [&](const Contributor &c) { return c.key.service == service; });
        if (!hasService && fused.predictedImpactUtcUs == 0) {
            const auto cell = cellOf(fused.state, nowUtcUs);
            grid[cellKey(cell[0], cell[1], cell[2])].push_back(i);
        }
    }

    // Gated pairs, as adjacency both ways, to split the problem into independent clusters.
    const qsizetype rows = qsizetype(unassigned.size());
    std::vector<std::vector<std::pair<qsizetype, double>>> rowPairs(rows);
    QHash<qsizetype, std::vector<qsizetype>> entryRows;
    for (qsizetype r = 0; r < rows; ++r) {
        const auto cell = cellOf(unassigned[r]->aligned, nowUtcUs);
        for (qint64 dx = -1; dx <= 1; ++dx) {
            for (qint64 dy = -1; dy <= 1; ++dy) {
                for (qint64 dz = -1; dz <= 1; ++dz) {
                    const auto found = grid.constFind(cellKey(cell[0] + dx, cell[1] + dy, cell[2] + dz));
                    if (found == grid.cend())
                        continue;
                    for (qsizetype e : *found) {
                        const Input &report = *unassigned[r];
                        const FusedTrack &entry = m_entries[e].track;
                        if (!maySameObject(report.objectKind, report.stage, entry.objectKind, entry.stage)
                            || !mayGate(unassigned[r]->aligned, entry.state, kJoinGate))
                            continue;
                        const double d2 = mahalanobisSquared(unassigned[r]->aligned,
                                                             m_entries[e].track.state);
                        if (d2 < kJoinGate) {
                            rowPairs[r].push_back({e, d2});
                            entryRows[e].push_back(r);
                        }
                    }
                }
            }
        }
    }

    std::vector<qsizetype> assignedEntry(rows, -1);
    std::vector<char> visited(rows, 0);
    for (qsizetype start = 0; start < rows; ++start) {
        if (visited[start] || rowPairs[start].empty())
            continue;
        // One cluster: rows and entries connected through gated pairs.
        std::vector<qsizetype> clusterRows{start};
        std::vector<qsizetype> clusterEntries;
        visited[start] = 1;
        for (size_t next = 0; next < clusterRows.size(); ++next) {
            for (const auto &[e, d2] : rowPairs[clusterRows[next]]) {
                if (std::find(clusterEntries.begin(), clusterEntries.end(), e) != clusterEntries.end())
                    continue;
                clusterEntries.push_back(e);
                for (qsizetype r : entryRows.value(e)) {
                    if (!visited[r]) {
                        visited[r] = 1;
                        clusterRows.push_back(r);
                    }
                }
            }
        }
        Eigen::MatrixXd cost = Eigen::MatrixXd::Constant(qsizetype(clusterRows.size()),
                                                         qsizetype(clusterEntries.size()), kJoinGate);
        for (size_t i = 0; i < clusterRows.size(); ++i) {
            for (const auto &[e, d2] : rowPairs[clusterRows[i]]) {
                const auto col = std::find(clusterEntries.begin(), clusterEntries.end(), e)
                                 - clusterEntries.begin();
                cost(qsizetype(i), col) = d2;
            }
        }
        const std::vector<int> solution = solveAssignment(cost, kJoinGate);
        for (size_t i = 0; i < clusterRows.size(); ++i) {
            if (solution[i] >= 0)
                assignedEntry[clusterRows[i]] = clusterEntries[solution[i]];
        }
    }

    for (qsizetype r = 0; r < rows; ++r) {
        qsizetype e = assignedEntry[r];
        if (e < 0) {
            Entry created;
            created.track.id = QStringLiteral("F%1").arg(m_nextId++);
            e = qsizetype(m_entries.size());
            m_index.insert(created.track.id, e);
            m_entries.push_back(std::move(created));
        }
        Entry &entry = m_entries[e];
        addContributor(entry, unassigned[r]);
        refuse(entry);
    }
}

std::vector<const FusedTrack *> TrackFuser::tracks() const
{
    std::vector<const FusedTrack *> out;
    out.reserve(m_entries.size());
    for (const Entry &entry : m_entries) {
        if (listed(entry))
            out.push_back(&entry.track);
    }
    return out;
}

const FusedTrack *TrackFuser::find(const QString &fusedId) const
{
    const auto it = m_index.constFind(fusedId);
    return it == m_index.cend() ? nullptr : &m_entries[*it].track;
}

std::vector<FusedTrack *> TrackFuser::mutableTracks()
{
    std::vector<FusedTrack *> out;
    out.reserve(m_entries.size());
    for (Entry &entry : m_entries) {
        if (listed(entry))
            out.push_back(&entry.track);
    }
    return out;
}

} // namespace cop
