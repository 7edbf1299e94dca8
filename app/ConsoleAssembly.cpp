#include "ConsoleAssembly.h"

#include "session/ConsoleSession.h"
#include "CotFeed.h"
#include "interop/CotFromPicture.h"
#include "LanguageManager.h"
#include "LiveSource.h"
#include "MainWindow.h"
#include "ReplaySession.h"
#include "ReplaySource.h"

#include <QCoreApplication>
#include <QProcess>

namespace cop {

ConsoleAssembly::ConsoleAssembly(ConsoleOptions options, LanguageManager *languages)
    : m_options(std::move(options))
    , m_languages(languages)
    , m_session(std::make_unique<ConsoleSession>(m_options.operatorName, m_options.consoleId))
{
    if (!m_options.replayPath.isEmpty()) {
        // Nothing is contacted: the journal and a clock stand in for the services.
        auto replay = std::make_unique<ReplaySource>(m_session->picture(), m_options.replayPath);
        m_replay = replay.get();
        m_session->setSource(std::move(replay));
    } else {
        ConnectionLimits limits;
        if (m_options.tracksPerService)
            limits.tracksPerService = *m_options.tracksPerService;
        auto live = std::make_unique<LiveSource>(m_session.get(), m_options.journal, limits);
        for (const ServiceAddress &service : m_options.services)
            live->addService(service.name, service.address, service.security);
        m_live = live.get();
        m_session->setSource(std::move(live));
        if (m_options.cot) {
            m_cot = std::make_unique<CotFeed>(m_session->fusion(), *m_options.cot,
                                              cotUidPrefix(m_options.consoleId));
        }
    }
    if (languages) {
        QObject::connect(languages, &LanguageManager::languageChanged, m_session.get(),
                         &ConsoleSession::reportLanguageSwitch);
    }
}

ConsoleAssembly::~ConsoleAssembly() = default;

MainWindow *ConsoleAssembly::createWindow(BasemapSource *basemap)
{
    m_window = std::make_unique<MainWindow>(m_session.get(), basemap, m_options, m_languages);
    if (m_replay) {
        new ReplaySession(m_replay, m_window.get());
    } else {
        QObject::connect(m_live, &LiveSource::recordingChanged, m_window.get(), &MainWindow::showRecordingState);
        // A debrief must not take the watch off the live picture: it opens in a console of its own.
        QObject::connect(m_window.get(), &MainWindow::openRecordingRequested, m_window.get(), [](const QString &path) {
            QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--replay"), path});
        });
    }
    if (m_cot) {
        QObject::connect(m_cot->link(), &CotLink::stateChanged, m_window.get(), &MainWindow::showCotState);
        m_window->showCotState(m_cot->link()->state());
    }
    // After the replay bars: they are part of the replay window's saved state.
    m_window->restoreLayout();
    return m_window.get();
}

bool ConsoleAssembly::start(QString *error)
{
    if (!m_session->source()->start(error))
        return false;
    if (m_cot)
        m_cot->start();
    return true;
}

} // namespace cop
