#pragma once

// A live console's parts for a test on one real cop-sim: the simulator (COP_SIM_EXECUTABLE) and
// the basemap the build baked.

#include "BasemapSource.h"
#include "ConsoleOptions.h"
#include "SimProcess.h"

#include <QTest>

// Starts cop-sim for `nation` (its demo, seed 1) into `sims` and points `options` at it, recording
// to `journalDirectory`. Fails the calling test when the simulator does not come up.
inline void useOneSim(std::vector<std::unique_ptr<QProcess>> &sims, const char *nation,
                      const QString &journalDirectory, cop::ConsoleOptions *options)
{
    auto sim = std::make_unique<QProcess>();
    const int port = startSimProcess(*sim, QStringLiteral(COP_SIM_EXECUTABLE),
                                     {"--listen", "127.0.0.1:0", "--nation", nation, "--seed", "1"});
    QVERIFY2(port > 0, sim->readAllStandardError().constData());
    sims.push_back(std::move(sim));
    options->journal.directory = journalDirectory;
    options->services.append({QString::fromLatin1(nation), QStringLiteral("127.0.0.1:%1").arg(port)});
}

// Waits for `basemap` (hermetic.sh hands the tests the build's tiles) to be ready or absent.
inline void startBasemap(cop::BasemapSource &basemap)
{
    basemap.start();
    QTRY_VERIFY_WITH_TIMEOUT(basemap.state() != cop::BasemapSource::State::Preparing, 120000);
}
