#include "BasemapSource.h"
#include "ConsoleAssembly.h"
#include "CopVersion.h"
#include "ConsoleOptions.h"
#include "session/ConsoleSession.h"
#include "DarkTheme.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ProtobufLogLimit.h"
#include "SerialPainting.h"
#include "SnapshotWriter.h"

#include <QApplication>
#include <QQmlExtensionPlugin>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

Q_IMPORT_QML_PLUGIN(Cop_MapPlugin)

int main(int argc, char *argv[])
{
    // The services are other nations' systems: what they send must not fill the log.
    cop::limitProtobufLog();
    cop::paintOnOneThread();
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
    // The basemap before the console: the window presents it until it goes.
    cop::BasemapSource basemap(options->tiles);
    basemap.start();
    cop::ConsoleAssembly console(*options, &languages);
    cop::MainWindow &window = *console.createWindow(&basemap);
    cop::Picture &picture = *console.session()->picture();
    if (!console.start(&error)) {
        std::fprintf(stderr, "cop-console: %s\n", qPrintable(error));
        return 1;
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
