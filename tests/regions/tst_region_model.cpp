#include "regions/bake/BasemapStates.h"
#include "geo/ImpactEllipseOutline.h"
#include "regions/RegionGrid.h"
#include "regions/RegionMap.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>
#include <functional>
#include <numbers>
#include <random>
#include <thread>

using namespace cop;
using namespace cop::regions;

namespace {

constexpr double kNmiKm = 1.852;
constexpr double kDeg = std::numbers::pi / 180.0;
constexpr const char *kJapan = "392";
constexpr const char *kRussia = "643";

const RegionMap &map()
{
    return RegionMap::builtIn();
}

double distanceKm(const GeoPoint &a, double latDeg, double lonDeg)
{
    const double dLat = (latDeg - a.latDeg) * kDeg, dLon = (lonDeg - a.lonDeg) * kDeg;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
                     + std::cos(a.latDeg * kDeg) * std::cos(latDeg * kDeg) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * 6371.0088 * std::asin(std::sqrt(h));
}

// The distance to a set of states' coasts, by brute force over Natural Earth's coast vertices:
// worked out here independently of the region model.
double coastKm(const GeoPoint &p, const std::function<bool(const QString &)> &states)
{
    double best = 1e9;
    for (const basemap::Country &country : basemap::BasemapData::builtIn().countries()) {
        if (!states(country.id) || !country.bounds.adjusted(-10, -10, 10, 10).contains(QPointF(p.lonDeg, p.latDeg)))
            continue;
        for (const auto &coast : country.coastlines)
            for (const QPointF &v : coast)
                best = std::min(best, distanceKm(p, v.y(), v.x()));
    }
    return best;
}

double japanKm(const GeoPoint &p)
{
    return coastKm(p, [](const QString &id) { return id == QLatin1String(kJapan); });
}

double foreignKm(const GeoPoint &p)
{
    return coastKm(p, [](const QString &id) { return id != QLatin1String(kJapan); });
}

// The point on the segment a-b where f changes sign (f(a) > 0 > f(b)).
GeoPoint bisect(GeoPoint a, GeoPoint b, const std::function<double(const GeoPoint &)> &f)
{
    for (int i = 0; i < 40; ++i) {
        const GeoPoint mid{(a.latDeg + b.latDeg) / 2, (a.lonDeg + b.lonDeg) / 2, 0.0};
        (f(mid) > 0 ? a : b) = mid;
    }
    return a;
}

GeoPoint destination(const GeoPoint &from, double azimuthDeg, double km)
{
    const double d = km / 6371.0088, az = azimuthDeg * kDeg, lat = from.latDeg * kDeg;
    const double lat2 = std::asin(std::sin(lat) * std::cos(d) + std::cos(lat) * std::sin(d) * std::cos(az));
    const double lon2 = from.lonDeg * kDeg
                        + std::atan2(std::sin(az) * std::sin(d) * std::cos(lat), std::cos(d) - std::sin(lat) * std::sin(lat2));
    return {lat2 / kDeg, lon2 / kDeg, 0.0};
}

std::vector<GeoPoint> circle(double latDeg, double lonDeg, double radiusM)
{
    return impactEllipseOutline({latDeg, lonDeg, 0.0}, {0.95, radiusM, radiusM, 0.0});
}

} // namespace

class TestRegionModel : public QObject
{
    Q_OBJECT

private slots:
    void capitalsLieInTheirOwnTerritory()
    {
        QCOMPARE(map().at(37.5665, 126.978).code, RegionCode::KoreaTerritory); // Seoul
        QCOMPARE(map().at(35.6812, 139.767).code, RegionCode::JapanTerritory); // Tokyo
        const Region pyongyang = map().at(39.0392, 125.7625);
        QCOMPARE(pyongyang.kind(), RegionKind::Territory);
        QCOMPARE(pyongyang.nation(), Nation::None);
        QCOMPARE(map().at(39.224, 125.670).code, RegionCode::OtherLand); // Sunan
    }

    void japansEezStopsAtTheMedianLineWithRussia()
    {
        // On the line from Hokkaido to Primorye, 10 km either side of the equidistance line
        // worked out here from the coasts themselves.
        const auto russiaKm = [](const GeoPoint &p) {
            return coastKm(p, [](const QString &id) { return id == QLatin1String(kRussia); });
        };
        const GeoPoint hokkaido{43.8, 142.0, 0.0}, primorye{45.0, 135.5, 0.0};
        const GeoPoint nearerRussia = bisect(hokkaido, primorye, [&](const GeoPoint &p) { return russiaKm(p) - japanKm(p) + 10.0; });
        const GeoPoint nearerJapan = bisect(hokkaido, primorye, [&](const GeoPoint &p) { return russiaKm(p) - japanKm(p) - 10.0; });
        // Nobody else's coast is nearer, and both lie within 200 nmi of Hokkaido.
        QVERIFY(foreignKm(nearerRussia) >= russiaKm(nearerRussia) - 0.5);
        QVERIFY(japanKm(nearerJapan) < 200 * kNmiKm);
        QCOMPARE(map().at(nearerJapan).code, RegionCode::JapanEez);
        QVERIFY(map().at(nearerRussia).code != RegionCode::JapanEez);
        QCOMPARE(map().at(nearerRussia).code, RegionCode::OpenSea);
    }

    void pacificOffHonshuIsJapansEez()
    {
        // 150 nmi east-south-east of Choshi, nearest to Japan's coast.
        const GeoPoint choshi{35.70, 140.87, 0.0};
        const GeoPoint offshore = destination(choshi, 110.0, 150 * kNmiKm);
        QVERIFY(japanKm(offshore) <= 150 * kNmiKm + 1.0);
        QVERIFY(foreignKm(offshore) > japanKm(offshore));
        QCOMPARE(map().at(offshore).code, RegionCode::JapanEez);
        // Beyond 200 nmi of every Japanese coast it is open sea.
        const GeoPoint farther = destination(choshi, 110.0, 600.0);
        QVERIFY(japanKm(farther) > 200 * kNmiKm);
        QCOMPARE(map().at(farther).code, RegionCode::OpenSea);
    }

    void eastSeaNorthOfTheInterKoreanEquidistanceIsNotKoreas()
    {
        // Sea of Japan (East Sea), 39.5N 130E: nearer North Korea's coast than the ROK's.
        const GeoPoint point{39.5, 130.0, 0.0};
        const double rokKm = coastKm(point, [](const QString &id) { return id == u"410"; });
        const double dprkKm = coastKm(point, [](const QString &id) { return id == u"408"; });
        QVERIFY(dprkKm < rokKm);
        QVERIFY(map().at(point).nation() != Nation::RepublicOfKorea);
        QCOMPARE(map().at(point).code, RegionCode::OpenSea);
        // South of it, off Gangneung, the ROK's EEZ.
        QCOMPARE(map().at(37.8, 129.6).code, RegionCode::KoreaEez);
    }

    void watersAroundIslandsMoreThanOneStateClaimsAreNotAssigned_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::newRow("Dokdo / Takeshima") << 37.24 << 132.05;
        QTest::newRow("Senkaku / Diaoyu") << 25.9 << 123.9;
        QTest::newRow("off Shikotan") << 43.5 << 147.2;
    }

    void watersAroundIslandsMoreThanOneStateClaimsAreNotAssigned()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        const Region region = map().at(lat, lon);
        QCOMPARE(region.kind(), RegionKind::BoundaryNotAgreed);
        QCOMPARE(region.nation(), Nation::None);
        QCOMPARE(region.id(), std::string_view("boundary-not-agreed"));
    }

    void ellipseTouchesWhatItCoversAndWorstIsTheMostSerious()
    {
        // Off the Noto peninsula: a small ellipse stays in Japan's EEZ, a wide one reaches Honshu.
        const RegionMask small = map().touchedBy(circle(38.5, 137.0, 5'000.0));
        QCOMPARE(small.worst().code, RegionCode::JapanEez);
        QVERIFY(!small.contains({RegionCode::JapanTerritory}));
        const RegionMask wide = map().touchedBy(circle(38.5, 137.0, 300'000.0));
        QCOMPARE(wide.worst().code, RegionCode::JapanTerritory);
        QVERIFY(wide.contains({RegionCode::JapanEez}));
        // An ellipse all around Dokdo / Takeshima covers its waters though no edge does.
        const RegionMask around = map().touchedBy(circle(37.24, 131.87, 150'000.0));
        QVERIFY(around.contains({RegionCode::BoundaryNotAgreed}));
        // Mid-Pacific: nothing but open sea.
        QCOMPARE(map().touchedBy(circle(30.0, 170.0, 50'000.0)).worst().code, RegionCode::OpenSea);
        QCOMPARE(map().at(41.0, 179.999).code, RegionCode::OpenSea);
    }

    void gridAgreesWithTheExactComputationAwayFromBoundaries()
    {
        QElapsedTimer timer;
        timer.start();
        const RegionGeometry exact(statesOf(basemap::BasemapData::builtIn()));
        qInfo("exact model built in %lld ms", timer.elapsed());
        std::mt19937 random(14);
        std::uniform_real_distribution<double> lat(18.0, 50.0), lon(115.0, 160.0);
        // Away from boundaries: nothing else within a cell's width either way, sampled every half
        // cell, so the cell's centre (which the grid holds) is in the same region as the point.
        const double step = 0.5 * RegionGrid::kCellDeg;
        int compared = 0;
        std::array<int, kRegionCodeCount> byCode{};
        for (int i = 0; i < 6000; ++i) {
            const double la = lat(random), lo = lon(random);
            // Everywhere, the grid holds what the exact computation gives at the cell's centre.
            const double centreLat = RegionGrid::centreLat(RegionGrid::row(la));
            const double centreLon = RegionGrid::centreLon(RegionGrid::column(lo));
            QCOMPARE(map().at(la, lo), exact.at(centreLat, centreLon));
            const Region here = exact.at(la, lo);
            bool uniform = true;
            for (int dy = -2; dy <= 2 && uniform; ++dy)
                for (int dx = -2; dx <= 2 && uniform; ++dx)
                    uniform = exact.at(la + dy * step, lo + dx * step) == here;
            if (!uniform)
                continue;
            ++compared;
            ++byCode[size_t(here.code)];
            QVERIFY2(map().at(la, lo) == here, qPrintable(QStringLiteral("%1, %2: grid %3, exact %4")
                                                             .arg(la).arg(lo)
                                                             .arg(QLatin1StringView(map().at(la, lo).id()))
                                                             .arg(QLatin1StringView(here.id()))));
        }
        QVERIFY(compared > 5000);
        for (RegionCode code : {RegionCode::OpenSea, RegionCode::OtherLand, RegionCode::JapanEez, RegionCode::KoreaEez,
                                RegionCode::JapanTerritory, RegionCode::BoundaryNotAgreed})
            QVERIFY2(byCode[size_t(code)] > 0, Region{code}.id().data());
    }

    void lookupIsFastAndSafeFromManyThreads()
    {
        std::vector<std::thread> threads;
        std::array<size_t, 4> outlines{};
        std::array<int, 4> japan{};
        QElapsedTimer timer;
        timer.start();
        for (size_t t = 0; t < 4; ++t)
            threads.emplace_back([&, t] {
                outlines[t] = map().outline({RegionCode::JapanEez}).size();
                for (int i = 0; i < 250'000; ++i)
                    japan[t] += map().at(30.0 + i * 1e-5, 130.0 + i * 4e-5).nation() == Nation::Japan;
            });
        for (std::thread &thread : threads)
            thread.join();
        qInfo("1,000,000 lookups and an outline on 4 threads in %lld ms", timer.elapsed());
        QVERIFY(outlines[0] > 100);
        for (size_t t = 1; t < 4; ++t) {
            QCOMPARE(outlines[t], outlines[0]);
            QCOMPARE(japan[t], japan[0]);
        }
    }
};

QTEST_GUILESS_MAIN(TestRegionModel)
#include "tst_region_model.moc"
