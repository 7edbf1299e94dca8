// The alert panel as an operator uses it: order, flashing, shortcuts, watermark, horn, and the
// feedback each action gives.
#include "AlarmHorn.h"
#include "AlertDetailsDialog.h"
#include "AlertHistoryModel.h"
#include "AlertHistoryPanel.h"
#include "AlertReports.h"
#include "AlarmTones.h"
#include "AlertPanel.h"
#include "AlertTableModel.h"
#include "AlertTableView.h"
#include "AlertText.h"
#include "AlertTreeView.h"
#include "ExerciseWatermark.h"
#include "alerts/Annunciator.h"

#include <algorithm>

#include <QApplication>
#include <QAudioDevice>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QMediaDevices>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using cop::AlertState;
using cop::Severity;

namespace {

constexpr qint64 kMinuteUs = 60'000'000;

class Fixture
{
public:
    Fixture()
        : alerts(&picture, u"Kim"_s, u"seoul-1"_s)
        , annunciator(&alerts)
        , panel(&alerts, &picture, &annunciator, &horn)
    {
        alerts.setFeedAlertDelays({}, {}); // feed alerts at once here; tst_alert_book times them
        panel.resize(1200, 400);
    }

    void raise(const QString &id, Severity severity, qint64 raisedUtcUs, bool exercise = false,
               AlertState state = AlertState::ActiveUnacknowledged)
    {
        picture.applyBatch(cop::testing::alertBatch(
            u"US"_s, ++sequence, cop::testing::alertReport(id, severity, state, raisedUtcUs, exercise)));
    }

    void placeTrack(const QString &trackId, double latDeg, double lonDeg)
    {
        cop::TrackUpdate track;
        track.trackId = trackId;
        track.timeUtcUs = QDateTime::currentMSecsSinceEpoch() * 1000;
        track.position = {latDeg, lonDeg, 50'000};
        cop::ServiceBatch batch;
        batch.service = u"US"_s;
        batch.events.push_back({++sequence, track});
        picture.applyBatch(batch);
    }

    QStringList rowIds() const
    {
        QStringList ids;
        for (int row = 0; row < panel.model()->rowCount(); ++row)
            ids << panel.model()->keyAt(row).id;
        return ids;
    }

    AlertState stateOf(const cop::ServiceKey &key) const
    {
        const auto it = alerts.alerts().constFind(key);
        return it == alerts.alerts().cend() ? AlertState::Unknown : it->state();
    }

    bool showActive()
    {
        panel.show();
        panel.activateWindow();
        return QTest::qWaitForWindowActive(&panel);
    }

    void pressInPanel(QKeyCombination keys) { QTest::keyClick(&panel, keys.key(), keys.keyboardModifiers()); }

    cop::Picture picture;
    cop::AlertBook alerts;
    cop::Annunciator annunciator;
    cop::AlarmHorn horn;
    cop::AlertPanel panel;
    quint64 sequence = 0;
};

struct HighlightSwitch
{
    qint64 atMs;
    bool on;
};

// Each time the unacknowledged highlight switched during `ms`, and to what.
std::vector<HighlightSwitch> highlightSwitches(cop::AlertTableModel *model, int ms)
{
    std::vector<HighlightSwitch> switches;
    QElapsedTimer clock;
    clock.start();
    bool last = model->highlightsUnacknowledged();
    while (clock.elapsed() < ms) {
        QTest::qWait(10);
        if (model->highlightsUnacknowledged() != last) {
            last = !last;
            switches.push_back({clock.elapsed(), last});
        }
    }
    return switches;
}

} // namespace

class AlertPanelTest : public QObject
{
    Q_OBJECT

private slots:
    void listsMostSevereFirstThenNewestAndShelvedLast()
    {
        Fixture f;
        const qint64 t = 1'700'000'000'000'000;
        f.raise(u"advisory"_s, Severity::Advisory, t + 3 * kMinuteUs);
        f.raise(u"warning-old"_s, Severity::Warning, t);
        f.raise(u"critical"_s, Severity::Critical, t);
        f.raise(u"warning-new"_s, Severity::Warning, t + kMinuteUs);
        QCOMPARE(f.rowIds(), (QStringList{u"critical"_s, u"warning-new"_s, u"warning-old"_s, u"advisory"_s}));

        QVERIFY(f.alerts.shelve({u"US"_s, u"critical"_s}, std::chrono::minutes(5)));
        QCOMPARE(f.rowIds(), (QStringList{u"warning-new"_s, u"warning-old"_s, u"advisory"_s, u"critical"_s}));
    }

    void flashesUnacknowledgedRowsNoFasterThanOneHertz()
    {
        Fixture f;
        f.raise(u"A1"_s, Severity::Warning, 1);
        f.panel.show();
        constexpr int kWatchMs = 3200;
        const auto switches = highlightSwitches(f.panel.model(), kWatchMs);
        QVERIFY2(switches.size() >= 2, "unacknowledged rows do not flash");
        // On with each wall-clock second, so no more ons than seconds begin in the watch; a busy
        // event loop may come late to an on, never early. Each on lasts its half period
        // (500 ms; the margin is the sampling's and a coarse timer's).
        const auto ons = std::count_if(switches.begin(), switches.end(), [](const HighlightSwitch &s) { return s.on; });
        QVERIFY2(ons <= kWatchMs / 1000 + 1, qPrintable(u"%1 flashes in %2 ms"_s.arg(ons).arg(kWatchMs)));
        for (size_t i = 1; i < switches.size(); ++i) {
            if (switches[i - 1].on)
                QVERIFY2(switches[i].atMs - switches[i - 1].atMs >= 400,
                         qPrintable(u"on for only %1 ms"_s.arg(switches[i].atMs - switches[i - 1].atMs)));
        }
        const QModelIndex row = f.panel.model()->index(0, 0);
        QVERIFY(row.data(cop::AlertTableModel::UnacknowledgedRole).toBool());
    }

    void reduceMotionHighlightsSteadily()
    {
        Fixture f;
        f.raise(u"A1"_s, Severity::Warning, 1);
        f.panel.show();
        f.panel.setReduceMotion(true);
        QVERIFY(f.panel.model()->highlightsUnacknowledged());
        QVERIFY(highlightSwitches(f.panel.model(), 1500).empty());
        const QModelIndex row = f.panel.model()->index(0, 0);
        QVERIFY(row.data(Qt::BackgroundRole).isValid());
        QVERIFY(row.data(Qt::FontRole).value<QFont>().bold());
    }

    void shortcutsAcknowledgeShelveUnshelveAndSilence()
    {
        Fixture f;
        cop::FeedStatus down;
        down.service = u"JP"_s;
        down.state = cop::FeedState::Down;
        f.picture.updateFeed(down); // a console alert: acknowledged here, at once
        f.raise(u"A1"_s, Severity::Critical, 1);
        QVERIFY(f.showActive());
        const cop::ServiceKey feed{u"JP"_s, cop::AlertBook::kFeedAlertId};
        const cop::ServiceKey service{u"US"_s, u"A1"_s};

        QSignalSpy requested(&f.alerts, &cop::AlertBook::acknowledgementRequested);
        f.panel.select({service});
        f.pressInPanel(Qt::CTRL | Qt::Key_K);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).value<cop::ServiceKey>(), service);
        QCOMPARE(f.panel.model()->index(f.panel.model()->rowOf(service), cop::AlertTableModel::State)
                     .data().toString(),
                 u"Ack pending"_s);

        f.panel.select({feed});
        f.pressInPanel(Qt::CTRL | Qt::Key_1);
        QCOMPARE(int(f.stateOf(feed)), int(AlertState::Shelved));
        const qint64 expiry = f.alerts.alerts().value(feed).shelvedUntilUtcUs;
        QVERIFY(qAbs(expiry - QDateTime::currentMSecsSinceEpoch() * 1000 - 5 * kMinuteUs) < kMinuteUs);
        f.panel.select({feed});
        f.pressInPanel(Qt::CTRL | Qt::Key_U);
        QCOMPARE(int(f.stateOf(feed)), int(AlertState::ActiveUnacknowledged));

        QCOMPARE(int(f.annunciator.sounding()), int(Severity::Critical));
        f.pressInPanel(Qt::CTRL | Qt::Key_M);
        QCOMPARE(int(f.annunciator.sounding()), int(Severity::Unknown));
        QCOMPARE(int(f.stateOf(feed)), int(AlertState::ActiveUnacknowledged)); // silence is not ack
    }

    void acknowledgeAllVisibleAsksFirst()
    {
        Fixture f;
        for (const char *service : {"JP", "KR"}) {
            cop::FeedStatus stale;
            stale.service = QString::fromLatin1(service);
            stale.state = cop::FeedState::Stale;
            f.picture.updateFeed(stale);
        }
        QVERIFY(f.showActive());
        const auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QVERIFY(box->text().contains(u"2"_s));
                box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        f.pressInPanel(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
        QCOMPARE(int(f.stateOf({u"JP"_s, cop::AlertBook::kFeedAlertId})), int(AlertState::ActiveUnacknowledged));

        answer(QMessageBox::Yes);
        f.pressInPanel(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
        QCOMPARE(int(f.stateOf({u"JP"_s, cop::AlertBook::kFeedAlertId})), int(AlertState::ActiveAcknowledged));
        QCOMPARE(int(f.stateOf({u"KR"_s, cop::AlertBook::kFeedAlertId})), int(AlertState::ActiveAcknowledged));
        QCOMPARE(f.alerts.history().back().operatorName, u"Kim"_s);
    }

    void exerciseRowsCarryTheWatermarkOnlyAcrossThemselves()
    {
        Fixture f;
        f.raise(u"real"_s, Severity::Warning, 3);
        f.raise(u"drill"_s, Severity::Warning, 2, true);
        f.raise(u"after"_s, Severity::Warning, 1);
        QCOMPARE(f.rowIds(), (QStringList{u"real"_s, u"drill"_s, u"after"_s}));
        cop::AlertTableModel *model = f.panel.model();
        QVERIFY(model->index(1, 0).data(cop::AlertTableModel::ExerciseRole).toBool());
        QVERIFY(!model->index(0, 0).data(cop::AlertTableModel::ExerciseRole).toBool());

        f.panel.setReduceMotion(true); // all rows drawn alike but for the watermark
        f.panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        cop::AlertTreeView *view = f.panel.table();
        view->expandAll(); // each alert's own row under its missile's
        const auto rowImage = [view](const QModelIndex &index) {
            return view->viewport()->grab(view->rowRect(index)).toImage();
        };
        const QModelIndex drill = model->index(1, 0);
        QVERIFY(bluishPixels(rowImage(drill)) > 50);
        QVERIFY(bluishPixels(rowImage(model->index(0, 0, drill))) > 50);
        // The rows above and below, top-level and child, carry none of it.
        for (const QModelIndex &other : {model->index(0, 0), model->index(0, 0, model->index(0, 0)),
                                         model->index(2, 0)})
            QCOMPARE(bluishPixels(rowImage(other)), 0);
    }

    void doubleClickCentresTheMapAndOpensNothing()
    {
        // README: double-click centres the map on the alert's missile; details are Ctrl+I's.
        Fixture f;
        f.raise(u"A1"_s, Severity::Warning, 1);
        f.placeTrack(u"T-A1"_s, 40.25, 134.5);
        QVERIFY(f.showActive());
        QSignalSpy centre(&f.panel, &cop::AlertPanel::centreRequested);
        cop::AlertTreeView *view = f.panel.table();
        const QPoint row = view->visualRect(f.panel.model()->index(0, cop::AlertTableModel::Kind)).center();
        // As Qt delivers a double-click: a click, then the double-click event.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, row);
        QCOMPARE(centre.size(), 1);
        QCOMPARE(centre.at(0).at(0).toDouble(), 40.25);
        QCOMPARE(centre.at(0).at(1).toDouble(), 134.5);
        QTest::qWait(50);
        QVERIFY(!f.panel.findChild<cop::AlertDetailsDialog *>());

        // From the keyboard: Enter in the list centres, Ctrl+I opens the details.
        view->setFocus();
        f.panel.select({{u"US"_s, u"A1"_s}});
        view->setCurrentIndex(f.panel.model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(centre.size(), 2);
        QVERIFY(!f.panel.findChild<cop::AlertDetailsDialog *>());
        f.pressInPanel(Qt::CTRL | Qt::Key_I);
        QVERIFY(f.panel.findChild<cop::AlertDetailsDialog *>());
    }

    void silenceShowsTheTimeLeft()
    {
        Fixture f;
        f.raise(u"A1"_s, Severity::Critical, 1);
        QVERIFY(f.showActive());
        auto *status = f.panel.findChild<QLabel *>(u"hornStatus"_s);
        QVERIFY(status);
        QVERIFY(!status->text().contains(u"left"_s));
        f.pressInPanel(Qt::CTRL | Qt::Key_M);
        // 30 s, counted down where the operator looks, on an amber band.
        QVERIFY2(status->text().startsWith(u"Horn silenced: 00:30 left"_s)
                     || status->text().startsWith(u"Horn silenced: 00:29 left"_s),
                 qPrintable(status->text()));
        QVERIFY(status->styleSheet().contains(u"background: #ffb340"_s));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Horn silenced: 00:28 left"_s), 3000);
    }

    void shelvingSaysUntilWhenAndKeepsTheSelection()
    {
        Fixture f;
        f.raise(u"first"_s, Severity::Critical, 2);
        f.raise(u"second"_s, Severity::Warning, 1);
        QVERIFY(f.showActive());
        QSignalSpy feedback(&f.panel, &cop::AlertPanel::feedback);
        const cop::ServiceKey first{u"US"_s, u"first"_s};
        f.panel.select({first});
        f.pressInPanel(Qt::CTRL | Qt::Key_1);
        QCOMPARE(int(f.stateOf(first)), int(AlertState::Shelved));
        // The row went to the end; the selection and the keyboard went with it, not to "second".
        QCOMPARE(f.rowIds(), (QStringList{u"second"_s, u"first"_s}));
        QCOMPARE(f.panel.selectedKeys(), QList<cop::ServiceKey>{first});
        QCOMPARE(f.panel.table()->currentIndex().row(), 1);
        const QString until = cop::AlertText::utcTime(f.alerts.alerts().value(first).shelvedUntilUtcUs);
        QCOMPARE(feedback.size(), 1);
        // (No translator here: the plural stays "alert(s)".)
        QCOMPARE(feedback.at(0).at(0).toString(), u"Shelved 1 alert(s) until %1"_s.arg(until));
        QCOMPARE(f.panel.model()->index(1, cop::AlertTableModel::State).data().toString(),
                 u"Shelved until %1"_s.arg(until));
        // Unshelve undoes it at once, on the same selection.
        f.pressInPanel(Qt::CTRL | Qt::Key_U);
        QCOMPARE(int(f.stateOf(first)), int(AlertState::ActiveUnacknowledged));
    }

    void acknowledgeAllVisibleCountsTheRowsOnScreen()
    {
        Fixture f;
        for (int i = 0; i < 40; ++i)
            f.raise(u"A%1"_s.arg(i), Severity::Warning, 40 - i);
        f.panel.resize(1200, 300);
        QVERIFY(f.showActive());
        const int onScreen = int(f.panel.table()->rowsOnScreen(true).size());
        QVERIFY2(onScreen > 2 && onScreen < 40, qPrintable(QString::number(onScreen)));
        QSignalSpy requested(&f.alerts, &cop::AlertBook::acknowledgementRequested);
        QTimer::singleShot(0, [onScreen] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY2(box->text().startsWith(u"Acknowledge %1 visible"_s.arg(onScreen)), qPrintable(box->text()));
            box->button(QMessageBox::Yes)->click();
        });
        f.pressInPanel(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
        QCOMPARE(int(requested.size()), onScreen);
        // The rows on screen, not those scrolled away.
        QCOMPARE(requested.first().first().value<cop::ServiceKey>().id, u"A0"_s);
        QCOMPARE(int(f.stateOf({u"US"_s, u"A39"_s})), int(AlertState::ActiveUnacknowledged));
    }

    void latchedAlertsSayWhatTheyNeed()
    {
        Fixture f;
        f.raise(u"L1"_s, Severity::Critical, 1, false, AlertState::Latched);
        const cop::ServiceKey key{u"US"_s, u"L1"_s};
        QCOMPARE(int(f.stateOf(key)), int(AlertState::Latched));
        const QModelIndex state = f.panel.model()->index(0, cop::AlertTableModel::State);
        QCOMPARE(state.data().toString(), u"Latched, needs reset"_s);
        const QString why = state.data(Qt::ToolTipRole).toString();
        QVERIFY2(why.contains(u"returned to normal"_s) && why.contains(u"resets"_s), qPrintable(why));
        cop::AlertDetailsDialog details(&f.alerts, f.panel.model(), key);
        const QList<QLabel *> labels = details.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [&](const QLabel *label) {
            return label->text().startsWith(u"Latched, needs reset"_s) && label->text().contains(why);
        }));
    }

    void historyAndDetailsOfRealAlertsCarryNoWatermark()
    {
        Fixture f;
        f.raise(u"real"_s, Severity::Warning, 2);
        f.raise(u"drill"_s, Severity::Warning, 1, true);
        cop::AlertHistoryPanel history(&f.alerts);
        history.resize(1200, 300);
        history.show();
        QVERIFY(QTest::qWaitForWindowExposed(&history));
        auto *view = history.findChild<cop::AlertTableView *>();
        QVERIFY(view);
        QVERIFY(view->model()->rowCount() >= 2);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const bool drill = view->model()->index(row, cop::AlertHistoryModel::AlertId).data().toString()
                                   .contains(u"drill"_s);
            QCOMPARE(view->model()->index(row, 0).data(cop::AlertTableModel::ExerciseRole).toBool(), drill);
            const QImage image = view->viewport()
                                     ->grab(QRect(0, view->rowViewportPosition(row), view->viewport()->width(),
                                                  view->rowHeight(row)))
                                     .toImage();
            QVERIFY2(drill == (bluishPixels(image) > 50), qPrintable(u"row %1"_s.arg(row)));
        }

        cop::AlertDetailsDialog details(&f.alerts, f.panel.model(), {u"US"_s, u"real"_s});
        details.show();
        QVERIFY(QTest::qWaitForWindowExposed(&details));
        QVERIFY(!details.findChild<cop::ExerciseWatermark *>());
        auto *changes = details.findChild<cop::AlertTableView *>();
        QVERIFY(!changes->model()->index(0, 0).data(cop::AlertTableModel::ExerciseRole).toBool());
        QCOMPARE(bluishPixels(changes->viewport()->grab().toImage()), 0);
    }

    void countdownRunsOnTheReplayClock()
    {
        // In replay the session's clock is the replay's (ConsoleSession): the countdown must
        // follow it, whatever the wall clock says.
        Fixture f;
        const qint64 replayNow = 1'700'000'000'000'000;
        f.picture.setReplayClock(replayNow);
        f.alerts.setClock([&f] { return f.picture.nowUtcUs(); });
        cop::AlertUpdate alert = cop::testing::alertReport(u"launch"_s, Severity::Warning,
                                                           AlertState::ActiveUnacknowledged, replayNow);
        alert.predictedImpactUtcUs = replayNow + (4 * 60 + 44) * 1'000'000LL;
        f.picture.applyBatch(cop::testing::alertBatch(u"US"_s, 1, alert));
        cop::AlertTableModel *model = f.panel.model();
        const QModelIndex row = model->index(0, cop::AlertTableModel::TimeToImpact);
        const QModelIndex child = model->index(0, cop::AlertTableModel::TimeToImpact, model->index(0, 0));
        QCOMPARE(row.data().toString(), u"04:44"_s);
        QCOMPARE(child.data().toString(), u"04:44"_s);
        f.picture.setReplayClock(replayNow + 60'000'000); // a minute on, in the recording
        QCOMPARE(row.data().toString(), u"03:44"_s);

        // A shelf expires on the same clock.
        QVERIFY(f.alerts.shelve({u"US"_s, u"launch"_s}, std::chrono::minutes(5)));
        f.alerts.expireShelves();
        QCOMPARE(int(f.stateOf({u"US"_s, u"launch"_s})), int(AlertState::Shelved));
        f.picture.setReplayClock(replayNow + 7 * kMinuteUs);
        f.alerts.expireShelves();
        QCOMPARE(int(f.stateOf({u"US"_s, u"launch"_s})), int(AlertState::ActiveUnacknowledged));
    }

    void tonesDifferBySeverity()
    {
        const QByteArray critical = cop::alarmToneWav(Severity::Critical);
        const QByteArray warning = cop::alarmToneWav(Severity::Warning);
        const QByteArray advisory = cop::alarmToneWav(Severity::Advisory);
        for (const QByteArray &wav : {critical, warning, advisory}) {
            QVERIFY(wav.startsWith("RIFF"));
            QCOMPARE(wav.mid(8, 8), QByteArray("WAVEfmt "));
        }
        QVERIFY(critical != warning && warning != advisory && critical != advisory);
    }

    void hornWithoutAudioOutputWarnsAndStaysUsable()
    {
        cop::AlarmHorn horn;
        horn.sound(Severity::Critical);
        QCOMPARE(int(horn.playing()), int(Severity::Critical));
        horn.setVolume(0.3);
        horn.sound(Severity::Unknown);
        if (QMediaDevices::defaultAudioOutput().isNull())
            QVERIFY(horn.problem().contains(u"No audio output"_s));
    }

private:
    // The watermark is the only blue on an amber row.
    static int bluishPixels(const QImage &image)
    {
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                count += c.blue() > c.red() + 10 ? 1 : 0;
            }
        }
        return count;
    }
};

QTEST_MAIN(AlertPanelTest)
#include "tst_alert_panel.moc"
