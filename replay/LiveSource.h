#pragma once

#include "ChannelSecurity.h"
#include "ConnectionLimits.h"
#include "journal/JournalSettings.h"
#include "session/PictureSource.h"

#include <QList>

#include <memory>

namespace cop {

class ConsoleSession;
class JournalWriter;
class Recorder;
class TrackServices;

// The live picture: the console's track services, and the journal recording all a debrief
// needs, with the Recorder attached to each service connection and to everything the operator
// does and the console raises itself.
class LiveSource : public PictureSource
{
    Q_OBJECT

public:
    LiveSource(ConsoleSession *session, JournalSettings journal, const ConnectionLimits &limits = {},
               QObject *parent = nullptr);
    ~LiveSource() override;

    // A service to subscribe to once started.
    void addService(const QString &name, const QString &address, const ChannelSecurity &security = {});

    // Starts the journal, then subscribes to every service. Always true: a console whose journal
    // cannot start stays live without recording, and says so through recordingChanged.
    bool start(QString *error) override;

    TrackServices *services() const { return m_services.get(); }
    // Null until started, and when the journal could not start.
    Recorder *recorder() const { return m_recorder.get(); }

signals:
    // Once when started, then whenever the journal stops or resumes; `reason` says why.
    void recordingChanged(bool recording, const QString &reason);

private:
    struct Service
    {
        QString name;
        QString address;
        ChannelSecurity security;
    };

    ConsoleSession *const m_session;
    const JournalSettings m_journalSettings;
    const int m_tracksPerService; // recorded: a replay keeps of a snapshot what this console kept
    QList<Service> m_pending;
    std::unique_ptr<TrackServices> m_services;
    std::unique_ptr<JournalWriter> m_journal;
    std::unique_ptr<Recorder> m_recorder; // last: it writes to the journal
};

} // namespace cop
