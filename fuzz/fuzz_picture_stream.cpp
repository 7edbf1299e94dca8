// A stream of untrusted events from three services, through the decoder into the picture and
// a fusion pass after every batch (what the picture pipeline thread runs, here on this one):
// association, covariance intersection and the divergence checks must survive whatever values
// the decoder lets through, in any order and batching. Inputs are bounded (PictureStream.h) so
// that a long run reaches millions of them.

#include "alerts/AlertBook.h"
#include "EventDecoder.h"
#include "fusion/FusionPass.h"
#include "FuzzSupport.h"
#include "picture/Picture.h"
#include "PictureStream.h"

#include <algorithm>
#include <utility>

namespace {

constexpr qint64 kStartUtcUs = cop::fuzz::kCorpusUtcUs;
constexpr qint64 kFrameUs = 100'000;

// What ServiceConnection keeps for one service between batches, without the sequencing: the
// fuzzer should reach the picture with any sequence numbers, not only with valid ones.
struct Pending
{
    cop::ServiceBatch batch;
    cop::Snapshot snapshot; // chunks so far
};

void route(cop::InboundEvent &event, Pending &pending)
{
    if (auto *sequenced = std::get_if<cop::SequencedEvent>(&event)) {
        pending.batch.events.push_back(std::move(*sequenced));
    } else if (auto *chunk = std::get_if<cop::SnapshotChunk>(&event)) {
        const quint64 asOfSequence = chunk->content.asOfSequence;
        pending.snapshot.append(std::move(chunk->content));
        if (chunk->last) {
            pending.snapshot.asOfSequence = asOfSequence;
            pending.batch.events.clear();
            pending.batch.snapshot = std::exchange(pending.snapshot, {});
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    cop::fuzz::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Refused, not cut, so that no such input enters the corpus. libFuzzer makes none longer
    // than the longest seed unless told to (-max_len).
    if (size > cop::fuzz::kMaxStreamBytes)
        return -1;
    qint64 nowUtcUs = kStartUtcUs;
    cop::Picture picture;
    picture.setReplayClock(nowUtcUs);
    cop::AlertBook alerts(&picture, QStringLiteral("fuzz"), QStringLiteral("fuzz-1"));
    alerts.setClock([&nowUtcUs] { return nowUtcUs; });
    cop::FusionPass fusion(cop::NationCoverage::regional());
    cop::FusionResult fused;
    for (const QString &service : cop::fuzz::kServices) {
        cop::FeedStatus status;
        status.service = service;
        status.state = cop::FeedState::Live;
        picture.updateFeed(status);
    }

    std::array<Pending, cop::fuzz::kServiceCount> pending;
    const auto flush = [&](size_t service) {
        cop::ServiceBatch &batch = pending[service].batch;
        if (batch.isEmpty())
            return;
        batch.service = cop::fuzz::kServices[service];
        batch.receivedUtcUs = nowUtcUs;
        picture.applyBatch(std::exchange(batch, {}));
        fused = fusion.run(cop::FusionInput::of(picture));
    };

    size_t at = 0;
    for (size_t frame = 0; frame < cop::fuzz::kMaxStreamFrames && size - at >= 3; ++frame) {
        const quint8 head = data[at];
        const size_t length = std::min<size_t>(data[at + 1] | data[at + 2] << 8, size - at - 3);
        const size_t service = (head & ~cop::fuzz::kEndOfBatch) % cop::fuzz::kServiceCount;
        cop::v1::PictureEvent message;
        if (message.ParseFromArray(data + at + 3, int(length))) {
            QStringList errors;
            if (auto event = cop::decodeEvent(message, nowUtcUs, &errors))
                route(*event, pending[service]);
        }
        at += 3 + length;
        nowUtcUs += kFrameUs;
        picture.setReplayClock(nowUtcUs);
        if (head & cop::fuzz::kEndOfBatch)
            flush(service);
    }
    for (size_t service = 0; service < pending.size(); ++service)
        flush(service);
    // What the views read: the prediction shown for each fused track.
    for (const cop::FusedTrack &track : fused.tracks) {
        if (track.predictionSource && !picture.predictions().contains(*track.predictionSource))
            std::abort();
    }
    return 0;
}
