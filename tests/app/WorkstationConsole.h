#pragma once

// A console as main() builds it (ConsoleAssembly), on a settings file of the test's own, for the
// workstation layout tests: not started, so no service is contacted; the picture is fed by the
// test. The basemap is an empty tile folder, so the map draws its graticule at once.

#include "BasemapSource.h"
#include "ConsoleAssembly.h"
#include "ConsoleOptions.h"
#include "session/ConsoleSession.h"
#include "MainWindow.h"
#include "geo/GeoPoint.h"
#include "picture/Picture.h"

#include <QDateTime>
#include <QDockWidget>
#include <QTemporaryDir>

#include <memory>

struct WorkstationConsole
{
    // settingsPath: an INI file shared by the consoles of one test (layouts are per console id).
    WorkstationConsole(const QString &settingsPath, const QString &consoleId)
        : basemap(tiles.path())
    {
        cop::ConsoleOptions options;
        options.consoleId = consoleId;
        options.operatorName = QStringLiteral("Sato Yuki");
        options.settingsPath = settingsPath;
        options.journal.directory = journal.path();
        options.services.append({QStringLiteral("JP"), QStringLiteral("127.0.0.1:9")});
        basemap.start();
        assembly = std::make_unique<cop::ConsoleAssembly>(options);
        window = assembly->createWindow(&basemap);
    }

    cop::Picture &picture() { return *assembly->session()->picture(); }

    QDockWidget *dock(const char *objectName) const
    {
        return window->findChild<QDockWidget *>(QLatin1StringView(objectName));
    }

    // A live feed with a marking and one track seen by `sensors` sensors.
    void showTrack(int sensors)
    {
        cop::FeedStatus feed;
        feed.service = QStringLiteral("JP");
        feed.state = cop::FeedState::Live;
        feed.marking = QStringLiteral("UNCLASSIFIED // SIMULATED DATA // JP");
        picture().updateFeed(feed);
        cop::TrackUpdate track;
        track.trackId = QStringLiteral("JP-0001");
        track.timeUtcUs = QDateTime::currentMSecsSinceEpoch() * 1000;
        track.position = {39.0, 127.5, 120'000.0};
        track.positionEcef = cop::ecefFromGeodetic(track.position);
        track.phase = cop::TrackPhase::Midcourse;
        track.quality = 0.9f;
        for (int i = 0; i < sensors; ++i)
            track.sensors << QStringLiteral("AN/TPY-2 forward-based radar %1 (Kyogamisaki)").arg(i + 1);
        cop::ServiceBatch batch;
        batch.service = feed.service;
        batch.receivedUtcUs = track.timeUtcUs;
        batch.events.push_back({1, track});
        picture().applyBatch(batch);
    }

    QTemporaryDir tiles;
    QTemporaryDir journal;
    cop::BasemapSource basemap;
    std::unique_ptr<cop::ConsoleAssembly> assembly;
    cop::MainWindow *window = nullptr;
};
