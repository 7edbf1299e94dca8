#pragma once

#include "cop/v1/picture.pb.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace cop::sim {

class AlertJournal;

// The sequenced history of one service epoch and the state it adds up to. Producers append,
// every subscriber stream reads; all methods are thread-safe. The log outlives any one gRPC
// server, so a restarted server can resume its clients without loss.
class EventLog
{
public:
    // A console shows who acknowledged an alert; a watch floor has a handful of consoles per
    // nation, so 16 records cover every real case. The cap keeps an alert (every snapshot and
    // every AlertUpdate carries all of them) small whatever callers do: 16 records of at most
    // 256 + 64 bytes of names are 5.5 KB.
    static constexpr int kMaxAcknowledgements = 16;
    // gRPC refuses messages over 4 MB by default; a snapshot chunk stays well below that, so a
    // snapshot reaches every console whatever the state adds up to.
    static constexpr size_t kMaxChunkBytes = 1 << 20;

    // The resume ring holds at most `resumeCapacity` events and `resumeBytes` of them
    // serialized, and always the newest event: a few huge events must not take the memory that
    // a hundred thousand ordinary ones would.
    explicit EventLog(std::string epoch, size_t resumeCapacity = 100000,
                      size_t resumeBytes = size_t(256) << 20);

    // Where sent_utc_us and acknowledgement times come from; the wall clock unless a simulator
    // plays on a clock of its own (a fixed start time makes its stream reproducible).
    void setClock(std::function<int64_t()> clock);
    int64_t now() const;

    // Every alert change and acknowledgement from now on is written to `journal` first (nullptr:
    // none). The journal must outlive the log or be unset first.
    void setAlertJournal(AlertJournal *journal);

    // Assigns sequence = lastSequence() + 1 and sent_utc_us, updates the current state, keeps
    // the event for resuming and wakes waiters. Events with an invalid body are appended as
    // they are: the log is not a validator, and tests inject malformed data through it.
    uint64_t append(cop::v1::PictureEvent event);

    const std::string &epoch() const { return m_epoch; }
    uint64_t lastSequence() const;

    // Sequenced events after `after`, at most `max`. Returns false when the ring no longer holds
    // after + 1, or when `after` is beyond lastSequence(): the caller must send a snapshot.
    bool eventsAfter(uint64_t after, size_t max, std::vector<cop::v1::PictureEvent> *out) const;

    // The current state as SnapshotChunk events of at most chunkSize items and chunkBytes
    // serialized each, the last one flagged; at least one chunk even when there is no state.
    // An item too large for a chunk of its own is left out rather than sent in a message that
    // risks the limit (nothing the simulator makes comes near: acknowledgements are bounded).
    // *asOf is the sequence the state is consistent with.
    std::vector<cop::v1::PictureEvent> snapshot(size_t chunkSize, uint64_t *asOf,
                                                size_t chunkBytes = kMaxChunkBytes) const;

    // Blocks until lastSequence() > after, shutdown() or the timeout; returns lastSequence().
    uint64_t waitBeyond(uint64_t after, std::chrono::milliseconds timeout) const;

    // Releases every waiter now and later; appending still works.
    void shutdown();
    bool isShutdown() const;

    std::optional<cop::v1::AlertUpdate> alert(const std::string &alertId) const;

    // Applies `change` to the alert atomically with respect to every other writer. When it
    // returns true the changed alert is appended as an AlertUpdate event. Returns the alert's
    // state afterwards, or nothing when the id is unknown.
    std::optional<cop::v1::AlertUpdate>
    updateAlert(const std::string &alertId,
                const std::function<bool(cop::v1::AlertUpdate &)> &change);

    // ISA-18.2 acknowledgement: records operator, console and time, and moves an unacknowledged
    // alert to its acknowledged state. Idempotent: acknowledging again from the same operator
    // and console changes nothing and appends nothing. Past kMaxAcknowledgements records the
    // state still changes but no record is added: the first acknowledgers are the ones an
    // audit asks for. Nothing when the id is unknown. Throws AlertJournalError, changing
    // nothing, when the journal cannot make the acknowledgement durable. `verifiedConsoleId`:
    // the console's id from its verified certificate, empty when the call was not
    // authenticated; the journal does not keep it, so acknowledgements restored after a restart
    // are no longer vouched for (the audit log keeps who it was).
    std::optional<cop::v1::AlertUpdate> acknowledge(const std::string &alertId,
                                                    const std::string &operatorName,
                                                    const std::string &consoleId,
                                                    int64_t timeUtcUs,
                                                    const std::string &verifiedConsoleId = {});

private:
    uint64_t appendLocked(cop::v1::PictureEvent event);
    void applyLocked(const cop::v1::PictureEvent &event);

    const std::string m_epoch;
    const size_t m_capacity;
    const size_t m_capacityBytes;
    std::function<int64_t()> m_clock;
    AlertJournal *m_journal = nullptr;

    mutable std::mutex m_mutex;
    mutable std::condition_variable m_grown;
    uint64_t m_lastSequence = 0;
    bool m_shutdown = false;
    std::deque<cop::v1::PictureEvent> m_ring;
    size_t m_ringBytes = 0;

    // Ordered maps keep snapshots deterministic.
    std::map<std::string, cop::v1::TrackUpdate> m_tracks;
    std::map<std::string, cop::v1::Launch> m_launches;
    std::map<std::string, cop::v1::Prediction> m_predictions;
    std::map<std::string, cop::v1::AlertUpdate> m_alerts;
};

} // namespace cop::sim
