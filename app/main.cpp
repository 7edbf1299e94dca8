#include "AlertBook.h"
#include "ConsoleOptions.h"
#include "DarkTheme.h"
#include "LanguageManager.h"
#include "LocalPredictionScheduler.h"
#include "MainWindow.h"
#include "Picture.h"
#include "SnapshotWriter.h"
#include "TrackServices.h"

#include <QApplication>
#include <QQmlExtensionPlugin>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(Cop_MapPlugin)

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cop-console"));
    QApplication::setOrganizationName(QStringLiteral("cop"));
    QApplication::setApplicationVersion(QStringLiteral(COP_VERSION));

    QString error;
    const auto options = cop::parseConsoleOptions(QApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "cop-console: %s\n", qPrintable(error));
        return 2;
    }
    if (options->showHelp || options->showVersion) {
        std::fputs(qPrintable(options->showHelp ? options->helpText
                                                : QApplication::applicationVersion() + u'\n'),
                   stdout);
        return 0;
    }

    cop::applyDarkTheme(app);
    cop::LanguageManager languages;
    if (!languages.setLanguage(options->language, &error)) {
        std::fprintf(stderr, "cop-console: %s\n", qPrintable(error));
        return 2;
    }
    QObject::connect(&languages, &cop::LanguageManager::languageChanged, &app,
                     [path = options->settingsPath](const QString &language) {
                         auto settings = path.isEmpty() ? std::make_unique<QSettings>()
                                                        : std::make_unique<QSettings>(path, QSettings::IniFormat);
                         settings->setValue(QStringLiteral("console/language"), language);
                     });
    cop::Picture picture;
    cop::LocalPredictionScheduler localPredictions(&picture);
    cop::AlertBook alerts(&picture, options->operatorName, options->consoleId);
    cop::TrackServices services(&picture, &alerts, options->consoleId);
    for (const cop::ServiceAddress &service : options->services)
        services.add(service.name, service.address);

    cop::MainWindow window(&picture, &alerts, *options, &languages);
    window.resize(1600, 1000);
    window.show();

    if (!options->snapshotPath.isEmpty()) {
        QTimer::singleShot(int(options->snapshotAfterS * 1000), &app, [&] {
            QString snapshotError;
            if (!cop::writeSnapshot(window, picture, options->snapshotPath, &snapshotError)) {
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
