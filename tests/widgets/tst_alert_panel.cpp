// The alert panel as an operator uses it: order, flashing, shortcuts, watermark, horn.
#include "AlarmHorn.h"
#include "AlertReports.h"
#include "AlarmTones.h"
#include "AlertPanel.h"
#include "AlertTableModel.h"
#include "AlertTreeView.h"
#include "alerts/Annunciator.h"

#include <QApplication>
#include <QAudioDevice>
#include <QDialogButtonBox>
#include <QElapsedTimer>
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

    void raise(const QString &id, Severity severity, qint64 raisedUtcUs, bool exercise = false)
    {
        picture.applyBatch(cop::testing::alertBatch(
            u"US"_s, ++sequence,
            cop::testing::alertReport(id, severity, AlertState::ActiveUnacknowledged, raisedUtcUs,
                                      exercise)));
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

// The times the unacknowledged highlight switched during `ms`.
std::vector<qint64> highlightSwitches(cop::AlertTableModel *model, int ms)
{
    std::vector<qint64> switches;
    QElapsedTimer clock;
    clock.start();
    bool last = model->highlightsUnacknowledged();
    while (clock.elapsed() < ms) {
        QTest::qWait(10);
        if (model->highlightsUnacknowledged() != last) {
            last = !last;
            switches.push_back(clock.elapsed());
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
        const auto switches = highlightSwitches(f.panel.model(), 2200);
        QVERIFY2(switches.size() >= 2, "unacknowledged rows do not flash");
        for (size_t i = 1; i < switches.size(); ++i)
            QVERIFY2(switches[i] - switches[i - 1] >= 450,
                     qPrintable(u"switched after %1 ms"_s.arg(switches[i] - switches[i - 1])));
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
