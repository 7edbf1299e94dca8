// A window's first show is the console starting, not a stall: the watchdog is held from the
// show until the window has been exposed and painted, and watches the GUI thread again after.
#include "ArmedWatchdog.h"
#include "FirstShowHold.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QWidget>

using cop::PictureWatchdog;

using Fixture = ArmedWatchdog;

class FirstShowHoldTest : public QObject
{
    Q_OBJECT

private slots:
    void slowFirstShowIsNoStall()
    {
        Fixture f;
        QSignalSpy stalls(&f.watchdog, &PictureWatchdog::stallChanged);
        QWidget window;
        window.resize(400, 300);
        window.show();
        QPointer<cop::FirstShowHold> hold = new cop::FirstShowHold(&window, &f.watchdog);
        QThread::msleep(1'300); // the scene graph and shaders of a map, made on the GUI thread
        QTRY_VERIFY(hold.isNull()); // released once exposed and painted
        QVERIFY(window.windowHandle()->isExposed());
        QTest::qWait(200);
        QCOMPARE(stalls.count(), 0);
        QVERIFY(!f.alert());

        // Shown: a stuck GUI thread is a stall again.
        QThread::msleep(1'300);
        QTRY_VERIFY(!stalls.isEmpty());
        QVERIFY2(stalls.first().first().toLongLong() >= 1'200,
                 qPrintable(QString::number(stalls.first().first().toLongLong())));
        QVERIFY(f.alert());
    }

    void windowThatNeverShowsHoldsNoLongerThanTheLimit()
    {
        Fixture f;
        QSignalSpy stalls(&f.watchdog, &PictureWatchdog::stallChanged);
        QWidget window;
        window.winId(); // a native window that is never mapped: never exposed, never painted
        QPointer<cop::FirstShowHold> hold = new cop::FirstShowHold(&window, &f.watchdog);
        QTest::qWait(500);
        QVERIFY(!hold.isNull());
        QTRY_VERIFY_WITH_TIMEOUT(hold.isNull(), cop::FirstShowHold::kLimitMs + 2'000);
        QThread::msleep(1'300);
        QTRY_VERIFY(!stalls.isEmpty());
        QVERIFY(f.alert());
    }

    void windowClosedWhileHeldReleases()
    {
        Fixture f;
        QSignalSpy stalls(&f.watchdog, &PictureWatchdog::stallChanged);
        {
            QWidget window;
            window.show();
            new cop::FirstShowHold(&window, &f.watchdog);
        }
        QThread::msleep(1'300);
        QTRY_VERIFY(!stalls.isEmpty());
    }
};

QTEST_MAIN(FirstShowHoldTest)
#include "tst_first_show_hold.moc"
