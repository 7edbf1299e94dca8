// Alerts the three nations' services raise about one launch: one row in the alert panel listing
// the three nations, and one acknowledgement there reaching each of the three services. Three
// real cop-sim processes play a salvo; the console is a Picture, AlertBook, TrackServices and a
// fused picture, as in the application.
#include "SimProcess.h"

#include "AlarmHorn.h"
#include "AlertBook.h"
#include "AlertPanel.h"
#include "AlertTableModel.h"
#include "Annunciator.h"
#include "FusedPicture.h"
#include "Picture.h"
#include "TrackServices.h"

#include <QDateTime>
#include <QProcess>
#include <QTest>

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 30'000;
const QStringList kNations{u"US"_s, u"JP"_s, u"KR"_s};

} // namespace

class AlertGroupingTest : public QObject
{
    Q_OBJECT

private slots:
    void oneRowPerLaunchListsEveryNationAndOneAcknowledgementReachesEachService()
    {
        // Started together and on one clock, as the nations watching one salvo are.
        std::array<QProcess, 3> sims;
        const QString start = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (int i = 0; i < 3; ++i)
            sims[i].start(QStringLiteral(COP_SIM_EXECUTABLE),
                          {"--listen", "127.0.0.1:0", "--nation", kNations[i], "--scenario",
                           QStringLiteral(COP_FIXTURES "/salvo.json"), "--start-utc", start});
        cop::Picture picture;
        cop::AlertBook alerts(&picture, u"Kim Min-jun"_s, u"seoul-1"_s);
        cop::TrackServices services(&picture, &alerts, u"seoul-1"_s);
        for (int i = 0; i < 3; ++i) {
            const int port = simProcessPort(sims[i]);
            QVERIFY2(port > 0, sims[i].readAllStandardError().constData());
            services.add(kNations[i], u"127.0.0.1:%1"_s.arg(port));
        }
        cop::FusedPicture fused(&picture, &alerts);
        cop::Annunciator annunciator(&alerts);
        cop::AlarmHorn horn;
        cop::AlertPanel panel(&alerts, &picture, &annunciator, &horn);
        cop::AlertTableModel *model = panel.model();
        model->setFusion(&fused);

        const auto launchRows = [&] {
            QList<int> rows;
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->alertAt(row)->report.kind == cop::AlertKind::LaunchDetected)
                    rows.append(row);
            }
            return rows;
        };
        const auto allGrouped = [&] {
            const QList<int> rows = launchRows();
            return rows.size() == 3 && std::all_of(rows.begin(), rows.end(), [&](int row) {
                       return model->keysAt(row).size() == 3;
                   });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allGrouped(), kTimeoutMs);

        const int row = launchRows().first();
        const QList<cop::ServiceKey> keys = model->keysAt(row);
        QCOMPARE(model->index(row, cop::AlertTableModel::Nations).data().toString(), u"US, JP, KR"_s);
        QCOMPARE(model->index(row, cop::AlertTableModel::Track).data().toString(),
                 fused.fusedIdOf({keys.first().service, alerts.alerts().value(keys.first()).report.trackId}));

        panel.resize(1200, 400);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.select(keys);
        QTest::keyClick(&panel, Qt::Key_K, Qt::ControlModifier);

        // Each service records the acknowledgement and sends it back to every console.
        const auto acknowledgedByKim = [&](const cop::ServiceKey &key) {
            const cop::Alert alert = alerts.alerts().value(key);
            return alert.state() == cop::AlertState::ActiveAcknowledged
                   && std::any_of(alert.report.acknowledgements.begin(),
                                  alert.report.acknowledgements.end(),
                                  [](const cop::Acknowledgement &ack) {
                                      return ack.operatorName == u"Kim Min-jun" && ack.consoleId == u"seoul-1";
                                  });
        };
        for (const cop::ServiceKey &key : keys)
            QTRY_VERIFY_WITH_TIMEOUT(acknowledgedByKim(key), kTimeoutMs);
        QStringList services3;
        for (const cop::ServiceKey &key : keys)
            services3.append(key.service);
        services3.sort();
        QCOMPARE(services3, QStringList({u"JP"_s, u"KR"_s, u"US"_s}));

        // The other launches' rows were not touched.
        for (int other : launchRows()) {
            for (const cop::ServiceKey &key : model->keysAt(other)) {
                if (!keys.contains(key))
                    QVERIFY(!acknowledgedByKim(key));
            }
        }
        for (QProcess &sim : sims) {
            sim.terminate();
            QVERIFY(sim.waitForFinished(10'000));
        }
    }
};

QTEST_MAIN(AlertGroupingTest)
#include "tst_alert_grouping.moc"
