#pragma once

#include "fusion/FusedTrack.h"

#include <QHash>
#include <QVarLengthArray>

#include <vector>

namespace cop {

// Track-to-track association across services, and the fused state of each associated group.
//
// Per batch: a service track stays with its fused track while it still agrees with that fused
// track's best other contributor (a looser gate than the one for joining, so a noisy update
// does not flap); what is left is associated service by service, by a chi-square gate on
// position and velocity with both covariances and a minimum-cost assignment within each gated
// cluster, so two missiles of a salvo never swap. A track that matches nothing starts a new
// fused track. Two fused tracks with no nation in common that come to agree (a nation's track
// of a boosting missile that did not gate at first) are joined under the older id. A fused track
// whose contributors have all gone (a service reconnecting with new ids, or dropping out) coasts
// for a while, so that the tracks coming back get its id again. One that its nations' last
// reports, flown on, take into the ground is held at its predicted impact and then retired.
//
// A missile keeps its fused id while a nation drops its track and starts a new one: the new
// track joins the fused track the others still hold (or the coasting one), and a new fused track
// made meanwhile is joined into the older one. So that what was said about the dropped track
// (its alerts) stays with the missile, the fuser remembers which fused track each dropped track
// belonged to, and which fused ids were joined into which, for as long as that fused track lives.
//
// Time is the data's: the newest track time seen, so that a replay or a test feeding a
// scenario faster than real time sees the same fusion as a live console.
class TrackFuser
{
public:
    // Chi-square, 6 degrees of freedom: 99.9 % to join, 99.999 % to stay.
    static constexpr double kJoinGate = 22.46;
    static constexpr double kKeepGate = 33.1;
    static constexpr qint64 kCoastUs = 60'000'000;
    // A track flown into the ground is shown at its predicted impact this long, then retired:
    // its nations' stale tracks stay with it, so they start no new fused track.
    static constexpr qint64 kImpactShownUs = 60'000'000;
    // The farthest a track is flown to the batch's data time: a track coasting longer says
    // little about where its missile is now, and the work of flying it grows with the gap, so
    // it sits the pass out (the decoder lets tracks up to a flight old through).
    static constexpr qint64 kMaxAlignUs = 600'000'000;

    void update(const TrackTable &tracks);
    // The batch's data time: the newest track time, unless it lies beyond kMaxAlignUs ahead of
    // the median one.
    static qint64 dataTimeOf(const TrackTable &tracks);

    // Fused tracks with at least one contributor and not retired, in order of creation.
    std::vector<const FusedTrack *> tracks() const;
    const FusedTrack *find(const QString &fusedId) const;
    // The fused track a service track belongs to, or an empty string.
    QString fusedIdOf(const ServiceKey &key) const { return m_assignment.value(key); }
    // Which fused track each service track that has gone belonged to, and which fused ids were
    // joined into which: both only while that fused track lives.
    const QHash<ServiceKey, QString> &formerAssignment() const { return m_former; }
    const QHash<QString, QString> &joinedInto() const { return m_joinedInto; }
    // The same tracks as tracks(), for a pass to annotate (prediction source, divergence).
    std::vector<FusedTrack *> mutableTracks();
    // The newest track time of the last update: the fusion's present.
    qint64 dataTimeUtcUs() const { return m_nowUtcUs; }
    // Tracks the last update left out for being too far from its data time.
    qsizetype outOfTime() const { return m_outOfTime; }
    // Counts up whenever a fused track gains or loses a contributor, or goes: while it stays,
    // tracks() lists the same fused tracks of the same contributors (or fewer, as they retire).
    quint64 membership() const { return m_membership; }

private:
    // A track of the batch. Its key and the track are the table's own, which outlives update():
    // the pass reads each track once, when its memory is at hand, and copies what the fusion
    // needs of it. At 3 x 10,000 tracks, reading the scattered tracks again (and copying each
    // key's strings) stalled the pass on memory for about a third of its time.
    struct Input
    {
        const ServiceKey *key;
        const Track *track;
        // Flown to the batch's data time, once: every comparison and fusion uses this.
        StateEstimate aligned;
        // The accuracy as reported, which the contributor shows.
        double positionSigmaM;
        double velocitySigmaMps;
        qint64 timeUtcUs;
        qint64 receivedUtcUs;
        TrackPhase phase;
        Affiliation affiliation;
        ObjectKind objectKind;
        quint8 stage;
        bool exercise;
        bool assigned = false; // a contributor of a fused track
    };
    // The table's tracks in its order, gathered before they are read.
    struct Tracked
    {
        const ServiceKey *key;
        const Track *track;
    };
    struct Entry
    {
        FusedTrack track;
        qint64 lastUpdateUtcUs = 0;
        // What m_former and m_joinedInto hold for this track, to forget when it expires.
        std::vector<ServiceKey> formerKeys;
        QStringList joinedIds;
        // Each contributor's input (its index in m_inputs), in the contributors' order: found
        // once a batch, and where the last batch found it, the next looks first.
        QVarLengthArray<qsizetype, 4> inputs;
    };

    void releaseDisagreeing();
    void associate(const QString &service, const std::vector<Input *> &unassigned, qint64 nowUtcUs);
    void joinSplitTracks(qint64 nowUtcUs);
    Input &input(qsizetype i) { return m_inputs[size_t(i)]; }
    void addContributor(Entry &entry, Input *input);
    void removeContributor(Entry &entry, qsizetype i);
    void refuse(Entry &entry);
    void join(Entry &kept, Entry &joined);
    void forget(const Entry &expired);
    bool retired(const Entry &entry) const;
    // Whether tracks() lists it: it has a contributor and is not retired.
    bool listed(const Entry &entry) const;

    // The batch's inputs (over a megabyte at 3,000 tracks) and tracks, kept between batches only
    // for their storage: a fresh buffer that big is mapped and faulted in anew whenever the
    // allocator has given the last one back. Nothing reads them outside update(), where the
    // table they point into is alive.
    std::vector<Input> m_inputs;
    std::vector<Tracked> m_tracked;
    std::vector<Entry> m_entries; // creation order
    QHash<QString, qsizetype> m_index;
    QHash<ServiceKey, QString> m_assignment;
    QHash<ServiceKey, QString> m_former;
    QHash<QString, QString> m_joinedInto;
    quint64 m_nextId = 1;
    quint64 m_membership = 0;
    qint64 m_nowUtcUs = 0;
    qsizetype m_outOfTime = 0;
};

} // namespace cop
