#include "BasemapSource.h"
#include "CopVersion.h"
#include "ConsoleOptions.h"
#include "ConsoleSession.h"
#include "DarkTheme.h"
#include "JournalWriter.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Recorder.h"
#include "ReplaySession.h"
#include "SnapshotWriter.h"
#include "TrackServices.h"

#include <QApplication>
#include <QProcess>
#include <QQmlExtensionPlugin>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

Q_IMPORT_QML_PLUGIN(Cop_MapPlugin)

int main(int argc, char *argv[])
{
    QApplication::setApplicationName(QStringLiteral("cop-console"));
    QApplication::setOrganizationName(QStringLiteral("cop"));
    QApplication::setApplicationVersion(QStringLiteral(COP_VERSION));

    // The command line and the settings are read before the GUI application exists: --help,
    // --version and every mistake in them are answered without a display (the platform plugin
    // aborts without one).
    QString error;
    std::optional<cop::ConsoleOptions> options;
    {
        QCoreApplication reader(argc, argv);
        options = cop::parseConsoleOptions(QCoreApplication::arguments(), &error);
    }
    if (!options) {
        std::fprintf(stderr, "cop-console: %s\n", qPrintable(error));
        return 2;
    }
    if (!options->answer.isEmpty()) {
        std::fputs(qPrintable(options->answer), stdout);
        return 0;
    }

    QApplication app(argc, argv);
    cop::applyDarkTheme(app);
    cop::LanguageManager languages;
    if (!languages.setLanguage(options->language, &error)) {
        std::fprintf(stderr, "cop-console: %s\n", qPrintable(error));
        return 2;
    }
    QObject::connect(&languages, &cop::LanguageManager::languageChanged, &app,
                     [path = options->settingsPath](const QString &language) {
                         cop::openSettings(path)->setValue(QStringLiteral("console/language"), language);
                     });
    cop::ConsoleSession session(options->operatorName, options->consoleId);
    cop::Picture &picture = *session.picture();
    cop::AlertBook &alerts = *session.alerts();
    cop::BasemapSource basemap(options->tiles);
    basemap.start();
    cop::MainWindow window(&session, &basemap, *options, &languages);
    window.resize(1600, 1000);

    if (!options->replayPath.isEmpty()) {
        // Replay mode: the journal and a clock stand in for the services; nothing is contacted.
        auto *replay = new cop::ReplaySession(&picture, &window);
        if (!replay->open(options->replayPath, &error)) {
            std::fprintf(stderr, "cop-console: %s\n", qPrintable(error));
            return 1;
        }
        replay->play();
    } else {
        QStringList serviceNames;
        for (const cop::ServiceAddress &service : options->services)
            serviceNames.append(service.name);
        auto *journal = new cop::JournalWriter(options->journal, options->consoleId, serviceNames, &app);
        QObject::connect(journal, &cop::JournalWriter::recordingChanged, &window,
                         &cop::MainWindow::showRecordingState);
        auto *recorder = journal->start(&error) ? new cop::Recorder(&picture, journal, &app) : nullptr;
        window.showRecordingState(recorder != nullptr, error);
        if (recorder)
            recorder->setKeyframeInterval(options->journal.keyframeInterval);
        cop::ConnectionLimits limits;
        if (options->tracksPerService)
            limits.tracksPerService = *options->tracksPerService;
        auto *services = new cop::TrackServices(&picture, &alerts, options->consoleId, limits, &app);
        for (const cop::ServiceAddress &service : options->services) {
            services->add(service.name, service.address, service.security);
            if (recorder)
                recorder->attach(services->connection(service.name));
        }
        if (recorder) {
            QObject::connect(&alerts, &cop::AlertBook::operatorActed, recorder,
                             &cop::Recorder::recordOperatorAction);
            QObject::connect(&alerts, &cop::AlertBook::consoleAlertReported, recorder,
                             &cop::Recorder::recordConsoleAlert);
            QObject::connect(&window, &cop::MainWindow::operatorActed, recorder,
                             &cop::Recorder::recordOperatorAction);
            QObject::connect(&languages, &cop::LanguageManager::languageChanged, recorder,
                             [recorder, &options](const QString &language) {
                                 cop::OperatorAction action;
                                 action.kind = cop::OperatorAction::Kind::LanguageSwitch;
                                 action.operatorName = options->operatorName;
                                 action.consoleId = options->consoleId;
                                 action.language = language;
                                 recorder->recordOperatorAction(action);
                             });
        }
        // A debrief must not take the watch off the live picture: it opens in a console of its own.
        QObject::connect(&window, &cop::MainWindow::openRecordingRequested, &app, [](const QString &path) {
            QProcess::startDetached(QApplication::applicationFilePath(), {QStringLiteral("--replay"), path});
        });
    }
    window.show();

    if (!options->snapshotPath.isEmpty()) {
        QTimer::singleShot(int(options->snapshotAfterS * 1000), &app, [&] {
            QString snapshotError;
            if (!cop::writeSnapshot(window, picture, basemap, options->snapshotPath, &snapshotError)) {
                std::fprintf(stderr, "cop-console: %s\n", qPrintable(snapshotError));
                QApplication::exit(1);
                return;
            }
            std::printf("cop-console: snapshot written to %s\n", qPrintable(options->snapshotPath));
            QApplication::exit(0);
        });
    }
    return app.exec();
}
