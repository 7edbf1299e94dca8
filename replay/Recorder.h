#pragma once

#include "journal/JournalWriter.h"
#include "journal/OperatorAction.h"
#include "picture/Picture.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace cop {

class ServiceConnection;

// Live recording: every message each attached service connection receives, every feed state
// change, every alert the console raises itself and every operator action go to the journal, with a keyframe of the whole picture at
// intervals so that replay can seek. Runs on the GUI thread and only hands records to the
// JournalWriter, which does the disk work on its own thread.
class Recorder : public QObject
{
    Q_OBJECT

public:
    Recorder(Picture *picture, JournalWriter *writer, QObject *parent = nullptr);

    void attach(ServiceConnection *connection);
    void setKeyframeInterval(std::chrono::milliseconds interval);

    // The hook for every operator action (acknowledge, shelve, unshelve, silence, language
    // switch): call it when the action is taken. The record is synced to disk at once.
    void recordOperatorAction(const OperatorAction &action);
    // The hook for the alerts the console raises itself (AlertBook::consoleAlertReported).
    void recordConsoleAlert(const ServiceKey &key, const AlertUpdate &update);

    // Writes a keyframe now, unless a service is half-way through a snapshot (then at the next
    // interval): a keyframe must be a picture the console actually showed.
    void recordKeyframe();

    JournalWriter *writer() const { return m_writer; }

private:
    void recordInbound(const JournalRecord &record);
    // A record of the console's own, stamped now.
    void recordNow(JournalRecord::Kind kind, const QString &service, QByteArray payload);

    QPointer<Picture> m_picture;
    JournalWriter *m_writer;
    QSet<QString> m_snapshotInProgress;
    QTimer m_keyframeTimer;
};

} // namespace cop
