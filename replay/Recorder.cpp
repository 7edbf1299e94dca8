#include "Recorder.h"

#include "journal/PayloadCodec.h"
#include "picture/Picture.h"
#include "ServiceConnection.h"

#include "cop/v1/picture.pb.h"

namespace cop {

namespace {

qint64 nowUtcUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace

Recorder::Recorder(Picture *picture, JournalWriter *writer, QObject *parent)
    : QObject(parent)
    , m_picture(picture)
    , m_writer(writer)
{
    connect(&m_keyframeTimer, &QTimer::timeout, this, &Recorder::recordKeyframe);
    m_keyframeTimer.start(JournalSettings{}.keyframeInterval);
}

void Recorder::setKeyframeInterval(std::chrono::milliseconds interval)
{
    m_keyframeTimer.start(interval);
}

void Recorder::attach(ServiceConnection *connection)
{
    connection->setRecording(true);
    connect(connection, &ServiceConnection::eventReceived, this, &Recorder::recordInbound);
    connect(connection, &ServiceConnection::statusChanged, this, [this](const FeedStatus &status) {
        recordNow(JournalRecord::Kind::FeedStatus, status.service, journal::encodeFeedStatus(status));
    });
}

void Recorder::recordInbound(const JournalRecord &record)
{
    if (record.subkind == v1::PictureEvent::kStreamOpened)
        m_snapshotInProgress.remove(record.service);
    else if (record.subkind == v1::PictureEvent::kSnapshot && (record.flags & JournalRecord::kSnapshotContinues))
        m_snapshotInProgress.insert(record.service);
    else if (record.subkind == v1::PictureEvent::kSnapshot)
        m_snapshotInProgress.remove(record.service);
    m_writer->append(record);
}

void Recorder::recordOperatorAction(const OperatorAction &action)
{
    JournalRecord record;
    record.kind = JournalRecord::Kind::OperatorAction;
    record.subkind = quint8(action.kind);
    record.timeUtcUs = action.timeUtcUs != 0 ? action.timeUtcUs : nowUtcUs();
    record.service = action.service;
    OperatorAction stamped = action;
    stamped.timeUtcUs = record.timeUtcUs;
    record.payload = journal::encodeOperatorAction(stamped);
    m_writer->appendDurable(std::move(record));
}

void Recorder::recordConsoleAlert(const ServiceKey &key, const AlertUpdate &update)
{
    recordNow(JournalRecord::Kind::ConsoleAlert, key.service, journal::encodeConsoleAlert(update));
}

void Recorder::recordNow(JournalRecord::Kind kind, const QString &service, QByteArray payload)
{
    JournalRecord record;
    record.kind = kind;
    record.timeUtcUs = nowUtcUs();
    record.service = service;
    record.payload = std::move(payload);
    m_writer->append(std::move(record));
}

void Recorder::recordKeyframe()
{
    if (!m_picture || !m_snapshotInProgress.isEmpty())
        return;
    // The picture's hashes are implicitly shared: taking them costs nothing here.
    m_writer->appendKeyframe(nowUtcUs(), m_picture->content());
}

} // namespace cop
