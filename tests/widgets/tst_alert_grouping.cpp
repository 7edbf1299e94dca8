// Alerts the three nations' services raise about one missile: one top-level row in the alert
// panel listing the three nations, whatever the kind of alert, also when a nation drops its track
// and starts a new one; and one acknowledgement of that row reaching each alert's own service.
// Three real cop-sim processes play a salvo, the console a Picture, AlertBook, TrackServices and
// a fused picture, as in the application; re-initiation is played with synthetic tracks.
#include "AlertReports.h"
#include "FusionSettled.h"
#include "SimProcess.h"
#include "SyntheticSalvo.h"

#include "AlarmHorn.h"
#include "alerts/AlertBook.h"
#include "AlertPanel.h"
#include "AlertTableModel.h"
#include "AlertTreeView.h"
#include "alerts/Annunciator.h"
#include "fusion/FusedPicture.h"
#include "picture/Picture.h"
#include "TrackServices.h"

#include <QDateTime>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 30'000;
const QStringList kNations{u"US"_s, u"JP"_s, u"KR"_s};

// The console's alert panel over a picture, grouping by its fused view, as in the application.
struct FusedAlertPanel
{
    FusedAlertPanel(cop::Picture *picture, cop::AlertBook *alerts)
        : fused(picture, alerts)
        , annunciator(alerts)
        , panel(alerts, picture, &annunciator, &horn)
    {
        panel.model()->setFusion(&fused);
    }

    cop::FusedPicture fused;
    cop::Annunciator annunciator;
    cop::AlarmHorn horn;
    cop::AlertPanel panel;
};

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
        FusedAlertPanel console(&picture, &alerts);
        const cop::FusedPicture &fused = console.fused;
        cop::AlertPanel &panel = console.panel;
        cop::AlertTableModel *model = panel.model();

        // One row per missile, each holding every nation's alerts about it.
        const auto launchRows = [&] {
            QList<int> rows;
            for (int row = 0; row < model->rowCount(); ++row) {
                if (!model->missileAt(row).isEmpty())
                    rows.append(row);
            }
            return rows;
        };
        const auto allGrouped = [&] {
            const QList<int> rows = launchRows();
            return rows.size() == 3 && std::all_of(rows.begin(), rows.end(), [&](int row) {
                       return model->index(row, cop::AlertTableModel::Nations).data().toString() == u"US, JP, KR";
                   });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allGrouped(), kTimeoutMs);

        const int row = launchRows().first();
        const QList<cop::ServiceKey> keys = model->keysAt(row);
        QCOMPARE(model->index(row, cop::AlertTableModel::Nations).data().toString(), u"US, JP, KR"_s);
        QCOMPARE(model->index(row, cop::AlertTableModel::Track).data().toString(),
                 fused.fusedIdOf({keys.first().service, alerts.alerts().value(keys.first()).report.trackId}));
        QCOMPARE(model->rowCount(model->index(row, 0)), keys.size()); // each alert its own child

        panel.resize(1200, 400);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.select(keys);
        QTest::keyClick(&panel, Qt::Key_K, Qt::ControlModifier);

        // Each service records the acknowledgement and sends it back to every console.
        const auto acknowledgedByKim = [&](const cop::ServiceKey &key) {
            const cop::Alert alert = alerts.alerts().value(key);
            return !cop::isUnacknowledged(alert.state())
                   && std::any_of(alert.report.acknowledgements.begin(),
                                  alert.report.acknowledgements.end(),
                                  [](const cop::Acknowledgement &ack) {
                                      return ack.operatorName == u"Kim Min-jun" && ack.consoleId == u"seoul-1";
                                  });
        };
        for (const cop::ServiceKey &key : keys)
            QTRY_VERIFY_WITH_TIMEOUT(acknowledgedByKim(key), kTimeoutMs);
        QStringList services3;
        for (const cop::ServiceKey &key : keys) {
            if (!services3.contains(key.service))
                services3.append(key.service);
        }
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

    void aNationsReinitiatedTrackStaysInItsMissilesRow_data()
    {
        QTest::addColumn<bool>("overlap");
        QTest::newRow("new id after the old one is dropped") << false;
        QTest::newRow("new id while the old one still coasts") << true;
    }

    void aNationsReinitiatedTrackStaysInItsMissilesRow()
    {
        // Two missiles seen by the US and Japan. The US drops its track of missile 0 and starts a
        // new one under a new id (a tracker re-initiating): every alert about missile 0 (the US's
        // on both of its ids, Japan's) stays in one row, and acknowledging that row asks each
        // alert's own service.
        QFETCH(bool, overlap);
        using cop::testing::SyntheticSalvo;
        const std::vector<cop::testing::ServiceModel> nations = {cop::testing::threeNations()[0],
                                                                 cop::testing::threeNations()[1]};
        SyntheticSalvo salvo(2, 30'000.0, nations, 5);
        cop::Picture picture;
        cop::AlertBook alerts(&picture, u"Kim"_s, u"seoul-1"_s);
        FusedAlertPanel console(&picture, &alerts);
        const cop::FusedPicture &fused = console.fused;
        cop::AlertPanel &panel = console.panel;
        cop::AlertTableModel *model = panel.model();
        QHash<QString, quint64> sequence;
        const auto send = [&](const QString &service, cop::PictureEvent event) {
            cop::ServiceBatch batch;
            batch.service = service;
            batch.events.push_back({++sequence[service], std::move(event)});
            picture.applyBatch(batch);
        };
        const auto raise = [&](const QString &service, const QString &id, const QString &trackId) {
            cop::AlertUpdate alert = cop::testing::alertReport(id, cop::Severity::Warning,
                                                               cop::AlertState::ActiveUnacknowledged, 1);
            alert.trackId = trackId;
            send(service, alert);
        };
        const QString oldUs = SyntheticSalvo::trackId(nations[0], 0, 0);
        const QString newUs = SyntheticSalvo::trackId(nations[0], 0, 1);
        for (int t = 0; t < 40; ++t) {
            picture.setReplayClock(SyntheticSalvo::kStartUtcUs + t * 1'000'000LL);
            for (size_t s = 0; s < nations.size(); ++s) {
                for (int m = 0; m < salvo.missiles(); ++m) {
                    const bool reinitiated = s == 0 && m == 0 && t >= 15;
                    if (!reinitiated || (overlap && t < 20))
                        send(nations[s].name, salvo.report(s, m, t).state);
                    if (reinitiated)
                        send(nations[s].name, salvo.report(s, m, t, 1).state);
                }
            }
            if (t == (overlap ? 20 : 15))
                send(u"US"_s, cop::TrackDrop{oldUs, SyntheticSalvo::kStartUtcUs + t * 1'000'000LL,
                                             cop::DropReason::Lost, false});
            if (t == 5) {
                raise(u"US"_s, u"US-A1"_s, oldUs);
                raise(u"JP"_s, u"JP-A1"_s, SyntheticSalvo::trackId(nations[1], 0));
                raise(u"US"_s, u"US-A2"_s, SyntheticSalvo::trackId(nations[0], 1));
            }
            if (t == 16)
                raise(u"US"_s, u"US-A3"_s, newUs); // the new track's own launch alert
            QVERIFY(fusionSettled(fused));
        }
        QVERIFY(fused.fusedIdOf({u"US"_s, oldUs}).isEmpty()); // gone from the picture
        const QString missile = fused.fusedIdOf({u"US"_s, newUs});
        QCOMPARE(missile, fused.fusedIdOf({u"JP"_s, SyntheticSalvo::trackId(nations[1], 0)}));
        QCOMPARE(model->rowCount(), 2);
        const int row = model->rowOf({u"US"_s, u"US-A1"_s});
        QCOMPARE(model->missileAt(row), missile);
        QList<cop::ServiceKey> keys = model->keysAt(row);
        std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
        QCOMPARE(keys, (QList<cop::ServiceKey>{{u"JP"_s, u"JP-A1"_s}, {u"US"_s, u"US-A1"_s}, {u"US"_s, u"US-A3"_s}}));
        QCOMPARE(model->index(row, cop::AlertTableModel::Nations).data().toString(), u"US, JP"_s);

        QSignalSpy requested(&alerts, &cop::AlertBook::acknowledgementRequested);
        panel.resize(1200, 400);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.select(model->keysAt(row));
        QCOMPARE(panel.table()->selectionModel()->selectedRows().size(), 1); // the missile's row
        QTest::keyClick(&panel, Qt::Key_K, Qt::ControlModifier);
        QList<cop::ServiceKey> asked;
        for (const QList<QVariant> &request : requested)
            asked.append(request.at(0).value<cop::ServiceKey>());
        std::sort(asked.begin(), asked.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
        QCOMPARE(asked, keys); // each at its own service; the other missile's alert untouched
    }
};

QTEST_MAIN(AlertGroupingTest)
#include "tst_alert_grouping.moc"
