// Under a real window manager (openbox, tests/app/with-openbox.sh) at the screen size ctest
// gives Xvfb: the default layout leaves the map at least half of the window, and neither a
// selected track with a long sensor list nor docks dragged as wide and tall as they go squeeze it
// below that or push the window off the screen. The track table's last column is as wide as its
// contents, not stretched over the empty table.
#include "WorkstationConsole.h"

#include "LanguageManager.h"
#include "MapWidget.h"
#include "TrackTableModel.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QQmlExtensionPlugin>
#include <QScreen>
#include <QTableView>
#include <QTest>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(Cop_MapPlugin)

using namespace cop;
using namespace Qt::StringLiterals;

namespace {

QString describe(const WorkstationConsole &console)
{
    const QWidget *map = console.window->mapWidget();
    const QRect frame = console.window->frameGeometry();
    return u"screen %1x%2, window frame %3,%4 %5x%6, window %7x%8, map %9x%10"_s
        .arg(console.window->screen()->size().width())
        .arg(console.window->screen()->size().height())
        .arg(frame.x()).arg(frame.y()).arg(frame.width()).arg(frame.height())
        .arg(console.window->width()).arg(console.window->height())
        .arg(map->width()).arg(map->height());
}

bool mapKeepsHalf(const WorkstationConsole &console)
{
    const QWidget *map = console.window->mapWidget();
    return map->width() * 2 >= console.window->width() && map->height() * 2 >= console.window->height();
}

bool showsSensors(const WorkstationConsole &console)
{
    const QList<QLabel *> labels = console.dock("trackDetailsDock")->findChildren<QLabel *>();
    return std::any_of(labels.begin(), labels.end(),
                       [](const QLabel *label) { return label->text().contains(u"Kyogamisaki"); });
}

bool onScreen(const WorkstationConsole &console)
{
    return console.window->screen()->availableGeometry().contains(console.window->frameGeometry());
}

} // namespace

class TestMapRoom : public QObject
{
    Q_OBJECT

private slots:
    // The map is a native window: a bar a pixel taller resizes it, and its new exposure holds
    // the GUI thread for whole frames. The status bar's labels come and go and every bar speaks
    // each language (symbols and Korean and Japanese from fallback fonts of other heights)
    // without changing its height.
    void theMapKeepsItsSizeWhateverTheBarsSay()
    {
        QTemporaryDir settings;
        WorkstationConsole console(settings.filePath(u"console.ini"_s), u"iwakuni-1"_s);
        console.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(console.window));
        MainWindow &window = *console.window;
        QTRY_VERIFY(window.mapWidget()->height() > 0);
        QTest::qWait(200);
        const QSize map = window.mapWidget()->size();

        const auto keepsTheMap = [&](const char *what) {
            QTest::qWait(100);
            QVERIFY2(window.mapWidget()->size() == map,
                     qPrintable(u"%1: map %2x%3, was %4x%5"_s.arg(QLatin1StringView(what))
                                    .arg(window.mapWidget()->width()).arg(window.mapWidget()->height())
                                    .arg(map.width()).arg(map.height())));
        };
        window.showRecordingState(true, {});
        keepsTheMap("recording");
        window.showCotState({CotLinkState::Kind::Up, u"tcp://127.0.0.1:8087"_s, {}});
        keepsTheMap("CoT up");
        window.showRecordingState(false, u"No space left on device"_s);
        keepsTheMap("recording stopped");
        window.showCotState({CotLinkState::Kind::Failing, u"tcp://127.0.0.1:8087"_s, u"Connection refused"_s});
        keepsTheMap("CoT failing");
        LanguageManager languages;
        for (const QString &language : {u"ko"_s, u"ja"_s, u"en"_s}) {
            QVERIFY(languages.setLanguage(language));
            keepsTheMap(qPrintable(language));
        }
    }

    void mapKeepsHalfTheWindow()
    {
        QTemporaryDir settings;
        WorkstationConsole console(settings.filePath(u"console.ini"_s), u"misawa-1"_s);
        MainWindow &window = *console.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Framed: a window manager runs.
        QTRY_VERIFY2(window.frameGeometry().height() > window.height(), qPrintable(describe(console)));

        console.showTrack(24);
        auto *table = console.dock("tracksDock")->findChild<QTableView *>();
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        QTRY_VERIFY(showsSensors(console));
        QTRY_VERIFY2(mapKeepsHalf(console), qPrintable(describe(console)));
        QTRY_VERIFY2(onScreen(console), qPrintable(describe(console)));
        qInfo("default layout: %s", qPrintable(describe(console)));
        // The sensor list wraps: the dock could go as narrow as a table.
        QVERIFY2(console.dock("trackDetailsDock")->minimumSizeHint().width() < 400,
                 qPrintable(QString::number(console.dock("trackDetailsDock")->minimumSizeHint().width())));

        QHeaderView *header = table->horizontalHeader();
        const int quality = TrackTableModel::Quality;
        // As wide as the widest of its header and its cells, however wide the table.
        const QAbstractItemView *view = table;
        const int contents = std::max(header->sectionSizeHint(quality), view->sizeHintForColumn(quality));
        QVERIFY2(header->sectionSize(quality) <= contents,
                 qPrintable(u"%1 px for %2 px of contents"_s.arg(header->sectionSize(quality)).arg(contents)));

        // The operator drags the dividers as far as they go.
        const QSize before = window.size();
        const QSize screen = window.screen()->size();
        window.resizeDocks({console.dock("tracksDock")}, {screen.width()}, Qt::Horizontal);
        window.resizeDocks({console.dock("alertsDock")}, {screen.height()}, Qt::Vertical);
        QTest::qWait(200);
        QTRY_VERIFY2(mapKeepsHalf(console), qPrintable(describe(console)));
        QVERIFY2(onScreen(console), qPrintable(describe(console)));
        QCOMPARE(window.size(), before);
        qInfo("docks dragged: %s", qPrintable(describe(console)));
    }
};

QTEST_MAIN(TestMapRoom)
#include "tst_map_room.moc"
