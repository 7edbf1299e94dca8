#include "BasemapSource.h"
#include "ConsoleOptions.h"
#include "DarkTheme.h"
#include "MainWindow.h"
#include "Picture.h"
#include "ServiceConnection.h"
#include "SnapshotWriter.h"

#include <QApplication>
#include <QQmlExtensionPlugin>
#include <QTimer>

#include <cstdio>

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
    cop::Picture picture;
    for (const cop::ServiceAddress &service : options->services) {
        auto *connection = new cop::ServiceConnection(service.name, service.address,
                                                      options->consoleId, &app);
        QObject::connect(connection, &cop::ServiceConnection::batchReady, &picture,
                         &cop::Picture::applyBatch);
        QObject::connect(connection, &cop::ServiceConnection::statusChanged, &picture,
                         &cop::Picture::updateFeed);
        connection->start();
    }

    cop::BasemapSource basemap(options->tiles);
    basemap.start();
    cop::MainWindow window(&picture, &basemap, *options);
    window.resize(1600, 1000);
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
