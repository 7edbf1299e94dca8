// The console's layout through its settings file, as the operator uses it: docks moved and a
// window resized are there again at the next start of that console (and only of that one);
// View > Layouts saves, loads and deletes named layouts; View > Reset layout brings back the
// default; a layout saved for a screen that is gone still opens a window on the screen there is.
#include "WorkstationConsole.h"

#include "LayoutStore.h"
#include "MapWidget.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QQmlExtensionPlugin>
#include <QScreen>
#include <QSettings>
#include <QTest>
#include <QTimer>

Q_IMPORT_QML_PLUGIN(Cop_MapPlugin)

using namespace cop;
using namespace Qt::StringLiterals;

namespace {

// The entry of a menu reached by its path of titles from the menu bar, as the operator finds it.
QAction *menuAction(const QMainWindow &window, const QStringList &path)
{
    QList<QAction *> actions = window.menuBar()->actions();
    QAction *found = nullptr;
    for (const QString &title : path) {
        found = nullptr;
        for (QAction *action : actions) {
            if (QString(action->text()).remove(u'&') == title) {
                found = action;
                break;
            }
        }
        if (!found)
            return nullptr;
        if (QMenu *menu = found->menu()) {
            emit menu->aboutToShow(); // as opening it does
            actions = menu->actions();
        }
    }
    return found;
}

// Answers the modal dialogs Save layout as… opens, as the operator would: types the name, then
// gives the answer to the question whether to replace a layout of that name.
void answerSaveDialogs(QObject *context, const QString &name, QMessageBox::StandardButton replace)
{
    auto *poll = new QTimer(context);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, name, replace] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *input = qobject_cast<QInputDialog *>(modal)) {
            input->setTextValue(name);
            input->accept();
        } else if (auto *question = qobject_cast<QMessageBox *>(modal)) {
            question->button(replace)->click();
            poll->deleteLater();
        }
    });
    poll->start(20);
}

bool mapKeepsHalf(const WorkstationConsole &console)
{
    const QWidget *map = console.window->mapWidget();
    return map && map->width() * 2 >= console.window->width() && map->height() * 2 >= console.window->height();
}

} // namespace

class TestWindowLayouts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString settingsPath() const { return m_dir.filePath(u"console.ini"_s); }

private slots:
    void init() { QFile::remove(settingsPath()); }

    void layoutSavedAtCloseAndRestoredAtStart()
    {
        {
            WorkstationConsole console(settingsPath(), u"seoul-1"_s);
            MainWindow &window = *console.window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(window.dockWidgetArea(console.dock("tracksDock")), Qt::RightDockWidgetArea);
            window.addDockWidget(Qt::LeftDockWidgetArea, console.dock("tracksDock"));
            console.dock("alertHistoryDock")->close();
            window.resize(1300, 850);
            QTRY_COMPARE(window.size(), QSize(1300, 850));
            window.close();
        }
        QVERIFY(QSettings(settingsPath(), QSettings::IniFormat).contains(u"layouts/seoul-1/live/state"_s));

        WorkstationConsole again(settingsPath(), u"seoul-1"_s);
        again.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(again.window));
        QCOMPARE(again.window->dockWidgetArea(again.dock("tracksDock")), Qt::LeftDockWidgetArea);
        QVERIFY(again.dock("alertHistoryDock")->isHidden());
        QVERIFY(again.dock("alertsDock")->isVisible());
        QCOMPARE(again.window->size(), QSize(1300, 850));

        // Another console sharing the settings starts with its own (here the default) layout.
        WorkstationConsole other(settingsPath(), u"seoul-2"_s);
        QCOMPARE(other.window->dockWidgetArea(other.dock("tracksDock")), Qt::RightDockWidgetArea);
        QVERIFY(!other.dock("alertHistoryDock")->isHidden());
    }

    void namedLayoutsFromTheViewMenu()
    {
        WorkstationConsole console(settingsPath(), u"tokyo-1"_s);
        MainWindow &window = *console.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(!menuAction(window, {u"View"_s, u"Layouts"_s, u"Load"_s})->isEnabled(), "nothing saved yet");

        window.addDockWidget(Qt::LeftDockWidgetArea, console.dock("trackDetailsDock"));
        window.saveLayout(u"Wall display"_s); // what Save layout as… does with the name typed
        window.addDockWidget(Qt::BottomDockWidgetArea, console.dock("trackDetailsDock"));
        console.dock("feedsDock")->setFloating(true);

        QAction *load = menuAction(window, {u"View"_s, u"Layouts"_s, u"Load"_s, u"Wall display"_s});
        QVERIFY(load);
        load->trigger();
        QCOMPARE(window.dockWidgetArea(console.dock("trackDetailsDock")), Qt::LeftDockWidgetArea);
        QVERIFY(!console.dock("feedsDock")->isFloating());

        QAction *reset = menuAction(window, {u"View"_s, u"Reset layout"_s});
        QVERIFY(reset);
        reset->trigger();
        QCOMPARE(window.dockWidgetArea(console.dock("trackDetailsDock")), Qt::RightDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(console.dock("alertsDock")), Qt::BottomDockWidgetArea);
        QTRY_VERIFY(mapKeepsHalf(console));

        QAction *remove = menuAction(window, {u"View"_s, u"Layouts"_s, u"Delete"_s, u"Wall display"_s});
        QVERIFY(remove);
        remove->trigger();
        QVERIFY(window.layouts().names().isEmpty());
        QVERIFY(!menuAction(window, {u"View"_s, u"Layouts"_s, u"Load"_s, u"Wall display"_s}));
    }

    void replacingANamedLayoutAsksFirst()
    {
        WorkstationConsole console(settingsPath(), u"tokyo-1"_s);
        MainWindow &window = *console.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.addDockWidget(Qt::LeftDockWidgetArea, console.dock("trackDetailsDock"));
        window.saveLayout(u"夜勤"_s);
        window.addDockWidget(Qt::BottomDockWidgetArea, console.dock("trackDetailsDock"));

        QAction *saveAs = menuAction(window, {u"View"_s, u"Layouts"_s, u"Save layout as…"_s});
        QVERIFY(saveAs);
        answerSaveDialogs(this, u"夜勤"_s, QMessageBox::No);
        saveAs->trigger();
        menuAction(window, {u"View"_s, u"Layouts"_s, u"Load"_s, u"夜勤"_s})->trigger();
        QCOMPARE(window.dockWidgetArea(console.dock("trackDetailsDock")), Qt::LeftDockWidgetArea);

        window.addDockWidget(Qt::BottomDockWidgetArea, console.dock("trackDetailsDock"));
        answerSaveDialogs(this, u"夜勤"_s, QMessageBox::Yes);
        saveAs->trigger();
        window.addDockWidget(Qt::LeftDockWidgetArea, console.dock("trackDetailsDock"));
        menuAction(window, {u"View"_s, u"Layouts"_s, u"Load"_s, u"夜勤"_s})->trigger();
        QCOMPARE(window.dockWidgetArea(console.dock("trackDetailsDock")), Qt::BottomDockWidgetArea);
    }

    void layoutFromAScreenThatIsGoneStillFits()
    {
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        {
            // Saved on a workstation whose 4K monitor stood right of this screen.
            WorkstationConsole console(settingsPath(), u"osan-1"_s);
            console.window->setGeometry(available.right() + 500, 300, 3600, 2000);
            WindowLayout layout = console.window->currentLayout();
            LayoutStore(settingsPath(), u"osan-1"_s, u"live"_s).saveCurrent(layout);
        }
        WorkstationConsole console(settingsPath(), u"osan-1"_s);
        console.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(console.window));
        QTRY_VERIFY2(available.contains(console.window->frameGeometry()),
                     qPrintable(u"%1,%2 %3x%4"_s.arg(console.window->x()).arg(console.window->y())
                                    .arg(console.window->frameGeometry().width())
                                    .arg(console.window->frameGeometry().height())));
        QTRY_VERIFY(mapKeepsHalf(console));
    }
};

QTEST_MAIN(TestWindowLayouts)
#include "tst_window_layouts.moc"
