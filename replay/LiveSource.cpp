#include "LiveSource.h"

#include "session/ConsoleSession.h"
#include "journal/JournalWriter.h"
#include "Recorder.h"
#include "TrackServices.h"

namespace cop {

LiveSource::LiveSource(ConsoleSession *session, JournalSettings journal, const ConnectionLimits &limits,
                       QObject *parent)
    : PictureSource(parent)
    , m_session(session)
    , m_journalSettings(std::move(journal))
    , m_tracksPerService(limits.tracksPerService)
    , m_services(std::make_unique<TrackServices>(session->picture(), session->alerts(),
                                                 session->alerts()->consoleId(), limits))
{
}

LiveSource::~LiveSource() = default;

void LiveSource::addService(const QString &name, const QString &address, const ChannelSecurity &security)
{
    m_pending.append({name, address, security});
}

bool LiveSource::start(QString *)
{
    QStringList names;
    for (const Service &service : std::as_const(m_pending))
        names.append(service.name);
    m_journal = std::make_unique<JournalWriter>(m_journalSettings, m_session->alerts()->consoleId(), names,
                                                m_tracksPerService);
    connect(m_journal.get(), &JournalWriter::recordingChanged, this, &LiveSource::recordingChanged);
    QString problem;
    if (m_journal->start(&problem)) {
        m_recorder = std::make_unique<Recorder>(m_session->picture(), m_journal.get());
        m_recorder->setKeyframeInterval(m_journalSettings.keyframeInterval);
        connect(m_session, &ConsoleSession::operatorActed, m_recorder.get(), &Recorder::recordOperatorAction);
        connect(m_session->alerts(), &AlertBook::consoleAlertReported, m_recorder.get(),
                &Recorder::recordConsoleAlert);
    }
    emit recordingChanged(m_recorder != nullptr, problem);
    for (const Service &service : std::as_const(m_pending)) {
        m_services->add(service.name, service.address, service.security);
        if (m_recorder)
            m_recorder->attach(m_services->connection(service.name));
    }
    m_pending.clear();
    return true;
}

} // namespace cop
