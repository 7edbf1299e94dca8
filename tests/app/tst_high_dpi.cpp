// The console at 200 % scaling (device pixel ratio 2, as on a 4K workstation monitor) with the
// application font at 150 %, in Korean and Japanese: a screenshot of the main window at twice its
// size, in which the classification banners' marking is whole (its glyphs inside the banner,
// none cut at its edges), and no dock title, menu title, status text or line of the selected
// track is cut short, nor the track table's row squeezed out of sight. The PNGs go
// to the test's temporary folder, and to $COP_SCREENSHOT_DIR when set, to be looked at.
#include "WorkstationConsole.h"

#include "ClassificationBar.h"
#include "DarkTheme.h"
#include "LanguageManager.h"

#include <QApplication>
#include <QDir>
#include <QMenuBar>
#include <QQmlExtensionPlugin>
#include <QStatusBar>
#include <QStyleOptionDockWidget>
#include <QTableView>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Cop_MapPlugin)

using namespace cop;
using namespace Qt::StringLiterals;

namespace {

// Where a dock's title text may go: its title bar less its close and float buttons.
QRect titleTextRect(const QDockWidget *dock)
{
    QStyleOptionDockWidget option;
    option.initFrom(dock);
    const int height = dock->style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, dock);
    option.rect = QRect(0, 0, dock->width(), std::max(height, dock->fontMetrics().height() + 4));
    option.title = dock->windowTitle();
    option.closable = dock->features().testFlag(QDockWidget::DockWidgetClosable);
    option.movable = dock->features().testFlag(QDockWidget::DockWidgetMovable);
    option.floatable = dock->features().testFlag(QDockWidget::DockWidgetFloatable);
    return dock->style()->subElementRect(QStyle::SE_DockWidgetTitleBarText, &option, dock);
}

// The banner's text pixels (its foreground colour) in the screenshot.
struct Ink
{
    int pixels = 0;
    bool touchesEdge = false; // a glyph cut by the banner's top, bottom, left or right edge
};

Ink bannerInk(const QImage &shot, const ClassificationBar *bar, const QWidget *window, const QColor &foreground)
{
    const qreal ratio = shot.devicePixelRatio();
    const QRect area(bar->mapTo(window, QPoint(0, 0)) * ratio, bar->size() * ratio);
    Ink ink;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = shot.pixelColor(x, y);
            const bool isInk = std::abs(pixel.red() - foreground.red()) < 60
                               && std::abs(pixel.green() - foreground.green()) < 60
                               && std::abs(pixel.blue() - foreground.blue()) < 60;
            if (!isInk)
                continue;
            ++ink.pixels;
            if (y == area.top() || y == area.bottom() || x == area.left() || x == area.right())
                ink.touchesEdge = true;
        }
    }
    return ink;
}

} // namespace

class TestHighDpi : public QObject
{
    Q_OBJECT

private slots:
    void legibleAtTwiceTheScaleWithLargeFonts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ko") << u"ko"_s;
        QTest::newRow("ja") << u"ja"_s;
    }

    void legibleAtTwiceTheScaleWithLargeFonts()
    {
        QFETCH(QString, language);
        LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        const QFont normal = QApplication::font();
        QFont large = normal;
        large.setPointSizeF(normal.pointSizeF() * 1.5);
        QApplication::setFont(large);
        const auto restoreFont = qScopeGuard([&] { QApplication::setFont(normal); });

        QTemporaryDir settings;
        WorkstationConsole console(settings.filePath(u"console.ini"_s), u"busan-1"_s);
        MainWindow &window = *console.window;
        console.showTrack(4);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.devicePixelRatio(), 2.0);
        auto *table = console.dock("tracksDock")->findChild<QTableView *>();
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        QTest::qWait(1500); // the map's first raster

        const QImage shot = window.grab().toImage();
        QCOMPARE(shot.devicePixelRatio(), 2.0);
        QCOMPARE(shot.size(), window.size() * 2);
        const QString name = u"console-%1-dpr2.png"_s.arg(language);
        QVERIFY(shot.save(QDir::temp().filePath(name)));
        if (const QString dir = qEnvironmentVariable("COP_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(shot.save(QDir(dir).filePath(name)));

        const QList<ClassificationBar *> banners = window.findChildren<ClassificationBar *>();
        QCOMPARE(banners.size(), 2);
        for (const ClassificationBar *banner : banners) {
            QCOMPARE(banner->text(), u"UNCLASSIFIED // SIMULATED DATA // JP"_s);
            const QFontMetrics metrics(banner->font());
            QVERIFY2(metrics.horizontalAdvance(banner->text()) <= banner->contentsRect().width(),
                     qPrintable(u"%1 px of text in %2 px"_s.arg(metrics.horizontalAdvance(banner->text()))
                                    .arg(banner->contentsRect().width())));
            QVERIFY(metrics.height() <= banner->contentsRect().height());
            const Ink ink = bannerInk(shot, banner, &window,
                                      ClassificationBar::colors(governingMarking(console.picture().feeds())).second);
            // Glyphs at twice the pixels: a legible marking has a few thousand ink pixels.
            QVERIFY2(ink.pixels > 1000, qPrintable(QString::number(ink.pixels)));
            QVERIFY(!ink.touchesEdge);
        }
        for (const QDockWidget *dock : window.findChildren<QDockWidget *>()) {
            if (dock->visibleRegion().isEmpty())
                continue; // a tab behind another
            const QFontMetrics metrics(dock->font());
            QVERIFY2(metrics.horizontalAdvance(dock->windowTitle()) <= titleTextRect(dock).width(),
                     qPrintable(dock->windowTitle()));
        }
        // The track table keeps its row on screen; the selected track's wrapped lines are whole.
        QVERIFY2(table->rowViewportPosition(0) + table->rowHeight(0) <= table->viewport()->height(),
                 qPrintable(u"row to %1 px in %2 px"_s.arg(table->rowViewportPosition(0) + table->rowHeight(0))
                                .arg(table->viewport()->height())));
        for (const QLabel *label : console.dock("trackDetailsDock")->findChildren<QLabel *>()) {
            if (label->isVisible() && label->wordWrap())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(label->text()));
        }
        for (QAction *menu : window.menuBar()->actions()) {
            QVERIFY2(window.menuBar()->rect().contains(window.menuBar()->actionGeometry(menu)),
                     qPrintable(menu->text()));
        }
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
            if (label->isVisible() && !label->wordWrap())
                QVERIFY2(label->fontMetrics().horizontalAdvance(label->text()) <= label->contentsRect().width(),
                         qPrintable(label->text()));
        }
        window.close();
    }
};

int main(int argc, char *argv[])
{
    // Before the application exists, as the platform reads it.
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    applyDarkTheme(app);
    TestHighDpi test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_high_dpi.moc"
