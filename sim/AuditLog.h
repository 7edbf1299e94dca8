#pragma once

#include <cstdint>
#include <mutex>
#include <stdexcept>
#include <string>

namespace cop::sim {

struct CallerIdentity;

class AuditLogError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// An append-only record of every acknowledgement a service answered, one JSON object a line:
//   {"time_utc":"…","time_utc_us":…,"alert_id":"…","operator":"…","declared_console":"…",
//    "verified":true,"certificate_console":"…","certificate_subject":"…",
//    "certificate_sha256":"…","result":"OK"|"PERMISSION_DENIED"|…,"detail":"…"}
// Each line is written with one write(2) on a file opened O_APPEND and synced before the call
// is answered, so lines from concurrent calls never interleave and none is lost to a crash.
class AuditLog
{
public:
    // Opens (creates) the file for appending; throws AuditLogError when it cannot.
    explicit AuditLog(const std::string &path);
    ~AuditLog();

    AuditLog(const AuditLog &) = delete;
    AuditLog &operator=(const AuditLog &) = delete;

    struct Entry
    {
        int64_t timeUtcUs = 0;
        std::string alertId;
        std::string operatorName;
        std::string declaredConsoleId;
        std::string result; // the gRPC status code's name
        std::string detail;
    };
    // Throws AuditLogError when the line cannot be written.
    void append(const Entry &entry, const CallerIdentity &caller);

private:
    std::mutex m_mutex;
    int m_fd = -1;
    std::string m_path;
};

} // namespace cop::sim
