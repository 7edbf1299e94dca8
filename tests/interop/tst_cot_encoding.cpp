// The Cursor-on-Target encoder alone (core/interop): a fused track with a known covariance and
// velocity, its launch and prediction, as events and as XML read back with Qt's reader; a CoT file;
// and the live output's schedule (what goes in a round).

#include "interop/CotFromPicture.h"
#include "interop/CotSchedule.h"
#include "interop/SymbolCode.h"

#include <QBuffer>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>
#include <numbers>

using namespace cop;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNowUs = 1'780'000'000'000'000; // 2026-05-28T20:26:40Z

Eigen::Matrix3d enuFromEcef(const GeoPoint &at)
{
    const double lat = at.latDeg * std::numbers::pi / 180.0, lon = at.lonDeg * std::numbers::pi / 180.0;
    Eigen::Matrix3d r;
    r << -std::sin(lon), std::cos(lon), 0, -std::sin(lat) * std::cos(lon), -std::sin(lat) * std::sin(lon),
        std::cos(lat), std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat);
    return r;
}

// A hostile missile over the Sea of Japan at 200 km, flying north-east at 1,414 m/s over the
// ground and climbing at 500 m/s, with one-sigma errors of 300 m east, 400 m north, 250 m up.
FusedTrack missile()
{
    FusedTrack track;
    track.id = QStringLiteral("F7");
    track.affiliation = Affiliation::Hostile;
    track.phase = TrackPhase::Midcourse;
    track.position = {40.0, 133.0, 200'000.0};
    const Vec3 p = ecefFromGeodetic(track.position);
    const Eigen::Matrix3d toEnu = enuFromEcef(track.position);
    track.state.x.head<3>() = Eigen::Vector3d(p[0], p[1], p[2]);
    track.state.x.tail<3>() = toEnu.transpose() * Eigen::Vector3d(1000.0, 1000.0, 500.0);
    track.state.P.setZero();
    track.state.P.topLeftCorner<3, 3>() =
        toEnu.transpose() * Eigen::Vector3d(300.0 * 300.0, 400.0 * 400.0, 250.0 * 250.0).asDiagonal() * toEnu;
    track.state.timeUtcUs = kNowUs - 500'000;
    track.contributors.push_back({{QStringLiteral("US"), QStringLiteral("T1")}});
    track.contributors.push_back({{QStringLiteral("JP"), QStringLiteral("J9")}});
    return track;
}

Launch launchOf()
{
    Launch launch;
    launch.launchId = QStringLiteral("L1");
    launch.trackId = QStringLiteral("T1");
    launch.launchTimeUtcUs = kNowUs - 240'000'000;
    launch.point = {39.0, 125.5, 0.0};
    launch.pointCovarianceEn = std::array<double, 3>{1000.0 * 1000.0, 0.0, 2000.0 * 2000.0};
    return launch;
}

Prediction predictionOf()
{
    Prediction prediction;
    prediction.trackId = QStringLiteral("T1");
    prediction.impactPoint = {41.5, 139.0, 0.0};
    prediction.impactTimeUtcUs = kNowUs + 300'000'000;
    prediction.impactTimeSigmaS = 5.0;
    prediction.ellipses = {{0.5, 8'000.0, 3'000.0, 30.0}, {0.95, 20'000.0, 7'500.0, 30.0}};
    return prediction;
}

struct Parsed
{
    QHash<QString, QXmlStreamAttributes> elements; // by element name, the last one
    QString remarks;
};

Parsed parse(const QByteArray &xml)
{
    Parsed parsed;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = reader.name().toString();
        parsed.elements.insert(name, reader.attributes());
        if (name == u"remarks")
            parsed.remarks = reader.readElementText();
    }
    if (reader.hasError())
        qWarning() << reader.errorString() << xml;
    return parsed;
}

double number(const Parsed &parsed, const char *element, const char *attribute)
{
    return parsed.elements.value(QLatin1StringView(element)).value(QLatin1StringView(attribute)).toDouble();
}

QString text(const Parsed &parsed, const char *element, const char *attribute)
{
    return parsed.elements.value(QLatin1StringView(element)).value(QLatin1StringView(attribute)).toString();
}

} // namespace

class CotEncodingTest : public QObject
{
    Q_OBJECT

private slots:
    void track()
    {
        const CotEvent event = cotTrackEvent(missile(), nullptr, QStringLiteral("cop.watch1"), kNowUs);
        QCOMPARE(event.uid, QStringLiteral("cop.watch1.F7"));
        QCOMPARE(event.type, QStringLiteral("a-h-A-W-M"));
        QCOMPARE(event.sidc, symbolCode(SymbolEntity::BallisticMissile, Affiliation::Hostile, false, 200'000.0));

        const Parsed xml = parse(cotXml(event, true));
        QCOMPARE(text(xml, "event", "version"), QStringLiteral("2.0"));
        QCOMPARE(text(xml, "event", "type"), QStringLiteral("a-h-A-W-M"));
        QCOMPARE(text(xml, "event", "how"), QStringLiteral("m-f"));
        QCOMPARE(text(xml, "event", "time"), QStringLiteral("2026-05-28T20:26:40.000Z"));
        QCOMPARE(text(xml, "event", "start"), QStringLiteral("2026-05-28T20:26:39.500Z"));
        QCOMPARE(text(xml, "event", "stale"), QStringLiteral("2026-05-28T20:26:50.000Z"));
        QVERIFY(!xml.elements.value(u"event"_s).hasAttribute(u"opex"_s));
        QCOMPARE(number(xml, "point", "lat"), 40.0);
        QCOMPARE(number(xml, "point", "lon"), 133.0);
        QCOMPARE(number(xml, "point", "hae"), 200'000.0);
        // ce: the larger horizontal sigma (north, 400 m); le: the vertical one.
        QCOMPARE(number(xml, "point", "ce"), 400.0);
        QCOMPARE(number(xml, "point", "le"), 250.0);
        QCOMPARE(number(xml, "track", "course"), 45.0);
        QCOMPARE(number(xml, "track", "speed"), 1414.2);
        QCOMPARE(text(xml, "contact", "callsign"), QStringLiteral("F7"));
        QCOMPARE(text(xml, "__milsym", "id"), QStringLiteral("10060600001100000100"));
        QVERIFY2(xml.remarks.contains(u"hostile") && xml.remarks.contains(u"US, JP")
                     && xml.remarks.contains(u"SIDC 10060600001100000100"),
                 qPrintable(xml.remarks));
    }

    void exerciseAndAffiliations_data()
    {
        QTest::addColumn<int>("affiliation");
        QTest::addColumn<bool>("exercise");
        QTest::addColumn<QString>("type");
        QTest::newRow("hostile") << int(Affiliation::Hostile) << false << "a-h-A-W-M";
        QTest::newRow("suspect") << int(Affiliation::Suspect) << false << "a-s-A-W-M";
        QTest::newRow("unknown") << int(Affiliation::Unknown) << false << "a-u-A-W-M";
        QTest::newRow("friend") << int(Affiliation::Friend) << false << "a-f-A-W-M";
        QTest::newRow("faker") << int(Affiliation::Hostile) << true << "a-k-A-W-M";
        QTest::newRow("joker") << int(Affiliation::Suspect) << true << "a-j-A-W-M";
        QTest::newRow("exercise unknown") << int(Affiliation::Unknown) << true << "a-u-A-W-M";
    }

    void exerciseAndAffiliations()
    {
        QFETCH(int, affiliation);
        QFETCH(bool, exercise);
        QFETCH(QString, type);
        FusedTrack track = missile();
        track.affiliation = Affiliation(affiliation);
        track.exercise = exercise;
        const Parsed xml = parse(cotXml(cotTrackEvent(track, nullptr, QStringLiteral("cop.x"), kNowUs)));
        QCOMPARE(text(xml, "event", "type"), type);
        QCOMPARE(text(xml, "event", "opex"), exercise ? QStringLiteral("e") : QString());
        QCOMPARE(text(xml, "__milsym", "id").mid(2, 1), exercise ? QStringLiteral("1") : QStringLiteral("0"));
    }

    // A space launch's vehicle, a spent stage and a satellite as space tracks (2525B "P"), each
    // with its 2525D code; what links to the vehicle names its type.
    void spaceLaunch()
    {
        Launch launch = launchOf();
        launch.kind = LaunchKind::SpaceLaunch;
        launch.origin = QStringLiteral("PRK");
        const CotEvent vehicle = cotTrackEvent(missile(), &launch, QStringLiteral("p"), kNowUs);
        QCOMPARE(vehicle.type, QStringLiteral("a-h-P-L"));
        QCOMPARE(vehicle.sidc, QStringLiteral("10060500001119000000"));
        QVERIFY2(vehicle.remarks.startsWith(u"Space launch vehicle F7"_s), qPrintable(vehicle.remarks));
        QCOMPARE(cotLaunchEvent(missile(), launch, QStringLiteral("p"), kNowUs).parentType, QStringLiteral("a-h-P-L"));
        FusedTrack stage = missile();
        stage.objectKind = ObjectKind::Stage;
        stage.stage = 1;
        const CotEvent piece = cotTrackEvent(stage, &launch, QStringLiteral("p"), kNowUs);
        QCOMPARE(piece.type, QStringLiteral("a-h-P"));
        QCOMPARE(cotImpactEvent(stage, &launch, predictionOf(), QStringLiteral("p"), kNowUs).parentType,
                 QStringLiteral("a-h-P"));
        FusedTrack satellite = missile();
        satellite.objectKind = ObjectKind::Payload;
        QCOMPARE(cotTrackEvent(satellite, &launch, QStringLiteral("p"), kNowUs).type, QStringLiteral("a-h-P-S"));
        // A piece is one whatever its launch; a vehicle not said to be a space launch is a missile.
        QCOMPARE(cotTrackEvent(stage, nullptr, QStringLiteral("p"), kNowUs).type, QStringLiteral("a-h-P"));
        QCOMPARE(cotTrackEvent(missile(), nullptr, QStringLiteral("p"), kNowUs).type, QStringLiteral("a-h-A-W-M"));
    }

    void launchPoint()
    {
        const CotEvent event = cotLaunchEvent(missile(), launchOf(), QStringLiteral("cop.watch1"), kNowUs);
        const Parsed xml = parse(cotXml(event));
        QCOMPARE(text(xml, "event", "uid"), QStringLiteral("cop.watch1.F7.launch"));
        QCOMPARE(text(xml, "event", "type"), QStringLiteral("b-m-p-s-m"));
        QCOMPARE(text(xml, "event", "start"), QStringLiteral("2026-05-28T20:22:40.000Z"));
        QCOMPARE(number(xml, "point", "lat"), 39.0);
        QCOMPARE(number(xml, "point", "lon"), 125.5);
        QCOMPARE(number(xml, "point", "ce"), 2000.0);
        QCOMPARE(text(xml, "__milsym", "id"), QStringLiteral("10062500002503000000"));
        QCOMPARE(text(xml, "link", "uid"), QStringLiteral("cop.watch1.F7"));
        QCOMPARE(text(xml, "link", "relation"), QStringLiteral("p-p"));
    }

    void impactEllipse()
    {
        const CotEvent event = cotImpactEvent(missile(), nullptr, predictionOf(), QStringLiteral("cop.watch1"), kNowUs);
        const Parsed xml = parse(cotXml(event));
        QCOMPARE(text(xml, "event", "uid"), QStringLiteral("cop.watch1.F7.impact"));
        QCOMPARE(text(xml, "event", "type"), QStringLiteral("u-d-c-e"));
        QCOMPARE(number(xml, "point", "lat"), 41.5);
        QCOMPARE(number(xml, "point", "lon"), 139.0);
        // The 95 % ellipse, full axes as ATAK reads them, and its major axis's azimuth.
        QCOMPARE(number(xml, "ellipse", "major"), 40'000.0);
        QCOMPARE(number(xml, "ellipse", "minor"), 15'000.0);
        QCOMPARE(number(xml, "ellipse", "angle"), 30.0);
        QCOMPARE(text(xml, "__milsym", "id"), QStringLiteral("10062500002109000000"));
        QCOMPARE(text(xml, "strokeColor", "value"), QString::number(qint32(0xffff3030u)));

        // Without a 95 % ellipse it is still shown, as a point.
        Prediction bare = predictionOf();
        bare.ellipses.clear();
        const CotEvent point = cotImpactEvent(missile(), nullptr, bare, QStringLiteral("cop.watch1"), kNowUs);
        QCOMPARE(point.type, QStringLiteral("b-m-p-s-m"));
        QVERIFY(!point.ellipse);
    }

    // A CoT file is one event per line, each a document of its own.
    void file()
    {
        const std::vector<CotEvent> events{cotTrackEvent(missile(), nullptr, QStringLiteral("p"), kNowUs),
                                           cotLaunchEvent(missile(), launchOf(), QStringLiteral("p"), kNowUs),
                                           cotImpactEvent(missile(), nullptr, predictionOf(), QStringLiteral("p"), kNowUs)};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeCotFile(&buffer, events));
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.last().isEmpty());
        QStringList types;
        for (qsizetype i = 0; i < 3; ++i) {
            QVERIFY(!lines[i].startsWith("<?xml"));
            types.append(text(parse(lines[i]), "event", "type"));
        }
        QCOMPARE(types, (QStringList{u"a-h-A-W-M"_s, u"b-m-p-s-m"_s, u"u-d-c-e"_s}));
    }

    void scheduleSendsChangesAndKeepsAlive()
    {
        CotSchedule schedule;
        CotEvent a = cotTrackEvent(missile(), nullptr, QStringLiteral("p"), kNowUs);
        CotEvent b = cotLaunchEvent(missile(), launchOf(), QStringLiteral("p"), kNowUs);
        QCOMPARE(schedule.due({a, b}, 1000).size(), size_t(2));
        // A new time alone is no change.
        a.timeUtcUs += 1'000'000;
        QCOMPARE(schedule.due({a, b}, 2000).size(), size_t(0));
        a.point.latDeg += 0.01;
        const auto moved = schedule.due({a, b}, 3000);
        QCOMPARE(moved.size(), size_t(1));
        QCOMPARE(moved.front().uid, a.uid);
        // Unchanged, each is sent again after the keep-alive.
        QCOMPARE(schedule.due({a, b}, 1000 + CotSchedule::kCotKeepAliveMs).size(), size_t(1));
        QCOMPARE(schedule.due({a, b}, 3000 + CotSchedule::kCotKeepAliveMs).size(), size_t(1));
        // A receiver that connects gets everything.
        schedule.reset();
        QCOMPARE(schedule.due({a, b}, 3001 + CotSchedule::kCotKeepAliveMs).size(), size_t(2));
    }

    void scheduleBoundsARound()
    {
        CotSchedule schedule;
        std::vector<CotEvent> flood;
        for (int i = 0; i < 2500; ++i) {
            FusedTrack track = missile();
            track.id = QStringLiteral("F%1").arg(i);
            flood.push_back(cotTrackEvent(track, nullptr, QStringLiteral("p"), kNowUs));
        }
        const auto first = schedule.due(flood, 0);
        QCOMPARE(qsizetype(first.size()), CotSchedule::kCotMaxEventsPerRound);
        // The ones left waiting go first next round, even though the others changed meanwhile.
        for (CotEvent &event : flood)
            event.point.heightM += 1.0;
        const auto second = schedule.due(flood, 1000);
        QCOMPARE(qsizetype(second.size()), CotSchedule::kCotMaxEventsPerRound);
        QCOMPARE(second.front().uid, QStringLiteral("p.F2000"));
        QCOMPARE(second[499].uid, QStringLiteral("p.F2499"));
        QCOMPARE(second[500].uid, QStringLiteral("p.F0"));
    }
};

QTEST_GUILESS_MAIN(CotEncodingTest)
#include "tst_cot_encoding.moc"
