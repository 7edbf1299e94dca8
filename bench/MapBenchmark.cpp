// Frame times of the map with N synthetic missiles (trail, predicted trajectory, impact ellipses,
// launch marker each) on the baked basemap: while panning, while zooming, and while panning with
// every track updating once a second (in 20 batches a second, as the client delivers them).
// Run under xvfb-run: custom scene-graph items do not draw on the offscreen platform.

#include "BasemapData.h"
#include "picture/Picture.h"
#include "ProcessMemory.h"
#include "SerialPainting.h"
#include "StandardOptions.h"
#include "TileBaker.h"
#include "TrackOverlay.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QGeoCoordinate>
#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickView>
#include <QRandomGenerator>
#include <QSurfaceFormat>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <mutex>
#include <numbers>

Q_IMPORT_QML_PLUGIN(Cop_MapPlugin)

using namespace cop;

namespace {

constexpr qint64 kSecondUs = 1'000'000;
constexpr int kTrajectorySamples = 60;

// One synthetic ballistic flight: straight ground track, parabolic height.
struct Flight
{
    QString service;
    QString id;
    GeoPoint launch;
    double azimuthDeg;
    double rangeM;
    double flightS;
    double apogeeM;
    qint64 launchUs;

    GeoPoint at(double t) const
    {
        const double s = std::clamp(t / flightS, 0.0, 1.0);
        const double d = s * rangeM;
        const double az = azimuthDeg * std::numbers::pi / 180.0;
        const double lat = launch.latDeg + d * std::cos(az) / 111'320.0;
        const double lon = launch.lonDeg + d * std::sin(az) / (111'320.0 * std::cos(lat * std::numbers::pi / 180.0));
        return {lat, lon, 4.0 * apogeeM * s * (1.0 - s)};
    }

    TrackUpdate update(double t) const
    {
        TrackUpdate u;
        u.trackId = id;
        u.timeUtcUs = launchUs + qint64(t * kSecondUs);
        u.position = at(t);
        u.positionEcef = ecefFromGeodetic(u.position);
        const Vec3 next = ecefFromGeodetic(at(t + 1.0));
        for (int i = 0; i < 3; ++i)
            u.velocityEcef[i] = next[i] - u.positionEcef[i];
        u.phase = t < 60 ? TrackPhase::Boost : (t < flightS * 0.7 ? TrackPhase::Midcourse : TrackPhase::Terminal);
        u.affiliation = Affiliation::Hostile;
        return u;
    }

    Prediction prediction(qint64 issuedUs) const
    {
        Prediction p;
        p.trackId = id;
        p.issuedUtcUs = issuedUs;
        for (int i = 0; i <= kTrajectorySamples; ++i) {
            const double t = flightS * i / kTrajectorySamples;
            p.trajectory.push_back({launchUs + qint64(t * kSecondUs), at(t)});
        }
        p.apogee = at(flightS / 2);
        p.impactPoint = at(flightS);
        p.impactTimeUtcUs = launchUs + qint64(flightS * kSecondUs);
        p.ellipses = {{0.5, rangeM * 0.012, rangeM * 0.006, azimuthDeg},
                      {0.95, rangeM * 0.025, rangeM * 0.012, azimuthDeg}};
        return p;
    }
};

std::vector<Flight> makeFlights(int count, qint64 nowUs)
{
    QRandomGenerator random(4);
    std::vector<Flight> flights;
    const char *services[] = {"US", "JP", "KR"};
    for (int i = 0; i < count; ++i) {
        Flight f;
        f.service = QString::fromLatin1(services[i % 3]);
        f.id = QStringLiteral("B%1").arg(i);
        f.launch = {random.bounded(30.0) + 20.0, random.bounded(35.0) + 115.0, 0.0};
        f.azimuthDeg = random.bounded(360.0);
        f.rangeM = 300'000.0 + random.bounded(1'200'000.0);
        f.flightS = 240.0 + f.rangeM / 2'000.0;
        f.apogeeM = f.rangeM / 4.0;
        // Somewhere in flight, with a full trail behind it.
        f.launchUs = nowUs - qint64((130.0 + random.bounded(f.flightS - 140.0)) * kSecondUs);
        flights.push_back(f);
    }
    return flights;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p / 100.0 * double(values.size())))];
}

} // namespace

int main(int argc, char *argv[])
{
    cop::paintOnOneThread(); // as the console's main() does
    // Frame times, not the display's refresh: no waiting for vertical sync.
    QSurfaceFormat format = QSurfaceFormat::defaultFormat();
    format.setSwapInterval(0);
    QSurfaceFormat::setDefaultFormat(format);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Map frame times with N synthetic tracks. Run under xvfb-run."));
    const QCommandLineOption tracksOption(QStringLiteral("tracks"), QStringLiteral("Tracks (default 10000)."),
                                          QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption framesOption(QStringLiteral("frames"), QStringLiteral("Frames per scenario (default 300)."),
                                          QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Save the window as PNG once set up."),
                                              QStringLiteral("FILE"));
    cop::cli::parseBeforeGui(argc, argv, &parser, {tracksOption, framesOption, screenshotOption});
    QGuiApplication app(argc, argv);
    const int trackCount = parser.value(tracksOption).toInt();
    const int frameCount = parser.value(framesOption).toInt();

    const qint64 nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    std::vector<Flight> flights = makeFlights(trackCount, nowUs);
    std::vector<double> flightTime(flights.size());
    Picture picture;
    {
        // Feed the last 120 s of each flight so every trail is full.
        std::map<QString, ServiceBatch> batches;
        for (int step = Picture::kTrailPoints; step >= 0; --step) {
            batches.clear();
            for (size_t i = 0; i < flights.size(); ++i) {
                const Flight &f = flights[i];
                flightTime[i] = double(nowUs - f.launchUs) / kSecondUs;
                ServiceBatch &batch = batches[f.service];
                batch.service = f.service;
                batch.receivedUtcUs = nowUs - step * kSecondUs;
                batch.events.push_back({0, f.update(flightTime[i] - step)});
                if (step == 0) {
                    batch.events.push_back({0, f.prediction(nowUs)});
                    batch.events.push_back({0, Launch{f.id, f.id, f.launchUs, f.launch, std::array<double, 3>{4e6, 1e6, 2.5e6}, false}});
                }
            }
            for (auto &[service, batch] : batches)
                picture.applyBatch(batch);
        }
    }

    basemap::TileBaker baker(basemap::BasemapData::builtIn(), basemap::BasemapStyle{}, basemap::TileRange{});
    QString error;
    if (!baker.bake(baker.defaultDirectory(), {}, &error)) {
        std::fprintf(stderr, "cop-bench-map: %s\n", qPrintable(error));
        return 1;
    }
    // What the view's signals write to: made before the view, so they outlive it. Its render
    // thread swaps frames until the view goes.
    QElapsedTimer clock;
    clock.start();
    std::atomic<qint64> syncStartNs{0};
    qint64 lastSwapNs = 0;
    std::vector<double> frameMs, intervalMs, rasterMs;
    std::mutex framesMutex;
    std::atomic<int> frames{0};
    QQuickView view;
    view.setInitialProperties({{"picture", QVariant::fromValue<QObject *>(&picture)},
                               {"tileUrl", basemap::TileBaker::urlTemplate(baker.defaultDirectory())},
                               {"tileMaxZoom", 9.99}});
    view.loadFromModule("Cop.Map", "MapView");
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.resize(1280, 900);
    view.show();
    QQuickItem *root = view.rootObject();
    if (!root) {
        std::fprintf(stderr, "cop-bench-map: the map did not load\n");
        return 1;
    }

    auto *overlay = root->property("overlay").value<TrackOverlay *>();
    // A frame's cost: from the start of the scene-graph sync to the swap (the render thread's
    // part), and the interval between frames shown back to back (everything a frame waits for,
    // the GUI thread's work on new data included).
    QObject::connect(&view, &QQuickWindow::beforeSynchronizing, &view,
                     [&] { syncStartNs = clock.nsecsElapsed(); }, Qt::DirectConnection);
    QObject::connect(&view, &QQuickWindow::frameSwapped, &view, [&] {
        std::lock_guard lock(framesMutex);
        const qint64 swapNs = clock.nsecsElapsed();
        frameMs.push_back(double(swapNs - syncStartNs) / 1e6);
        if (lastSwapNs)
            intervalMs.push_back(double(swapNs - lastSwapNs) / 1e6);
        lastSwapNs = swapNs;
        ++frames;
    }, Qt::DirectConnection);
    QObject::connect(overlay, &TrackOverlay::rastered, &app, [&](double paintMs) { rasterMs.push_back(paintMs); });

    // Let the window show, the tiles load and the overlay paint once before measuring.
    QElapsedTimer warmUp;
    warmUp.start();
    while ((warmUp.elapsed() < 3000 || !view.isExposed() || rasterMs.empty()) && warmUp.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!view.isExposed() || rasterMs.empty()) {
        std::fprintf(stderr, "cop-bench-map: the window is not exposed or the overlay never painted (run under xvfb-run)\n");
        return 1;
    }
    if (parser.isSet(screenshotOption))
        view.grabWindow().save(parser.value(screenshotOption));
    std::printf("cop-bench-map: first overlay raster painted in %.1f ms\n", rasterMs.front());

    std::printf("cop-bench-map: %d tracks with trails, trajectories, ellipses; %d frames a scenario; 1280x900\n",
                trackCount, frameCount);
    std::printf("  memory after setup: %s\n", qPrintable(processMemoryLine()));
    struct Scenario
    {
        const char *name;
        bool updates;
        std::function<void(int)> step;
    };
    const QGeoCoordinate home(37.5, 133.0);
    const Scenario scenarios[] = {
        {"pan", false, [&](int frame) {
             root->setProperty("center", QVariant::fromValue(QGeoCoordinate(home.latitude(), home.longitude() + 4.0 * std::sin(frame / 40.0))));
         }},
        {"zoom", false, [&](int frame) { root->setProperty("zoomLevel", 5.0 + 1.5 * (1.0 - std::cos(frame / 30.0))); }},
        {"pan + 1 Hz updates", true, [&](int frame) {
             root->setProperty("center", QVariant::fromValue(QGeoCoordinate(home.latitude() + 2.0 * std::sin(frame / 50.0), home.longitude())));
         }},
    };
    for (const Scenario &scenario : scenarios) {
        root->setProperty("center", QVariant::fromValue(home));
        root->setProperty("zoomLevel", 5.0);
        {
            std::lock_guard lock(framesMutex);
            frameMs.clear();
            intervalMs.clear();
            lastSwapNs = 0;
            frames = 0;
            rasterMs.clear();
        }
        int frame = 0;
        size_t nextUpdate = 0;
        QTimer updates;
        updates.setInterval(50);
        QObject::connect(&updates, &QTimer::timeout, &app, [&] {
            std::map<QString, ServiceBatch> batches;
            const qint64 received = QDateTime::currentMSecsSinceEpoch() * 1000;
            for (size_t n = 0; n < flights.size() / 20; ++n, nextUpdate = (nextUpdate + 1) % flights.size()) {
                flightTime[nextUpdate] += 1.0;
                ServiceBatch &batch = batches[flights[nextUpdate].service];
                batch.service = flights[nextUpdate].service;
                batch.receivedUtcUs = received;
                batch.events.push_back({0, flights[nextUpdate].update(flightTime[nextUpdate])});
            }
            for (auto &[service, batch] : batches)
                picture.applyBatch(batch);
        });
        if (scenario.updates)
            updates.start();
        // The next step as soon as the last frame is on screen, so frames run back to back; a
        // step that changed nothing on screen gets no frame, so steps also move on after 100 ms.
        std::atomic<bool> swapped{true};
        auto swapConnection = QObject::connect(&view, &QQuickWindow::frameSwapped, &view, [&] { swapped = true; },
                                               Qt::DirectConnection);
        QElapsedTimer sinceStep;
        sinceStep.start();
        // A loop of its own: QGuiApplication::quit() would close the window.
        QEventLoop loop;
        QTimer driver;
        driver.setInterval(1);
        QObject::connect(&driver, &QTimer::timeout, &app, [&] {
            if (!swapped && sinceStep.elapsed() < 100)
                return;
            if (frames >= frameCount || frame > 3 * frameCount) {
                loop.quit();
                return;
            }
            swapped = false;
            sinceStep.restart();
            scenario.step(++frame);
            view.update();
        });
        driver.start();
        QElapsedTimer wall;
        wall.start();
        loop.exec();
        QObject::disconnect(swapConnection);
        updates.stop();
        std::lock_guard lock(framesMutex);
        std::printf("  %-20s frame p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms | interval p50 %6.1f p95 %6.1f ms"
                    " | %zu frames, %.1f fps | overlay rasters %zu, paint p50 %.1f ms\n",
                    scenario.name, percentile(frameMs, 50), percentile(frameMs, 95), percentile(frameMs, 100),
                    percentile(intervalMs, 50), percentile(intervalMs, 95), frameMs.size(),
                    double(frameMs.size()) / (double(wall.elapsed()) / 1000.0), rasterMs.size(), percentile(rasterMs, 50));
    }
    std::printf("  memory at the end: %s\n", qPrintable(processMemoryLine()));
    return 0;
}
