// View > Map window on a workstation with two monitors (tests/app/with-monitors.sh splits the
// Xvfb screen, openbox manages it): the map alone, full screen on the monitor the console is
// not on, drawing the console session's own picture; a track picked there is the console's
// selected track, and its keys are the console map's. Its monitor and place are remembered at close; if that monitor is gone at the
// next start, it opens on the primary screen.
#include "WorkstationConsole.h"

#include "LayoutStore.h"
#include "MapWidget.h"
#include "MapWindow.h"
#include "TrackOverlay.h"

#include <QGeoCoordinate>
#include <QGuiApplication>
#include <QLabel>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QScreen>
#include <QTest>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(Cop_MapPlugin)

using namespace cop;
using namespace Qt::StringLiterals;

namespace {

bool showsSensors(const WorkstationConsole &console)
{
    const QList<QLabel *> labels = console.dock("trackDetailsDock")->findChildren<QLabel *>();
    return std::any_of(labels.begin(), labels.end(),
                       [](const QLabel *label) { return label->text().contains(u"Kyogamisaki"); });
}

// Within a window manager's placement of a frame.
bool near(const QPoint &a, const QPoint &b)
{
    return (a - b).manhattanLength() <= 40;
}

} // namespace

class TestMapWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString settingsPath() const { return m_dir.filePath(u"console.ini"_s); }

private slots:
    void initTestCase()
    {
        QStringList names;
        for (const QScreen *screen : QGuiApplication::screens())
            names << screen->name();
        QVERIFY2(names.size() == 2, qPrintable(names.join(u", ")));
    }

    void fullScreenOnTheOtherMonitorWithTheSamePicture()
    {
        WorkstationConsole console(settingsPath(), u"wall-1"_s);
        MainWindow &window = *console.window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!window.mapWindow());

        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        MapWindow *mapWindow = window.mapWindow();
        QVERIFY(mapWindow);
        QVERIFY(QTest::qWaitForWindowExposed(mapWindow));
        QVERIFY(mapWindow->isFullScreen());
        QVERIFY(mapWindow->screen() != window.screen());
        QTRY_COMPARE(mapWindow->geometry(), mapWindow->screen()->geometry());

        // One picture: both maps draw the session's, which the console's panels show too.
        QCOMPARE(mapWindow->map()->overlay()->picture(), &console.picture());
        QCOMPARE(window.mapWidget()->overlay()->picture(), &console.picture());
        console.showTrack(3);
        TrackOverlay *overlay = mapWindow->map()->overlay();
        // Projected on each try: the view's scene takes its size from the window a turn later.
        QTRY_VERIFY(overlay->selectAt(overlay->project(QGeoCoordinate(39.0, 127.5))));
        QTRY_VERIFY(showsSensors(console));

        // Operated from the keyboard as the console's own map.
        mapWindow->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(mapWindow));
        mapWindow->map()->setFocus();
        const double zoom = mapWindow->map()->rootObject()->property("zoomLevel").toDouble();
        QTest::keyClick(mapWindow->map(), Qt::Key_Plus);
        QTRY_COMPARE(mapWindow->map()->rootObject()->property("zoomLevel").toDouble(), zoom + 1);

        // Off full screen (F11) and placed by the operator; closing the console remembers it.
        QTest::keyClick(mapWindow, Qt::Key_F11);
        QTRY_VERIFY(!mapWindow->isFullScreen());
        const QRect monitor = mapWindow->screen()->availableGeometry();
        const QPoint place = monitor.topLeft() + QPoint(120, 90);
        mapWindow->move(place);
        mapWindow->resize(900, 600);
        QTRY_VERIFY(near(mapWindow->pos(), place));
        QTRY_COMPARE(mapWindow->size(), QSize(900, 600));
        const QString monitorName = mapWindow->screen()->name();
        window.close();
        QVERIFY(!mapWindow->isVisible());

        WorkstationConsole again(settingsPath(), u"wall-1"_s);
        again.window->show();
        MapWindow *restored = again.window->mapWindow();
        QVERIFY(restored);
        QVERIFY(QTest::qWaitForWindowExposed(restored));
        QCOMPARE(restored->screen()->name(), monitorName);
        QTRY_VERIFY2(near(restored->pos(), place), qPrintable(u"%1,%2"_s.arg(restored->x()).arg(restored->y())));
        QCOMPARE(restored->size(), QSize(900, 600));
        QVERIFY(!restored->isFullScreen());
        again.window->close();
    }

    void monitorGoneOpensOnThePrimaryScreen()
    {
        const LayoutStore store(settingsPath(), u"wall-2"_s, u"live"_s);
        {
            WorkstationConsole console(settingsPath(), u"wall-2"_s);
            WindowLayout layout = console.window->currentLayout();
            layout.mapWindow = {true, u"HDMI-9"_s, QRect(200, 100, 1000, 700), true};
            store.saveCurrent(layout);
        }
        WorkstationConsole console(settingsPath(), u"wall-2"_s);
        console.window->show();
        MapWindow *mapWindow = console.window->mapWindow();
        QVERIFY(mapWindow);
        QVERIFY(QTest::qWaitForWindowExposed(mapWindow));
        QScreen *primary = QGuiApplication::primaryScreen();
        QCOMPARE(mapWindow->screen(), primary);
        QVERIFY(mapWindow->isFullScreen());
        QTRY_COMPARE(mapWindow->geometry(), primary->geometry());
        console.window->close();
    }
};

QTEST_MAIN(TestMapWindow)
#include "tst_map_window.moc"
