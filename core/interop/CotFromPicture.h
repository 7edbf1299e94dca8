#pragma once

#include "fusion/FusedPicture.h"
#include "interop/CotEvent.h"

#include <memory>
#include <optional>
#include <vector>

namespace cop {

// The fused picture at one moment, as data another thread may read while the picture moves on:
// the fusion result is immutable and the hashes are implicitly shared, so taking it costs the GUI
// thread nothing whatever the picture holds.
struct CotPicture
{
    std::shared_ptr<const FusionResult> fusion;
    QHash<ServiceKey, Launch> launches;
    QHash<ServiceKey, Prediction> predictions;
    qint64 nowUtcUs = 0;

    static CotPicture of(const FusedPicture &picture);
    // A fusion result and the picture it was made from, at the picture's clock (a replay's
    // position in a recording).
    static CotPicture of(std::shared_ptr<const FusionResult> fusion, const Picture *picture);
};

// The start of every uid a console sends: "cop." and its console id.
QString cotUidPrefix(const QString &consoleId);

// How long a client keeps each kind of event without hearing it again: a track moves, so it goes
// old soon; a launch or impact point is sent again at least every kCotKeepAliveUs (CotSchedule).
inline constexpr qint64 kCotTrackStaleUs = 10'000'000;
inline constexpr qint64 kCotPointStaleUs = 60'000'000;

// The CoT events for one fused track (README, "Cursor-on-Target"): the missile as an air track
// (a space launch's vehicle, pieces and satellite as space tracks, by its `launch`, which may be
// nullptr), its launch point, and its predicted impact point with the 95 % ellipse. Every uid
// begins with `uidPrefix`, which names the console: two consoles' F1 need not be the same missile.
CotEvent cotTrackEvent(const FusedTrack &track, const Launch *launch, const QString &uidPrefix, qint64 nowUtcUs);
CotEvent cotLaunchEvent(const FusedTrack &track, const Launch &launch, const QString &uidPrefix,
                        qint64 nowUtcUs);
CotEvent cotImpactEvent(const FusedTrack &track, const Launch *launch, const Prediction &prediction,
                        const QString &uidPrefix, qint64 nowUtcUs);

// Every event the picture offers: each track, then its launch and predicted impact where the
// picture has them.
std::vector<CotEvent> cotEventsOf(const CotPicture &picture, const QString &uidPrefix);

} // namespace cop
