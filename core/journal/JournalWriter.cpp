#include "journal/JournalWriter.h"

#include "base/BackgroundPool.h"
#include "journal/JournalLayout.h"
#include "journal/JournalRecovery.h"
#include "journal/PayloadCodec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <pthread.h>
#endif

namespace cop {

using namespace std::chrono;

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Makes a new file's name durable: without this a power cut can lose the whole segment.
void syncDirectory(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// A payload this large goes to the file from where it is.
bool writtenInPlace(const JournalRecord &record)
{
    return record.payload.size() >= 1 << 20;
}

qint64 recordBytes(const JournalRecord &record)
{
    return journal::kRecordHeaderSize + journal::kMinRecordBody + record.service.size()
           + record.payload.size();
}

} // namespace

JournalWriter::JournalWriter(JournalSettings settings, QString consoleId, QStringList services,
                             int tracksPerService, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_consoleId(std::move(consoleId))
    , m_services(std::move(services))
    , m_tracksPerService(tracksPerService)
{}

JournalWriter::~JournalWriter()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
    closeSegment();
}

bool JournalWriter::start(QString *error)
{
    if (!QDir().mkpath(m_settings.directory)) {
        *error = tr("cannot create journal folder %1").arg(m_settings.directory);
        return false;
    }
    // Only the newest session can be unfinished: each start recovers the one before it.
    const QStringList sessions = journal::sessionDirectories(m_settings.directory);
    if (!sessions.isEmpty())
        journal::recoverSegment(journal::segmentFiles(sessions.last()).last());

    const QDir root(m_settings.directory);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmsszzz'Z'");
    m_session = stamp;
    for (int n = 2; !root.mkdir(m_session); ++n) {
        if (n > 100) {
            *error = tr("cannot create a session folder in %1").arg(m_settings.directory);
            return false;
        }
        m_session = stamp + u'-' + QString::number(n);
    }
    m_sessionDir = root.absoluteFilePath(m_session);
    applyRetention();
    if (!openSegment(error))
        return false;
    m_recording = true;
    m_thread = std::thread([this] {
        // Recording must not come before what the operator sees next: a keyframe of 30,000
        // tracks with full trails takes hundreds of ms to encode every 30 s, and at the normal
        // priority it went ahead of the picture pipeline and the overlay build. With an equal
        // share an operator's action waits for its turn, not behind a keyframe.
        yieldToInteractiveThreads(Urgency::Picture);
#ifdef Q_OS_LINUX
        pthread_setname_np(pthread_self(), "journal writer");
#endif
        run();
    });
    return true;
}

void JournalWriter::append(JournalRecord record)
{
    enqueue(std::move(record), false);
}

void JournalWriter::appendDurable(JournalRecord record)
{
    enqueue(std::move(record), true);
}

void JournalWriter::appendKeyframe(qint64 timeUtcUs, PictureContent content)
{
    JournalRecord record;
    record.kind = JournalRecord::Kind::Keyframe;
    record.timeUtcUs = timeUtcUs;
    record.keyframe = std::make_shared<const PictureContent>(std::move(content));
    enqueue(std::move(record), false);
}

void JournalWriter::enqueue(JournalRecord record, bool durable)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_recording || m_queuedBytes > kMaxQueuedBytes) {
            ++m_dropped;
            return;
        }
        m_queuedBytes += recordBytes(record);
        m_queue.push_back(std::move(record));
        ++m_appended;
        m_durablePending = m_durablePending || durable;
        if (!durable)
            return;
    }
    m_wake.notify_one();
}

void JournalWriter::flush()
{
    std::unique_lock lock(m_mutex);
    if (!m_thread.joinable())
        return;
    const quint64 ticket = m_appended;
    m_syncRequested = true;
    m_wake.notify_one();
    m_progress.wait(lock, [&] { return m_completed >= ticket; });
}

bool JournalWriter::isRecording() const
{
    std::lock_guard lock(m_mutex);
    return m_recording;
}

QString JournalWriter::stoppedReason() const
{
    std::lock_guard lock(m_mutex);
    return m_stoppedReason;
}

quint64 JournalWriter::droppedRecords() const
{
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

quint64 JournalWriter::syncCount() const
{
    std::lock_guard lock(m_mutex);
    return m_syncs;
}

void JournalWriter::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        // Woken at once for a durable record or a flush; otherwise records collect for one
        // write interval and go to the file in one write.
        m_wake.wait_for(lock, kWriteInterval, [this] {
            return m_stopping || m_durablePending || m_syncRequested;
        });
        std::vector<JournalRecord> batch = std::exchange(m_queue, {});
        const bool sync = m_durablePending || m_syncRequested || m_stopping;
        m_durablePending = m_syncRequested = false;
        m_queuedBytes = 0;
        const quint64 target = m_appended;
        const bool stopping = m_stopping;
        lock.unlock();

        for (JournalRecord &record : batch) {
            if (record.keyframe)
                record.payload = journal::encodePicture(*std::exchange(record.keyframe, nullptr));
        }
        writeBatch(batch, sync);

        lock.lock();
        m_completed = target;
        m_progress.notify_all();
        if (stopping && m_queue.empty())
            return;
    }
}

void JournalWriter::writeBatch(std::vector<JournalRecord> &batch, bool sync)
{
    const auto now = steady_clock::now();
    if (m_fd < 0) {
        if (now < m_nextRetry)
            return; // stopped: enqueue() already drops, this is what was queued before
        QString error;
        if (!openSegment(&error)) {
            m_nextRetry = now + kRetryInterval;
            return;
        }
        {
            std::lock_guard lock(m_mutex);
            m_recording = true;
            m_stoppedReason.clear();
        }
        emit recordingChanged(true, tr("recording resumed in %1").arg(m_segmentPath));
        return;
    }
    if (!batch.empty()) {
        if (m_segmentSize >= m_settings.segmentBytes || now - m_segmentOpened >= m_settings.segmentAge) {
            closeSegment();
            QString error;
            if (!openSegment(&error)) {
                stopRecording(error);
                return;
            }
            applyRetention();
        }
        // Small records go in one write; a keyframe's payload (90 MB at 3 x 10,000 tracks with
        // full trails) goes from where it was encoded, not copied into a fresh buffer first.
        QByteArray bytes;
        qint64 size = 0;
        for (const JournalRecord &record : batch)
            size += recordBytes(record) - (writtenInPlace(record) ? record.payload.size() : 0);
        bytes.reserve(size);
        qint64 written = 0;
        QString error;
        bool ok = true;
        for (const JournalRecord &record : batch) {
            if (!writtenInPlace(record)) {
                journal::appendRecord(bytes, record);
                continue;
            }
            journal::appendRecordHead(bytes, record);
            ok = writeAll(bytes, &error) && writeAll(record.payload, &error);
            if (!ok)
                break;
            written += bytes.size() + record.payload.size();
            bytes.resize(0); // keeps its room for the records after
        }
        if (!ok || !writeAll(bytes, &error)) {
            // Cut back what part of the batch landed, so the segment ends on a whole record.
            if (::ftruncate(m_fd, m_segmentSize) != 0)
                error += tr(" (the segment keeps a torn tail, which the next start cuts off)");
            stopRecording(error);
            return;
        }
        m_segmentSize += written + bytes.size();
        m_dirty = true;
    }
    if (m_dirty && (sync || now - m_lastSync >= m_settings.syncInterval)) {
        if (::fdatasync(m_fd) != 0) {
            stopRecording(tr("cannot sync %1: %2").arg(m_segmentPath, systemError(errno)));
            return;
        }
        m_dirty = false;
        m_lastSync = now;
        std::lock_guard lock(m_mutex);
        ++m_syncs;
    }
}

bool JournalWriter::writeAll(const QByteArray &bytes, QString *error)
{
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(m_fd, p, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            const int code = written < 0 ? errno : ENOSPC;
            *error = (code == ENOSPC || code == EDQUOT || code == EFBIG)
                         ? tr("disk full: cannot write %1 (%2)").arg(m_segmentPath, systemError(code))
                         : tr("cannot write %1: %2").arg(m_segmentPath, systemError(code));
            return false;
        }
        p += written;
        left -= written;
    }
    return true;
}

bool JournalWriter::openSegment(QString *error)
{
    const QString path = QDir(m_sessionDir).filePath(journal::segmentFileName(m_segment + 1));
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        *error = tr("cannot create %1: %2").arg(path, systemError(errno));
        return false;
    }
    ++m_segment;
    m_fd = fd;
    m_segmentPath = path;
    m_segmentSize = 0;
    journal::SegmentHeader header;
    header.consoleId = m_consoleId;
    header.services = m_services;
    header.session = m_session;
    header.segment = m_segment;
    header.tracksPerService = m_tracksPerService;
    header.createdUtcUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    const QByteArray bytes = journal::encodeHeader(header);
    if (!writeAll(bytes, error) || ::fdatasync(fd) != 0) {
        ::close(fd);
        m_fd = -1;
        QFile::remove(path);
        return false;
    }
    syncDirectory(m_sessionDir);
    m_segmentSize = bytes.size();
    m_segmentOpened = m_lastSync = steady_clock::now();
    m_dirty = false;
    return true;
}

void JournalWriter::closeSegment()
{
    if (m_fd < 0)
        return;
    if (m_dirty)
        ::fdatasync(m_fd);
    ::close(m_fd);
    m_fd = -1;
    m_dirty = false;
}

void JournalWriter::stopRecording(const QString &reason)
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    m_nextRetry = steady_clock::now() + kRetryInterval;
    {
        std::lock_guard lock(m_mutex);
        m_recording = false;
        m_stoppedReason = reason;
        m_dropped += m_queue.size();
        m_queue.clear();
        m_queuedBytes = 0;
    }
    emit recordingChanged(false, reason);
}

void JournalWriter::applyRetention()
{
    struct Segment { QString path; qint64 bytes; QDateTime modified; };
    std::vector<Segment> segments;
    qint64 total = 0;
    for (const QString &session : journal::sessionDirectories(m_settings.directory)) {
        for (const QString &path : journal::segmentFiles(session)) {
            const QFileInfo info(path);
            segments.push_back({path, info.size(), info.lastModified(QTimeZone::UTC)});
            total += info.size();
        }
    }
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addSecs(
        -duration_cast<seconds>(m_settings.retainAge).count());
    for (const Segment &segment : segments) {
        if (segment.path == m_segmentPath)
            break; // the oldest first: what remains is newer, and the open one is never deleted
        if (total <= m_settings.retainBytes && segment.modified >= oldest)
            continue;
        if (QFile::remove(segment.path)) {
            total -= segment.bytes;
            const QString session = QFileInfo(segment.path).absolutePath();
            if (session != m_sessionDir)
                QDir().rmdir(session); // only succeeds once the session is empty
        }
    }
}

} // namespace cop
