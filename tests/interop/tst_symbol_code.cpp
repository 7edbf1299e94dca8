// MIL-STD-2525D symbol identification codes for what the console shows (core/interop/SymbolCode).
// Each expected code is written field by field from the standard's table of the SIDC (2525D, 5.2),
// so a wrong digit names the field it is in.

#include "interop/SymbolCode.h"

#include <QTest>

using namespace cop;

namespace {

struct Expected
{
    const char *context;   // 3: 0 reality, 1 exercise
    const char *identity;  // 4: 1 unknown, 3 friend, 5 suspect/joker, 6 hostile/faker
    const char *symbolSet; // 5-6
    const char *entity;    // 11-16
    const char *modifier1; // 17-18
};

QString code(const Expected &e)
{
    // Version 10 (2525D); status 0 present; no HQ/TF/dummy (0); no amplifier (00); no sector 2
    // modifier (00).
    return QStringLiteral("10") + QLatin1StringView(e.context) + QLatin1StringView(e.identity)
           + QLatin1StringView(e.symbolSet) + QStringLiteral("0") + QStringLiteral("0") + QStringLiteral("00")
           + QLatin1StringView(e.entity) + QLatin1StringView(e.modifier1) + QStringLiteral("00");
}

} // namespace

class SymbolCodeTest : public QObject
{
    Q_OBJECT

private slots:
    void missile_data()
    {
        QTest::addColumn<int>("affiliation");
        QTest::addColumn<bool>("exercise");
        QTest::addColumn<double>("heightM");
        QTest::addColumn<QString>("expected");
        // Air missile (02), entity 110000 missile, sector 1 modifier 06 ballistic.
        QTest::newRow("hostile, air") << int(Affiliation::Hostile) << false << 40'000.0
                                      << code({"0", "6", "02", "110000", "06"});
        QTest::newRow("suspect, air") << int(Affiliation::Suspect) << false << 0.0
                                      << code({"0", "5", "02", "110000", "06"});
        QTest::newRow("unknown, air") << int(Affiliation::Unknown) << false << 99'999.0
                                      << code({"0", "1", "02", "110000", "06"});
        QTest::newRow("friend, air") << int(Affiliation::Friend) << false << 10'000.0
                                     << code({"0", "3", "02", "110000", "06"});
        // In an exercise: faker, joker, exercise unknown, exercise friend.
        QTest::newRow("faker") << int(Affiliation::Hostile) << true << 40'000.0
                               << code({"1", "6", "02", "110000", "06"});
        QTest::newRow("joker") << int(Affiliation::Suspect) << true << 40'000.0
                               << code({"1", "5", "02", "110000", "06"});
        QTest::newRow("exercise unknown") << int(Affiliation::Unknown) << true << 40'000.0
                                          << code({"1", "1", "02", "110000", "06"});
        QTest::newRow("exercise friend") << int(Affiliation::Friend) << true << 40'000.0
                                         << code({"1", "3", "02", "110000", "06"});
        // Space missile (06) from 100 km: entity 110000 missile, sector 1 modifier 01 ballistic.
        QTest::newRow("hostile, space") << int(Affiliation::Hostile) << false << 100'000.0
                                        << code({"0", "6", "06", "110000", "01"});
        QTest::newRow("faker, space") << int(Affiliation::Hostile) << true << 600'000.0
                                      << code({"1", "6", "06", "110000", "01"});
        QTest::newRow("unknown, space") << int(Affiliation::Unknown) << false << 300'000.0
                                        << code({"0", "1", "06", "110000", "01"});
    }

    void missile()
    {
        QFETCH(int, affiliation);
        QFETCH(bool, exercise);
        QFETCH(double, heightM);
        QFETCH(QString, expected);
        const QString sidc = symbolCode(SymbolEntity::BallisticMissile, Affiliation(affiliation), exercise, heightM);
        QCOMPARE(sidc.size(), 20);
        QCOMPARE(sidc, expected);
    }

    void points_data()
    {
        QTest::addColumn<int>("entity");
        QTest::addColumn<int>("affiliation");
        QTest::addColumn<bool>("exercise");
        QTest::addColumn<QString>("expected");
        // Control measures (25): 250300 fires point "Launch Point", 210900 and 210800 maritime
        // control points "Predicted Impact Point" and "Impact Point"; no modifiers.
        QTest::newRow("launch point, hostile") << int(SymbolEntity::LaunchPoint) << int(Affiliation::Hostile) << false
                                               << code({"0", "6", "25", "250300", "00"});
        QTest::newRow("launch point, exercise unknown")
            << int(SymbolEntity::LaunchPoint) << int(Affiliation::Unknown) << true << code({"1", "1", "25", "250300", "00"});
        QTest::newRow("predicted impact, hostile") << int(SymbolEntity::PredictedImpactPoint) << int(Affiliation::Hostile)
                                                   << false << code({"0", "6", "25", "210900", "00"});
        QTest::newRow("predicted impact, joker") << int(SymbolEntity::PredictedImpactPoint) << int(Affiliation::Suspect)
                                                 << true << code({"1", "5", "25", "210900", "00"});
        QTest::newRow("impact, hostile") << int(SymbolEntity::ImpactPoint) << int(Affiliation::Hostile) << false
                                         << code({"0", "6", "25", "210800", "00"});
    }

    void points()
    {
        QFETCH(int, entity);
        QFETCH(int, affiliation);
        QFETCH(bool, exercise);
        QFETCH(QString, expected);
        // A point's code does not depend on a height.
        QCOMPARE(symbolCode(SymbolEntity(entity), Affiliation(affiliation), exercise, 500'000.0), expected);
        QCOMPARE(symbolCode(SymbolEntity(entity), Affiliation(affiliation), exercise), expected);
    }

    void spaceLaunch_data()
    {
        QTest::addColumn<int>("objectKind");
        QTest::addColumn<int>("launchKind");
        QTest::addColumn<QString>("expected");
        // Space (05): 111900 "Space Launched Vehicle (SLV)", 110100 "Space Vehicle" for the pieces,
        // 110700 "Satellite"; no modifiers. Anything not said to be a space launch is a missile.
        const auto space = [](const char *entity) { return code({"0", "6", "05", entity, "00"}); };
        const QString missile = code({"0", "6", "06", "110000", "01"});
        QTest::newRow("vehicle, space launch") << int(ObjectKind::Vehicle) << int(LaunchKind::SpaceLaunch) << space("111900");
        QTest::newRow("unknown object, space launch") << int(ObjectKind::Unknown) << int(LaunchKind::SpaceLaunch)
                                                      << space("111900");
        QTest::newRow("stage") << int(ObjectKind::Stage) << int(LaunchKind::SpaceLaunch) << space("110100");
        QTest::newRow("fairing, launch not judged") << int(ObjectKind::Fairing) << int(LaunchKind::Unknown)
                                                    << space("110100");
        QTest::newRow("debris") << int(ObjectKind::Debris) << int(LaunchKind::BallisticMissile) << space("110100");
        QTest::newRow("satellite") << int(ObjectKind::Payload) << int(LaunchKind::SpaceLaunch) << space("110700");
        QTest::newRow("missile's payload") << int(ObjectKind::Payload) << int(LaunchKind::BallisticMissile) << missile;
        QTest::newRow("vehicle, missile") << int(ObjectKind::Vehicle) << int(LaunchKind::BallisticMissile) << missile;
        QTest::newRow("nothing said") << int(ObjectKind::Unknown) << int(LaunchKind::Unknown) << missile;
    }

    void spaceLaunch()
    {
        QFETCH(int, objectKind);
        QFETCH(int, launchKind);
        QFETCH(QString, expected);
        const SymbolEntity entity = trackSymbolEntity(ObjectKind(objectKind), LaunchKind(launchKind));
        QCOMPARE(symbolCode(entity, Affiliation::Hostile, false, 300'000.0), expected);
        QVERIFY(symbolCodes().contains(expected));
    }

    // The codes as literals too: the helper above could share a mistake with the code under test.
    void literals()
    {
        QCOMPARE(symbolCode(SymbolEntity::BallisticMissile, Affiliation::Hostile, false, 1000.0),
                 QStringLiteral("10060200001100000600"));
        QCOMPARE(symbolCode(SymbolEntity::BallisticMissile, Affiliation::Hostile, false, 250'000.0),
                 QStringLiteral("10060600001100000100"));
        QCOMPARE(symbolCode(SymbolEntity::PredictedImpactPoint, Affiliation::Hostile, false),
                 QStringLiteral("10062500002109000000"));
        QCOMPARE(symbolCode(SymbolEntity::SpaceLaunchVehicle, Affiliation::Hostile, false),
                 QStringLiteral("10060500001119000000"));
    }
};

QTEST_GUILESS_MAIN(SymbolCodeTest)
#include "tst_symbol_code.moc"
