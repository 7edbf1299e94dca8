#pragma once

#include "ChannelSecurity.h"
#include "ConnectionLimits.h"
#include "picture/FeedStatus.h"
#include "journal/JournalRecord.h"
#include "picture/PictureEvents.h"
#include "ReconnectBackoff.h"
#include "SequenceTracker.h"
#include "SlidingCount.h"
#include "StreamInbox.h"
#include "TrackLimit.h"

#include "cop/v1/track_service.grpc.pb.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace cop {

// The console's subscription to one track service. Lives on the GUI thread: it delivers what the
// service streams as ServiceBatches, at most one per kBatchInterval (alerts excepted), with every sequenced event
// exactly once and in order across reconnections, and it reports the feed's health. Each stream
// is read on a thread of its own (see SubscribeReader); nothing here blocks except stop().
class ServiceConnection : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kBatchInterval{50}; // 20 Hz

    // Without TLS files in `security`, plaintext, and only to a loopback address: to any other
    // the feed stays down and says why; it never falls back to plaintext.
    ServiceConnection(QString service, QString address, QString consoleId,
                      const ConnectionLimits &limits = {}, QObject *parent = nullptr,
                      const ChannelSecurity &security = {});
    ~ServiceConnection() override;

    // Subscribes, and keeps resubscribing after failures until stop().
    void start();
    // Cancels the stream and waits until gRPC no longer calls back; what already arrived is
    // still delivered. start() again resumes where it left off.
    void stop();

    const FeedStatus &status() const { return m_status; }
    // For the service's other calls (acknowledgements): one connection per service.
    std::shared_ptr<grpc::Channel> channel() const { return m_channel; }

    // Keep every stream message as received and hand it to eventReceived, for the journal.
    void setRecording(bool recording) { m_inbox.setKeepRaw(recording); }
    // The most decoded messages that waited for this thread at once (bounded by the limits).
    qsizetype inboxPeakItems() { return m_inbox.peakItems(); }

signals:
    void batchReady(const cop::ServiceBatch &batch);
    void statusChanged(const cop::FeedStatus &status);
    // While recording: each message of the stream in order, with the time of the batch it went
    // into and JournalRecord::kApplied when the console used it, just before that batch.
    void eventReceived(const cop::JournalRecord &record);

private:
    void subscribe();
    void drain();
    void ingest(StreamItem &item, qint64 receivedUtcUs);
    bool route(StreamItem &item);
    bool applyOpened(const StreamOpened &opened);
    bool applySnapshotChunk(SnapshotChunk &chunk);
    bool applySequenced(quint64 sequence, SequencedEvent *event, const QStringList &errors);
    void streamEnded(const grpc::Status &status);
    void abandonStream(SequenceTracker::Verdict verdict, const QString &what);
    void abandonStream(const QString &reason);
    void reportMalformed(const QStringList &errors);
    void refuse(qint64 count, const QString &reason);
    void countRefusals();
    void heard();
    void flush(qint64 receivedUtcUs);
    void setState(FeedState state, const QString &error);
    void cancelAndWait();
    void takePeerReport();
    QString handshakeRefusal();

    const QString m_consoleId;
    const ConnectionLimits m_limits;
    const std::shared_ptr<PeerCheck> m_peerCheck = std::make_shared<PeerCheck>();
    QString m_securityRefusal; // why this connection may not be made at all
    quint64 m_handshakeSeen = 0;
    std::shared_ptr<grpc::Channel> m_channel;
    std::unique_ptr<v1::TrackService::Stub> m_stub;
    StreamInbox m_inbox;
    SequenceTracker m_tracker;
    ReconnectBackoff m_backoff;
    TrackLimit m_trackLimit;
    TrackLimit::Removed m_snapshotRemoved; // from the chunks of the snapshot still arriving
    SlidingCount m_refusals;
    FeedStatus m_status;
    ServiceBatch m_pending;
    bool m_statusDirty = false;
    bool m_running = false;
    quint64 m_streamId = 0;
    QString m_abandonReason; // why the current stream is being cancelled, for lastError
    int m_malformedLogged = 0;
    QElapsedTimer m_sinceBatch;
    QTimer m_drainTimer;
    QTimer m_retryTimer;
    QTimer m_staleTimer;
    std::chrono::milliseconds m_staleAfter{0}; // two heartbeat periods, as the stream announced
    QTimer m_openTimer;    // the deadline for stream_opened
    QTimer m_healthyTimer; // how long the stream has to stay healthy to reset the backoff
    QTimer m_refusalTimer; // ages refusedLastMinute while it is not zero
};

} // namespace cop
