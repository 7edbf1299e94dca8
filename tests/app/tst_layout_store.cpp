// Workstation layouts in the settings file: kept per console id and window kind, named by the
// operator in any script, and a saved window place fitted to the screens there are now.
#include "LayoutStore.h"
#include "ScreenFit.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace cop;
using namespace Qt::StringLiterals;

namespace {

WindowLayout layout(char tag)
{
    return {QByteArray(16, tag), QByteArray(32, tag), {true, u"DP-2"_s, QRect(10, 20, 800, 600), true}};
}

} // namespace

class TestLayoutStore : public QObject
{
    Q_OBJECT

private slots:
    void currentLayoutPerConsoleAndKind()
    {
        QTemporaryDir dir;
        const QString settings = dir.filePath(u"console.ini"_s);
        const LayoutStore seoulLive(settings, u"seoul/1"_s, u"live"_s);
        QVERIFY(!seoulLive.current());
        seoulLive.saveCurrent(layout('a'));
        LayoutStore(settings, u"seoul/2"_s, u"live"_s).saveCurrent(layout('b'));

        const std::optional<WindowLayout> read = LayoutStore(settings, u"seoul/1"_s, u"live"_s).current();
        QVERIFY(read);
        QCOMPARE(read->geometry, layout('a').geometry);
        QCOMPARE(read->state, layout('a').state);
        QCOMPARE(read->mapWindow, layout('a').mapWindow);
        QCOMPARE(LayoutStore(settings, u"seoul/2"_s, u"live"_s).current()->state, layout('b').state);
        QVERIFY(!LayoutStore(settings, u"seoul/1"_s, u"replay"_s).current());
        // The console id does not open a settings group of its own at its '/'.
        QCOMPARE(QSettings(settings, QSettings::IniFormat).childGroups(), QStringList{u"layouts"_s});
    }

    void namedLayoutsSavedListedAndDeleted()
    {
        QTemporaryDir dir;
        const LayoutStore store(dir.filePath(u"console.ini"_s), u"tokyo-3"_s, u"live"_s);
        const QStringList names{u"Night shift"_s, u"夜勤 / 壁面"_s, u"야간 근무"_s, u"Exercise 10"_s, u"Exercise 9"_s};
        for (const QString &name : names)
            store.saveNamed(name, layout(char('a' + names.indexOf(name))));
        // In the order an operator reads them (numbers by value); the scripts' order is the locale's.
        QCOMPARE(store.names().mid(0, 3), (QStringList{u"Exercise 9"_s, u"Exercise 10"_s, u"Night shift"_s}));
        QVERIFY(store.names().contains(u"夜勤 / 壁面"_s) && store.names().contains(u"야간 근무"_s));
        QCOMPARE(store.named(u"夜勤 / 壁面"_s)->state, layout('b').state);
        // Saved again under its name, a layout is replaced.
        store.saveNamed(u"Night shift"_s, layout('z'));
        QCOMPARE(store.named(u"Night shift"_s)->state, layout('z').state);
        QCOMPARE(store.names().size(), names.size());
        store.removeNamed(u"夜勤 / 壁面"_s);
        QVERIFY(!store.named(u"夜勤 / 壁面"_s));
        QVERIFY(!store.names().contains(u"夜勤 / 壁面"_s));
        // Named layouts are the console's, whichever kind of window saved them.
        QCOMPARE(LayoutStore(dir.filePath(u"console.ini"_s), u"tokyo-3"_s, u"replay"_s).names(), store.names());
        QVERIFY(LayoutStore(dir.filePath(u"console.ini"_s), u"tokyo-4"_s, u"live"_s).names().isEmpty());
    }

    void fitToScreens_data()
    {
        QTest::addColumn<QRect>("frame");
        QTest::addColumn<QRect>("fitted");
        // The primary 1600x1000 (a 30 px panel at its top), a 1920x1080 screen to its right.
        QTest::newRow("fits") << QRect(100, 100, 1200, 800) << QRect(100, 100, 1200, 800);
        QTest::newRow("on the second screen") << QRect(1700, 50, 1000, 700) << QRect(1700, 50, 1000, 700);
        QTest::newRow("under the panel") << QRect(100, 0, 1200, 800) << QRect(100, 30, 1200, 800);
        QTest::newRow("larger than its screen") << QRect(0, 0, 2560, 1440) << QRect(0, 30, 1600, 970);
        QTest::newRow("across both, mostly on the second")
            << QRect(1500, 100, 1000, 700) << QRect(1600, 100, 1000, 700);
        QTest::newRow("on a screen that is gone") << QRect(5000, 3000, 1280, 1024) << QRect(320, 30, 1280, 970);
        QTest::newRow("left of every screen") << QRect(-2000, 200, 800, 600) << QRect(0, 200, 800, 600);
    }

    void fitToScreens()
    {
        QFETCH(QRect, frame);
        QFETCH(QRect, fitted);
        const QList<QRect> available{QRect(0, 30, 1600, 970), QRect(1600, 0, 1920, 1080)};
        QCOMPARE(cop::fitToScreens(frame, available), fitted);
    }
};

QTEST_GUILESS_MAIN(TestLayoutStore)
#include "tst_layout_store.moc"
