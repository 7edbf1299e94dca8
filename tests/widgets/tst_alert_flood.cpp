// The alert flood figure: how many top-level rows and alerts the alert panel holds after 4 and
// 10 minutes of a shipped scenario, flown by the three nations' real simulators in process,
// through the console's decoder, picture, alert book, fusion and alert model. The goal: no more
// top-level rows than missiles (plus feed rows), and no Critical launch or territory alert for a
// missile that does not come down on a territory.
#include "FusionSettled.h"
#include "InProcessNation.h"

#include "alerts/AlertBook.h"
#include "AlertTableModel.h"
#include "fusion/FusedPicture.h"
#include "geo/GeoPoint.h"
#include "regions/RegionMap.h"
#include "picture/Picture.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Where a flight ends (an impact, or a break-up in the air): in a territory or not.
bool endsOnTerritory(const cop::sim::Simulator::Truth &truth)
{
    const cop::dynamics::State end = truth.flight->at(truth.flight->endS());
    const cop::GeoPoint point = cop::geodeticFromEcef({end(0), end(1), end(2)});
    return cop::regions::RegionMap::builtIn().at(point).isWatchedTerritory();
}

} // namespace

class AlertFloodTest : public QObject
{
    Q_OBJECT

private slots:
    void oneRowPerMissile_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("demo") << u"demo.json"_s;
        QTest::newRow("srbm-salvo") << u"srbm-salvo.json"_s;
    }

    void oneRowPerMissile()
    {
        QFETCH(QString, scenario);
        const auto nations = allNations(cop::sim::loadScenario((u"" COP_SCENARIOS "/"_s + scenario).toStdString()));
        const std::vector<cop::sim::Simulator::Truth> flights = nations.front()->simulator.plannedFlights();
        cop::Picture picture;
        cop::AlertBook alerts(&picture, u"Kim"_s, u"seoul-1"_s);
        alerts.setClock([&picture] { return picture.nowUtcUs(); });
        cop::FusedPicture fused(&picture, &alerts);
        cop::AlertTableModel model(&alerts, &picture);
        model.setFusion(&fused);

        double t = 0.0;
        QStringList failures;
        for (const double minutes : {4.0, 10.0}) {
            bool settled = true;
            flyNations(nations, picture, t, minutes * 60.0, [&] { settled = settled && fusionSettled(fused); });
            QVERIFY(settled);
            const double nowS = minutes * 60.0;
            const auto missiles = std::count_if(flights.begin(), flights.end(),
                                                [nowS](const auto &f) { return f.launchS <= nowS; });
            qsizetype active = 0;
            for (const cop::Alert &alert : alerts.alerts())
                active += cop::isOnActiveList(alert.state()) ? 1 : 0;
            qInfo("%s after %.0f min: %d missiles, %d top-level rows, %lld alerts on the active list",
                  qPrintable(scenario), minutes, int(missiles), model.rowCount(), active);
            for (const cop::FusedTrack *track : fused.tracks()) {
                QStringList ids;
                for (const auto &c : track->contributors)
                    ids << c.key.id;
                qInfo("  fused %s: %s div %d", qPrintable(track->id), qPrintable(ids.join(u',')), int(track->divergence));
            }
            QStringList falseCriticals;
            for (int row = 0; row < model.rowCount(); ++row) {
                for (const cop::ServiceKey &key : model.keysAt(row)) {
                    const cop::Alert &alert = alerts.alerts()[key];
                    qInfo("  row %d: %s %s %s %s %s", row, qPrintable(key.service), qPrintable(alert.report.trackId),
                          qPrintable(model.index(row, cop::AlertTableModel::Track).data().toString()),
                          qPrintable(u"%1/%2"_s.arg(int(alert.report.kind)).arg(int(alert.report.severity))),
                          qPrintable(alert.report.regionId));
                    const bool launchOrTerritory = alert.report.kind == cop::AlertKind::LaunchDetected
                                                   || alert.report.kind == cop::AlertKind::ImpactInTerritory;
                    if (alert.raisedByConsole || alert.report.severity != cop::Severity::Critical || !launchOrTerritory)
                        continue;
                    const auto nation = std::find_if(nations.begin(), nations.end(),
                                                     [&](const auto &n) { return n->name == key.service; });
                    const auto truth = (*nation)->simulator.truthOf(alert.report.trackId.toStdString());
                    if (truth && !endsOnTerritory(*truth))
                        falseCriticals.append(u"%1 %2 (%3)"_s.arg(key.service, alert.report.trackId,
                                                                  QString::fromStdString(truth->launchId)));
                }
            }
            if (!falseCriticals.isEmpty())
                failures.append(u"after %1 min, Critical: %2"_s.arg(minutes).arg(falseCriticals.join(u", ")));
            if (model.rowCount() > missiles)
                failures.append(u"after %1 min, %2 rows for %3 missiles"_s.arg(minutes).arg(model.rowCount()).arg(missiles));
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"; ")));
    }
};

QTEST_MAIN(AlertFloodTest)
#include "tst_alert_flood.moc"
