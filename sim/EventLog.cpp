#include "EventLog.h"

#include "AlertJournal.h"
#include "Clock.h"

#include <algorithm>

namespace cop::sim {

using cop::v1::AlertState;
using cop::v1::PictureEvent;

EventLog::EventLog(std::string epoch, size_t resumeCapacity, size_t resumeBytes)
    : m_epoch(std::move(epoch))
    , m_capacity(std::max<size_t>(resumeCapacity, 1))
    , m_capacityBytes(resumeBytes)
    , m_clock(nowUtcUs)
{
}

void EventLog::setClock(std::function<int64_t()> clock)
{
    std::lock_guard lock(m_mutex);
    m_clock = std::move(clock);
}

void EventLog::setAlertJournal(AlertJournal *journal)
{
    std::lock_guard lock(m_mutex);
    m_journal = journal;
}

int64_t EventLog::now() const
{
    std::lock_guard lock(m_mutex);
    return m_clock();
}

uint64_t EventLog::append(PictureEvent event)
{
    uint64_t sequence;
    {
        std::lock_guard lock(m_mutex);
        sequence = appendLocked(std::move(event));
    }
    m_grown.notify_all();
    return sequence;
}

uint64_t EventLog::appendLocked(PictureEvent event)
{
    if (m_journal && event.has_alert_update())
        m_journal->alertChanged(event.alert_update());
    event.set_sequence(++m_lastSequence);
    event.set_sent_utc_us(m_clock());
    applyLocked(event);
    m_ring.push_back(std::move(event));
    // Measured in place: a moved message does not keep its cached size.
    m_ringBytes += m_ring.back().ByteSizeLong();
    while (m_ring.size() > 1
           && (m_ring.size() > m_capacity || m_ringBytes > m_capacityBytes)) {
        // ByteSizeLong() cached the size when the event came in; nothing has changed it since.
        m_ringBytes -= static_cast<size_t>(m_ring.front().GetCachedSize());
        m_ring.pop_front();
    }
    return m_lastSequence;
}

void EventLog::applyLocked(const PictureEvent &event)
{
    switch (event.body_case()) {
    case PictureEvent::kTrackUpdate:
        m_tracks[event.track_update().track_id()] = event.track_update();
        break;
    case PictureEvent::kTrackDrop:
        m_tracks.erase(event.track_drop().track_id());
        m_predictions.erase(event.track_drop().track_id());
        break;
    case PictureEvent::kLaunch:
        m_launches[event.launch().launch_id()] = event.launch();
        break;
    case PictureEvent::kPrediction:
        m_predictions[event.prediction().track_id()] = event.prediction();
        break;
    case PictureEvent::kAlertUpdate:
        m_alerts[event.alert_update().alert_id()] = event.alert_update();
        break;
    default:
        // Not state: stream control, or a body the log keeps only so it can be replayed.
        break;
    }
}

uint64_t EventLog::lastSequence() const
{
    std::lock_guard lock(m_mutex);
    return m_lastSequence;
}

bool EventLog::eventsAfter(uint64_t after, size_t max, std::vector<PictureEvent> *out) const
{
    std::lock_guard lock(m_mutex);
    if (after > m_lastSequence)
        return false;
    if (after == m_lastSequence)
        return true;
    const uint64_t oldest = m_ring.front().sequence();
    if (after + 1 < oldest)
        return false;
    const auto begin = m_ring.begin() + static_cast<std::ptrdiff_t>(after + 1 - oldest);
    const auto count = std::min<size_t>(max, static_cast<size_t>(m_ring.end() - begin));
    out->insert(out->end(), begin, begin + static_cast<std::ptrdiff_t>(count));
    return true;
}

namespace {

// Upper bounds of what framing adds on the wire: a field's tag and length around each item, and
// the chunk's own fields (sequence, time, as_of, last, the body's tag and length).
constexpr size_t kItemFramingBytes = 6;
constexpr size_t kChunkFramingBytes = 64;

class ChunkBuilder
{
public:
    ChunkBuilder(size_t chunkSize, size_t chunkBytes, uint64_t asOf, int64_t sentUtcUs)
        : m_chunkSize(std::max<size_t>(chunkSize, 1))
        , m_itemBudget(chunkBytes > kChunkFramingBytes ? chunkBytes - kChunkFramingBytes : 0)
        , m_asOf(asOf)
        , m_sentUtcUs(sentUtcUs)
    {
    }

    template<typename Map, typename Add>
    void addAll(const Map &items, Add add)
    {
        for (const auto &[id, item] : items) {
            const size_t bytes = item.ByteSizeLong() + kItemFramingBytes;
            if (bytes > m_itemBudget)
                continue;
            if (m_chunks.empty() || m_itemsInChunk == m_chunkSize
                || m_bytesInChunk + bytes > m_itemBudget)
                startChunk();
            *(m_chunks.back().mutable_snapshot()->*add)() = item;
            ++m_itemsInChunk;
            m_bytesInChunk += bytes;
        }
    }

    std::vector<PictureEvent> finish()
    {
        if (m_chunks.empty())
            startChunk();
        m_chunks.back().mutable_snapshot()->set_last(true);
        return std::move(m_chunks);
    }

private:
    void startChunk()
    {
        PictureEvent &event = m_chunks.emplace_back();
        event.set_sent_utc_us(m_sentUtcUs);
        event.mutable_snapshot()->set_as_of_sequence(m_asOf);
        m_itemsInChunk = 0;
        m_bytesInChunk = 0;
    }

    const size_t m_chunkSize;
    const size_t m_itemBudget;
    const uint64_t m_asOf;
    const int64_t m_sentUtcUs;
    size_t m_itemsInChunk = 0;
    size_t m_bytesInChunk = 0;
    std::vector<PictureEvent> m_chunks;
};

} // namespace

std::vector<PictureEvent> EventLog::snapshot(size_t chunkSize, uint64_t *asOf,
                                             size_t chunkBytes) const
{
    using cop::v1::SnapshotChunk;
    std::lock_guard lock(m_mutex);
    *asOf = m_lastSequence;
    ChunkBuilder builder(chunkSize, chunkBytes, m_lastSequence, m_clock());
    builder.addAll(m_tracks, &SnapshotChunk::add_tracks);
    builder.addAll(m_launches, &SnapshotChunk::add_launches);
    builder.addAll(m_predictions, &SnapshotChunk::add_predictions);
    builder.addAll(m_alerts, &SnapshotChunk::add_alerts);
    return builder.finish();
}

uint64_t EventLog::waitBeyond(uint64_t after, std::chrono::milliseconds timeout) const
{
    std::unique_lock lock(m_mutex);
    m_grown.wait_for(lock, timeout, [&] { return m_lastSequence > after || m_shutdown; });
    return m_lastSequence;
}

void EventLog::shutdown()
{
    {
        std::lock_guard lock(m_mutex);
        m_shutdown = true;
    }
    m_grown.notify_all();
}

bool EventLog::isShutdown() const
{
    std::lock_guard lock(m_mutex);
    return m_shutdown;
}

std::optional<cop::v1::AlertUpdate> EventLog::alert(const std::string &alertId) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_alerts.find(alertId);
    if (it == m_alerts.end())
        return std::nullopt;
    return it->second;
}

std::optional<cop::v1::AlertUpdate>
EventLog::updateAlert(const std::string &alertId,
                      const std::function<bool(cop::v1::AlertUpdate &)> &change)
{
    std::optional<cop::v1::AlertUpdate> result;
    bool appended = false;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_alerts.find(alertId);
        if (it == m_alerts.end())
            return std::nullopt;
        result = it->second;
        if (change(*result)) {
            PictureEvent event;
            *event.mutable_alert_update() = *result;
            appendLocked(std::move(event));
            appended = true;
        }
    }
    if (appended)
        m_grown.notify_all();
    return result;
}

std::optional<cop::v1::AlertUpdate> EventLog::acknowledge(const std::string &alertId,
                                                          const std::string &operatorName,
                                                          const std::string &consoleId,
                                                          int64_t timeUtcUs,
                                                          const std::string &verifiedConsoleId)
{
    return updateAlert(alertId, [&](cop::v1::AlertUpdate &alert) {
        const bool alreadyBySame = std::any_of(
            alert.acknowledgements().begin(), alert.acknowledgements().end(),
            [&](const cop::v1::Acknowledgement &ack) {
                return ack.operator_name() == operatorName && ack.console_id() == consoleId;
            });
        const AlertState acknowledgedState =
            alert.state() == cop::v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED
                ? cop::v1::ALERT_STATE_ACTIVE_ACKNOWLEDGED
            : alert.state() == cop::v1::ALERT_STATE_CLEARED_UNACKNOWLEDGED
                ? cop::v1::ALERT_STATE_CLEARED
                : alert.state();
        const bool record =
            !alreadyBySame && alert.acknowledgements_size() < kMaxAcknowledgements;
        if (!record && acknowledgedState == alert.state())
            return false;
        if (m_journal)
            m_journal->acknowledged(alertId, operatorName, consoleId, timeUtcUs);
        if (record) {
            cop::v1::Acknowledgement *ack = alert.add_acknowledgements();
            ack->set_operator_name(operatorName);
            ack->set_console_id(consoleId);
            ack->set_time_utc_us(timeUtcUs);
            ack->set_verified_console_id(verifiedConsoleId);
        }
        alert.set_state(acknowledgedState);
        return true;
    });
}

} // namespace cop::sim
