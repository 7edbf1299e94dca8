// The console from the keyboard alone (issue 19): key events only, no mouse, each sent where a
// keyboard's would go, to the widget with the focus. A live console on a real cop-sim: F6 round
// the map and the panels; on the map, pan, zoom, select a track and centre on it; its alert
// found in the list, acknowledged, centred on and its details opened; File > Open recording
// starting in the journal; Help > Keyboard shortcuts listing every shortcut the window has, in
// the language switched to. Then the recording in a replay console: its own title, the timeline
// paused, stepped and sped up from the keys, and its Replay menu in Korean.
#include "OneSimConsole.h"

#include "alerts/AlertBook.h"
#include "AlertDetailsDialog.h"
#include "AlertPanel.h"
#include "AlertTreeView.h"
#include "BasemapSource.h"
#include "ConsoleAssembly.h"
#include "ConsoleOptions.h"
#include "session/ConsoleSession.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "picture/Picture.h"
#include "ReplaySession.h"
#include "ReplaySource.h"
#include "ShortcutsDialog.h"
#include "TimelineBar.h"
#include "TrackOverlay.h"
#include "TrackTableModel.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QGeoCoordinate>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(Cop_MapPlugin)

using namespace cop;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 90'000;

// A key pressed on the keyboard: it goes to whatever has the focus, else to the active window.
void press(QKeyCombination keys)
{
    QWidget *to = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
    QVERIFY2(to, "no window has the keyboard");
    QTest::keyClick(to, keys.key(), keys.keyboardModifiers());
}

bool hasFocus(const QWidget *area)
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && (focus == area || area->isAncestorOf(focus));
}

// The console's window, started and active, as the operator finds it.
void open(ConsoleAssembly &console, BasemapSource *basemap)
{
    MainWindow &window = *console.createWindow(basemap);
    QString error;
    QVERIFY2(console.start(&error), qPrintable(error));
    window.resize(1600, 1000);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

// Without a window manager (Xvfb) nothing gives the keyboard back to the window a dialog leaves,
// as a window manager does; then the test does.
void backTo(QWidget &window)
{
    if (!QTest::qWaitForWindowActive(&window, 1000)) {
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }
}

QWidget *dockContent(const MainWindow &window, const char *name)
{
    const auto *dock = window.findChild<QDockWidget *>(QLatin1StringView(name));
    return dock ? dock->widget() : nullptr;
}

QGeoCoordinate mapCentre(const QQuickItem *root)
{
    return root->property("center").value<QGeoCoordinate>();
}

// A menu title as the shortcut list shows it: "ファイル(&F)" -> "ファイル".
QString plainTitle(QString title)
{
    return title.remove(QRegularExpression(u"\\(&.\\)|&"_s)).trimmed();
}

QMenu *menuTitled(const MainWindow &window, const QString &title)
{
    for (QAction *entry : window.menuBar()->actions()) {
        if (entry->menu() && entry->menu()->title() == title)
            return entry->menu();
    }
    return nullptr;
}

int shortcutCount(const MainWindow &window)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    return int(std::count_if(actions.begin(), actions.end(),
                             [](const QAction *action) { return !action->shortcuts().isEmpty(); }));
}

QStringList listedRows(const ShortcutsDialog &dialog)
{
    QStringList rows;
    for (int group = 0; group < dialog.list()->topLevelItemCount(); ++group) {
        const QTreeWidgetItem *heading = dialog.list()->topLevelItem(group);
        for (int i = 0; i < heading->childCount(); ++i)
            rows << heading->child(i)->text(0) + u" = "_s + heading->child(i)->text(1);
    }
    return rows;
}

} // namespace

class KeyboardOperationTest : public QObject
{
    Q_OBJECT

private:
    std::vector<std::unique_ptr<QProcess>> m_sims;

private slots:
    void cleanup() { stopSimProcesses(m_sims); }

    void mainTasksFromTheKeyboardAlone()
    {
        QTemporaryDir journal;
        ConsoleOptions options;
        options.operatorName = u"Sato Yui"_s;
        options.consoleId = u"tokyo-2"_s;
        options.rawTracks = true; // the alert names the service's track, as the raw view does
        useOneSim(m_sims, "JP", journal.path(), &options);
        LanguageManager languages;
        QVERIFY(languages.setLanguage(u"en"_s));
        BasemapSource basemap{QString()};
        startBasemap(basemap);
        if (QTest::currentTestFailed())
            return;
        {
            ConsoleAssembly live(options, &languages);
            open(live, &basemap);
            if (QTest::currentTestFailed())
                return;
            MainWindow &window = *live.window();
            MapWidget *map = window.mapWidget();
            QVERIFY(map && map->rootObject());
            QQuickItem *root = map->rootObject();
            auto *overlay = root->property("overlay").value<TrackOverlay *>();
            auto *panel = window.findChild<AlertPanel *>();
            auto *tracks = qobject_cast<QTableView *>(dockContent(window, "tracksDock"));
            QVERIFY(overlay && panel && tracks);
            auto *trackModel = qobject_cast<TrackTableModel *>(tracks->model());

            // F6 goes round the map and the panels, Shift+F6 back; a panel behind a tab comes
            // to the front.
            for (int i = 0; i < 6 && !hasFocus(map); ++i)
                press(Qt::Key_F6);
            QVERIFY(hasFocus(map));
            QVERIFY(root->property("keyboardFocus").toBool()); // the map's focus frame
            const QList<QWidget *> round{tracks, panel->table(), dockContent(window, "feedsDock"),
                                         dockContent(window, "alertHistoryDock"), map};
            for (QWidget *area : round) {
                press(Qt::Key_F6);
                QVERIFY2(hasFocus(area), qPrintable(area->metaObject()->className()));
                QVERIFY(area->isVisible());
                QCOMPARE(root->property("keyboardFocus").toBool(), area == map);
            }
            press(Qt::SHIFT | Qt::Key_F6);
            QVERIFY(hasFocus(dockContent(window, "alertHistoryDock")));
            press(Qt::SHIFT | Qt::Key_F6);
            QVERIFY(hasFocus(dockContent(window, "feedsDock")) && dockContent(window, "feedsDock")->isVisible());
            press(Qt::Key_F6);
            press(Qt::Key_F6);
            QVERIFY(hasFocus(map));

            // The map: arrows pan, +/- zoom.
            const QGeoCoordinate start = mapCentre(root);
            press(Qt::Key_Right);
            QTRY_VERIFY(mapCentre(root).longitude() > start.longitude() + 0.5);
            press(Qt::Key_Up);
            QTRY_VERIFY(mapCentre(root).latitude() > start.latitude() + 0.5);
            const double zoom = root->property("zoomLevel").toDouble();
            press(Qt::Key_Plus);
            QCOMPARE(root->property("zoomLevel").toDouble(), std::round(zoom) + 1);
            press(Qt::Key_Minus);
            QCOMPARE(root->property("zoomLevel").toDouble(), std::round(zoom));

            // A track with an alert, selected with N and centred with C; the table follows.
            AlertBook &alerts = *live.session()->alerts();
            const auto alertOnATrack = [&] {
                for (const Alert &alert : alerts.alerts()) {
                    if (!alert.raisedByConsole && alert.state() == AlertState::ActiveUnacknowledged
                        && trackModel->rowOf({alert.key.service, alert.report.trackId}) >= 0)
                        return alert.key;
                }
                return ServiceKey{};
            };
            QTRY_VERIFY_WITH_TIMEOUT(!alertOnATrack().id.isEmpty(), kTimeoutMs);
            const ServiceKey alertKey = alertOnATrack();
            const ServiceKey track{alertKey.service, alerts.alerts().value(alertKey).report.trackId};
            const auto selected = [overlay] { return ServiceKey{overlay->selectedService(), overlay->selectedTrackId()}; };
            for (int i = 0; i < 100 && selected() != track; ++i)
                press(Qt::Key_N);
            QCOMPARE(selected(), track);
            QCOMPARE(tracks->currentIndex().row(), trackModel->rowOf(track));
            press(Qt::Key_C);
            const auto nearTrack = [&](double degrees) {
                const GeoPoint at = live.session()->picture()->tracks().value(track).state.position;
                const QGeoCoordinate centre = mapCentre(root);
                return std::abs(centre.latitude() - at.latDeg) < degrees && std::abs(centre.longitude() - at.lonDeg) < degrees;
            };
            QTRY_VERIFY(nearTrack(0.5));
            QVERIFY(hasFocus(map)); // selecting moved the table, not the keyboard

            // Its alert: found in the list with the arrows (arriving selects the first row),
            // acknowledged with Ctrl+K.
            press(Qt::Key_F6);
            press(Qt::Key_F6);
            QVERIFY(hasFocus(panel->table()));
            press(Qt::Key_Home);
            for (int i = 0; i < 100 && !panel->selectedKeys().contains(alertKey); ++i)
                press(Qt::Key_Down);
            QVERIFY(panel->selectedKeys().contains(alertKey));
            press(Qt::CTRL | Qt::Key_K);
            QTRY_COMPARE_WITH_TIMEOUT(int(alerts.alerts().value(alertKey).state()), int(AlertState::ActiveAcknowledged),
                                      kTimeoutMs);
            // Enter centres the map on the alert's missile (and leaves the keyboard in the list).
            root->setProperty("center", QVariant::fromValue(QGeoCoordinate(20.0, 150.0)));
            QVERIFY(!nearTrack(5));
            press(Qt::Key_Return);
            QTRY_VERIFY(nearTrack(0.5));
            QVERIFY(hasFocus(panel->table()));
            // Ctrl+I opens the details, Escape closes them.
            press(Qt::CTRL | Qt::Key_I);
            QTRY_VERIFY(window.findChild<AlertDetailsDialog *>() && window.findChild<AlertDetailsDialog *>()->isActiveWindow());
            press(Qt::Key_Escape);
            QTRY_VERIFY(!window.findChild<AlertDetailsDialog *>());
            backTo(window);
            // Ctrl+M: the silence shows, with its time left.
            press(Qt::CTRL | Qt::Key_M);
            QVERIFY(window.findChild<QLabel *>(u"hornStatus"_s)->text().contains(u" left (until "_s));

            // File > Open recording starts in the journal.
            bool inJournal = false;
            QTimer::singleShot(100, this, [&] {
                auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                inJournal = dialog && QDir(dialog->directory()) == QDir(journal.path());
                if (dialog)
                    dialog->reject();
            });
            press(Qt::CTRL | Qt::Key_O);
            QVERIFY(inJournal);
            backTo(window);

            // Help > Keyboard shortcuts (F1): every action that has a shortcut, once.
            press(Qt::Key_F1);
            QPointer<ShortcutsDialog> shortcuts;
            QTRY_VERIFY((shortcuts = window.findChild<ShortcutsDialog *>()) && shortcuts->isVisible());
            const QStringList rows = listedRows(*shortcuts);
            QCOMPARE(rows.size(), shortcutCount(window));
            for (const QString &row : {u"F6 = Focus next panel"_s, u"N = Select the next track"_s,
                                       u"Ctrl+K = Acknowledge"_s, u"Return, Enter = Centre the map on the alert's missile"_s,
                                       u"F1 = Keyboard shortcuts"_s, u"Ctrl+1 = Shelve for 5 minutes"_s})
                QVERIFY2(rows.contains(row), qPrintable(rows.join(u'\n')));
            // ... in the operator's language, as the window's own menus.
            QVERIFY(languages.setLanguage(u"ko"_s));
            const QString fileMenu = plainTitle(MainWindow::tr("&File"));
            QVERIFY(fileMenu != u"File"_s);
            QTRY_COMPARE(shortcuts->list()->topLevelItem(0)->text(0), fileMenu);
            QCOMPARE(listedRows(*shortcuts).size(), rows.size());
            QVERIFY(languages.setLanguage(u"en"_s));
            QTRY_COMPARE(shortcuts->list()->topLevelItem(0)->text(0), u"File"_s);
            QTRY_VERIFY(shortcuts->isActiveWindow());
            press(Qt::Key_Escape);
            QTRY_VERIFY(!shortcuts || !shortcuts->isVisible());
            backTo(window);
            QTest::qWait(500); // the service's stream goes on past the last action
        }

        // The recording, replayed: the timeline from the keys.
        options.services.clear();
        options.replayPath = journal.path();
        ConsoleAssembly replay(options, &languages);
        open(replay, &basemap);
        if (QTest::currentTestFailed())
            return;
        MainWindow &window = *replay.window();
        ReplaySource &source = *replay.replay();
        const QString recording = QFileInfo(source.engine().journal().sessionDirectory()).fileName();
        QTRY_COMPARE(window.windowTitle(), u"Replay — %1 — COP Console"_s.arg(recording));

        ReplayClock &clock = source.clock();
        QVERIFY(clock.isPlaying());
        press(Qt::CTRL | Qt::Key_P);
        QVERIFY(!clock.isPlaying());
        clock.setPosition(clock.startUtcUs() + 3'000'000); // a known start, away from both ends
        const qint64 at = clock.positionUtcUs();
        press(Qt::CTRL | Qt::Key_Right);
        QTRY_COMPARE(clock.positionUtcUs(), at + 1'000'000);
        press(Qt::CTRL | Qt::Key_Left);
        press(Qt::CTRL | Qt::Key_Left);
        QTRY_COMPARE(clock.positionUtcUs(), at - 1'000'000);
        // From the end, back to the last alert: a little before it, within the recording.
        clock.setPosition(clock.endUtcUs());
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_Left);
        const std::vector<qint64> &alertTimes = source.engine().survey().alertTimes;
        QVERIFY(!alertTimes.empty());
        QTRY_COMPARE(clock.positionUtcUs(), std::max(clock.startUtcUs(), alertTimes.back() - 2'000'000));
        press(Qt::CTRL | Qt::Key_Up);
        QCOMPARE(clock.speed(), 2.0);
        press(Qt::CTRL | Qt::Key_P);
        QVERIFY(clock.isPlaying());

        // The whole Replay menu follows the language: each entry as its catalogue says now.
        QMenu *menu = menuTitled(window, u"&Replay"_s);
        QVERIFY(menu);
        const QList<QAction *> controls = window.findChild<TimelineBar *>()->controls();
        QStringList english;
        for (const QAction *action : menu->actions())
            english << action->text();
        QVERIFY(languages.setLanguage(u"ko"_s));
        QTRY_COMPARE(menu->title(), ReplaySession::tr("&Replay")); // on the window's LanguageChange
        QVERIFY(menu->title() != u"&Replay"_s);
        for (qsizetype i = 0; i < menu->actions().size(); ++i) {
            const QAction *action = menu->actions().at(i);
            if (action->isSeparator())
                continue;
            const QString expected = controls.contains(action) ? TimelineBar::tr(qPrintable(english[i]))
                                                               : ReplaySession::tr(qPrintable(english[i]));
            QCOMPARE(action->text(), expected);
        }
        QVERIFY(menu->actions().at(controls.size() + 1)->text() != english[controls.size() + 1]); // an export
        QVERIFY(languages.setLanguage(u"en"_s));
        QTRY_COMPARE(menu->title(), u"&Replay"_s);
    }
};

QTEST_MAIN(KeyboardOperationTest)
#include "tst_keyboard_operation.moc"
