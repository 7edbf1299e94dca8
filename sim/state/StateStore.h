#pragma once

#include "AlertJournal.h"

#include "cop/sim/v1/state.pb.h"

#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace cop::sim {

// cop-sim's alert state on disk (--state-dir): a write-ahead log of StateRecords in DIR/alerts.wal,
// each framed as [u32 length][u32 CRC-32C of the payload][payload], little-endian, after an
// 8-byte magic. An acknowledgement is fsync'ed before it is applied; alert changes ride along.
//
// Opening reads what survived: a torn last record (a crash mid-write) is cut off; a damaged
// record elsewhere ends what can be trusted, so the file is set aside (alerts.wal.damaged-N) and
// a new one holds the records before it. The log is compacted (identity, every acknowledgement,
// the latest state of each alert) when it has doubled since the last compaction, so it stays as
// large as the alert state a snapshot carries, not as long as the service's history.
class StateStore final : public AlertJournal
{
public:
    static constexpr size_t kDefaultCompactBytes = size_t(256) << 10;

    // Opens or creates the store in `dir` (created if missing). Throws AlertJournalError when
    // the directory or file cannot be used.
    explicit StateStore(const std::string &dir, size_t compactAboveBytes = kDefaultCompactBytes);
    ~StateStore() override;

    StateStore(const StateStore &) = delete;
    StateStore &operator=(const StateStore &) = delete;

    struct Recovery
    {
        size_t records = 0;    // read intact
        size_t tornBytes = 0;  // cut off the end
        std::string setAside;  // where a damaged file went; empty when none
    };
    const Recovery &recovery() const { return m_recovery; }

    const std::optional<cop::sim::v1::ServiceIdentity> &identity() const { return m_identity; }
    // In the order they were applied.
    const std::vector<cop::sim::v1::StoredAcknowledgement> &acknowledgements() const
    {
        return m_acks;
    }
    const std::map<std::string, cop::v1::AlertUpdate> &alerts() const { return m_alerts; }

    // Forgets everything (the old file is set aside when it held anything) and starts a store
    // for `identity`.
    void startOver(const cop::sim::v1::ServiceIdentity &identity);
    // Rewrites the file with only what a restart needs.
    void compact();

    const std::string &path() const { return m_path; }
    size_t fileBytes() const;

    void acknowledged(const std::string &alertId, const std::string &operatorName,
                      const std::string &consoleId, int64_t timeUtcUs) override;
    void alertChanged(const cop::v1::AlertUpdate &alert) override;

private:
    void read();
    void remember(const cop::sim::v1::StateRecord &record);
    void append(const cop::sim::v1::StateRecord &record, bool sync);
    void compactLocked();
    std::string setAside(const char *why);
    void openForAppend();

    const std::string m_dir;
    const std::string m_path;
    const size_t m_compactAboveBytes;
    mutable std::mutex m_mutex;
    int m_fd = -1;
    size_t m_bytes = 0;
    size_t m_bytesAfterCompaction = 0;
    Recovery m_recovery;
    std::optional<cop::sim::v1::ServiceIdentity> m_identity;
    std::vector<cop::sim::v1::StoredAcknowledgement> m_acks;
    std::map<std::string, cop::v1::AlertUpdate> m_alerts;
};

} // namespace cop::sim
