#include "AuditLog.h"

#include "CallerIdentity.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>

#include <fcntl.h>
#include <unistd.h>

namespace cop::sim {

namespace {

std::string quoted(const std::string &text)
{
    std::string out = "\"";
    for (const unsigned char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
            out += escaped;
        } else {
            out += char(c);
        }
    }
    return out + '"';
}

std::string isoTime(int64_t utcUs)
{
    const time_t seconds = time_t(utcUs / 1000000);
    struct tm parts = {};
    gmtime_r(&seconds, &parts);
    char text[40];
    const size_t length = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &parts);
    std::snprintf(text + length, sizeof text - length, ".%06lldZ",
                  static_cast<long long>(utcUs % 1000000));
    return text;
}

} // namespace

AuditLog::AuditLog(const std::string &path)
    : m_fd(::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640))
    , m_path(path)
{
    if (m_fd < 0)
        throw AuditLogError("cannot open audit log " + path + ": " + std::strerror(errno));
}

AuditLog::~AuditLog()
{
    ::close(m_fd);
}

void AuditLog::append(const Entry &entry, const CallerIdentity &caller)
{
    std::string line = "{\"time_utc\":" + quoted(isoTime(entry.timeUtcUs))
                       + ",\"time_utc_us\":" + std::to_string(entry.timeUtcUs)
                       + ",\"alert_id\":" + quoted(entry.alertId)
                       + ",\"operator\":" + quoted(entry.operatorName)
                       + ",\"declared_console\":" + quoted(entry.declaredConsoleId)
                       + ",\"verified\":" + (caller.verified ? "true" : "false")
                       + ",\"certificate_console\":" + quoted(caller.consoleId)
                       + ",\"certificate_subject\":" + quoted(caller.subject)
                       + ",\"certificate_sha256\":" + quoted(caller.sha256)
                       + ",\"result\":" + quoted(entry.result)
                       + ",\"detail\":" + quoted(entry.detail) + "}\n";
    std::lock_guard lock(m_mutex);
    const ssize_t written = ::write(m_fd, line.data(), line.size());
    if (written != ssize_t(line.size()) || ::fdatasync(m_fd) != 0)
        throw AuditLogError("cannot write audit log " + m_path + ": " + std::strerror(errno));
}

} // namespace cop::sim
