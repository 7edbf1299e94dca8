#pragma once

#include "journal/JournalFormat.h"
#include "journal/JournalSettings.h"
#include "picture/Picture.h"

#include <QObject>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace cop {

// Appends records to the segments of one recording session, on a thread of its own so that the
// GUI thread never waits for the disk.
//
// Durability (the fsync policy): queued records are written to the file every kWriteInterval
// (50 ms, the console's batch rate) and fdatasync'ed at least once per
// JournalSettings::syncInterval (1 s by default); a record appended with appendDurable() (an
// operator action) is written and fdatasync'ed at once. So a crash of the process loses at most
// the last 50 ms of service traffic, a power cut at most the last second, and neither loses an
// operator action that was appended more than one write+sync (milliseconds) before.
//
// A write that fails (disk full, I/O error) never stops the console: the writer reports
// recordingChanged(false, reason), drops records while stopped (counted), and tries a fresh
// segment every kRetryInterval, reporting recordingChanged(true, ...) when it succeeds.
class JournalWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kWriteInterval{50};
    static constexpr std::chrono::seconds kRetryInterval{5};
    // Queued bytes beyond this (a disk that cannot keep up) are dropped rather than held.
    static constexpr qint64 kMaxQueuedBytes = 256ll << 20;

    // tracksPerService: the console's cap on each service's tracks, kept in every segment's
    // header for a replay (0: not kept).
    JournalWriter(JournalSettings settings, QString consoleId, QStringList services,
                  int tracksPerService = 0, QObject *parent = nullptr);
    ~JournalWriter() override; // writes and syncs what is queued

    // Recovers the previous session's last segment (see JournalRecovery), applies retention and
    // opens the first segment of a new session. False (and the reason) if it cannot.
    bool start(QString *error);

    void append(JournalRecord record);
    void appendDurable(JournalRecord record);
    // A keyframe of content, encoded on the writer's thread where it stands among the records:
    // at tens of thousands of tracks encoding takes longer than the GUI thread may stall, and a
    // keyframe written after records it does not hold would lose them to a seek.
    void appendKeyframe(qint64 timeUtcUs, PictureContent content);
    // Blocks until everything appended so far is written and synced (or dropped).
    void flush();

    QString sessionDirectory() const { return m_sessionDir; }
    bool isRecording() const;
    QString stoppedReason() const;
    quint64 droppedRecords() const;
    // fdatasyncs of records so far: what the durability policy promises, made observable.
    quint64 syncCount() const;

signals:
    // Emitted from the writer's thread; connect with the default (queued) connection.
    void recordingChanged(bool recording, const QString &reason);

private:
    void run();
    void writeBatch(std::vector<JournalRecord> &batch, bool durable);
    bool openSegment(QString *error);
    void closeSegment();
    void stopRecording(const QString &reason);
    void applyRetention();
    bool writeAll(const QByteArray &bytes, QString *error);
    void enqueue(JournalRecord record, bool durable);

    const JournalSettings m_settings;
    const QString m_consoleId;
    const QStringList m_services;
    const int m_tracksPerService;
    QString m_sessionDir;
    QString m_session;

    // Writer thread only.
    int m_fd = -1;
    int m_segment = 0;
    QString m_segmentPath;
    qint64 m_segmentSize = 0;
    std::chrono::steady_clock::time_point m_segmentOpened;
    std::chrono::steady_clock::time_point m_lastSync;
    std::chrono::steady_clock::time_point m_nextRetry;
    bool m_dirty = false;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_progress;
    std::vector<JournalRecord> m_queue;
    qint64 m_queuedBytes = 0;
    bool m_durablePending = false;
    bool m_syncRequested = false;
    bool m_stopping = false;
    quint64 m_appended = 0;  // records accepted so far
    quint64 m_completed = 0; // of those, written and synced, or dropped
    bool m_recording = false;
    QString m_stoppedReason;
    quint64 m_dropped = 0;
    quint64 m_syncs = 0;
    std::thread m_thread;
};

} // namespace cop
