#include "StateStore.h"

#include "journal/Crc32c.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cop::sim {

namespace {

using cop::sim::v1::StateRecord;

constexpr char kMagic[] = "COPSTAT1";
constexpr size_t kMagicBytes = sizeof kMagic - 1;
constexpr size_t kHeaderBytes = 8;
// No record comes near this (an alert with 16 acknowledgements is under 6 KB); a larger length
// can only be damage.
constexpr uint32_t kMaxRecordBytes = 1u << 20;

[[noreturn]] void fail(const std::string &what, const std::string &path)
{
    throw AlertJournalError(what + " " + path + ": " + std::strerror(errno));
}

uint32_t crcOf(const std::string &payload)
{
    return cop::crc32c(QByteArrayView(payload.data(), qsizetype(payload.size())));
}

void putLe32(std::string *out, uint32_t value)
{
    for (int i = 0; i < 4; ++i)
        out->push_back(char((value >> (8 * i)) & 0xff));
}

uint32_t getLe32(const std::string &in, size_t at)
{
    uint32_t value = 0;
    for (int i = 3; i >= 0; --i)
        value = (value << 8) | uint8_t(in[at + size_t(i)]);
    return value;
}

std::string frame(const StateRecord &record)
{
    const std::string payload = record.SerializeAsString();
    std::string out;
    out.reserve(kHeaderBytes + payload.size());
    putLe32(&out, uint32_t(payload.size()));
    putLe32(&out, crcOf(payload));
    out += payload;
    return out;
}

void writeAll(int fd, const std::string &bytes, const std::string &path)
{
    size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            fail("cannot write", path);
        done += size_t(n);
    }
}

// A rename or a new file is durable only once its directory is.
void syncDirectory(const std::string &dir)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        fail("cannot open", dir);
    const int result = ::fsync(fd);
    ::close(fd);
    if (result != 0)
        fail("cannot sync", dir);
}

bool readWhole(const std::string &path, std::string *out)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return false;
        fail("cannot open", path);
    }
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            ::close(fd);
            fail("cannot read", path);
        }
        if (n == 0)
            break;
        out->append(buffer, size_t(n));
    }
    ::close(fd);
    return true;
}

} // namespace

StateStore::StateStore(const std::string &dir, size_t compactAboveBytes)
    : m_dir(dir), m_path(dir + "/alerts.wal"), m_compactAboveBytes(compactAboveBytes)
{
    if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST)
        fail("cannot create", dir);
    read();
}

StateStore::~StateStore()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void StateStore::read()
{
    std::string bytes;
    const bool existed = readWhole(m_path, &bytes);
    // A file shorter than the magic was cut while being created: it held nothing.
    if (!existed || (bytes.size() < kMagicBytes && std::string(kMagic).starts_with(bytes))) {
        compactLocked();
        return;
    }
    if (bytes.compare(0, kMagicBytes, kMagic) != 0) {
        m_recovery.setAside = setAside("damaged");
        compactLocked();
        return;
    }
    size_t at = kMagicBytes;
    bool damaged = false;
    while (at < bytes.size()) {
        const size_t left = bytes.size() - at;
        if (left < kHeaderBytes)
            break; // torn header
        const uint32_t length = getLe32(bytes, at);
        if (length > kMaxRecordBytes) {
            damaged = true;
            break;
        }
        if (length > left - kHeaderBytes)
            break; // torn payload
        const std::string payload = bytes.substr(at + kHeaderBytes, length);
        const bool last = at + kHeaderBytes + length == bytes.size();
        StateRecord record;
        if (crcOf(payload) != getLe32(bytes, at + 4) || !record.ParseFromString(payload)) {
            // The last record's bytes may not all have reached the disk; anywhere else the
            // file itself is damaged.
            damaged = !last;
            break;
        }
        remember(record);
        ++m_recovery.records;
        at += kHeaderBytes + length;
    }
    if (damaged) {
        m_recovery.setAside = setAside("damaged");
        compactLocked();
        return;
    }
    m_recovery.tornBytes = bytes.size() - at;
    if (m_recovery.tornBytes > 0 && ::truncate(m_path.c_str(), off_t(at)) != 0)
        fail("cannot truncate", m_path);
    m_bytes = at;
    m_bytesAfterCompaction = at;
    openForAppend();
}

void StateStore::openForAppend()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = ::open(m_path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
    if (m_fd < 0)
        fail("cannot open", m_path);
}

void StateStore::remember(const StateRecord &record)
{
    switch (record.body_case()) {
    case StateRecord::kIdentity:
        m_identity = record.identity();
        break;
    case StateRecord::kAcknowledgement:
        m_acks.push_back(record.acknowledgement());
        break;
    case StateRecord::kAlert:
        m_alerts[record.alert().alert_id()] = record.alert();
        break;
    default:
        break; // a newer writer's record: nothing this reader needs
    }
}

std::string StateStore::setAside(const char *why)
{
    for (int n = 1;; ++n) {
        const std::string target = m_path + "." + why + "-" + std::to_string(n);
        struct stat info;
        if (::stat(target.c_str(), &info) == 0)
            continue;
        if (::rename(m_path.c_str(), target.c_str()) != 0)
            fail("cannot set aside", m_path);
        return target;
    }
}

void StateStore::startOver(const cop::sim::v1::ServiceIdentity &identity)
{
    std::lock_guard lock(m_mutex);
    if (m_identity || !m_acks.empty() || !m_alerts.empty())
        setAside("replaced");
    m_identity = identity;
    m_acks.clear();
    m_alerts.clear();
    compactLocked();
}

void StateStore::compact()
{
    std::lock_guard lock(m_mutex);
    compactLocked();
}

void StateStore::compactLocked()
{
    std::string bytes(kMagic, kMagicBytes);
    StateRecord record;
    if (m_identity) {
        *record.mutable_identity() = *m_identity;
        bytes += frame(record);
    }
    for (const auto &ack : m_acks) {
        *record.mutable_acknowledgement() = ack;
        bytes += frame(record);
    }
    for (const auto &[id, alert] : m_alerts) {
        *record.mutable_alert() = alert;
        bytes += frame(record);
    }
    // Written whole beside the log and renamed over it: a crash leaves one or the other.
    const std::string temporary = m_path + ".tmp";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        fail("cannot create", temporary);
    try {
        writeAll(fd, bytes, temporary);
        if (::fsync(fd) != 0)
            fail("cannot sync", temporary);
    } catch (...) {
        ::close(fd);
        throw;
    }
    ::close(fd);
    if (::rename(temporary.c_str(), m_path.c_str()) != 0)
        fail("cannot replace", m_path);
    syncDirectory(m_dir);
    m_bytes = bytes.size();
    m_bytesAfterCompaction = m_bytes;
    openForAppend();
}

size_t StateStore::fileBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_bytes;
}

void StateStore::append(const StateRecord &record, bool sync)
{
    const std::string bytes = frame(record);
    try {
        writeAll(m_fd, bytes, m_path);
        if (sync && ::fdatasync(m_fd) != 0)
            fail("cannot sync", m_path);
    } catch (const AlertJournalError &) {
        // A part-written record would end what a restart can read; the next one goes here.
        if (::ftruncate(m_fd, off_t(m_bytes)) != 0)
            std::fprintf(stderr, "cop-sim: state store: cannot cut %s back\n", m_path.c_str());
        throw;
    }
    m_bytes += bytes.size();
    remember(record);
    if (m_bytes > m_compactAboveBytes && m_bytes > 2 * m_bytesAfterCompaction)
        compactLocked();
}

void StateStore::acknowledged(const std::string &alertId, const std::string &operatorName,
                              const std::string &consoleId, int64_t timeUtcUs)
{
    StateRecord record;
    auto *ack = record.mutable_acknowledgement();
    ack->set_alert_id(alertId);
    ack->set_operator_name(operatorName);
    ack->set_console_id(consoleId);
    ack->set_time_utc_us(timeUtcUs);
    std::lock_guard lock(m_mutex);
    append(record, true);
}

void StateStore::alertChanged(const cop::v1::AlertUpdate &alert)
{
    StateRecord record;
    *record.mutable_alert() = alert;
    std::lock_guard lock(m_mutex);
    try {
        append(record, false);
    } catch (const AlertJournalError &error) {
        // The simulator raises this alert again after a restart; the next acknowledgement
        // reports the disk's trouble to the console that sent it.
        std::fprintf(stderr, "cop-sim: state store: %s\n", error.what());
    }
}

} // namespace cop::sim
