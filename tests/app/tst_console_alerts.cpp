// The console's alert handling end to end: three real cop-sim processes, the console as main()
// builds it (ConsoleAssembly) in this process, operated through its keyboard shortcuts. With
// COP_SCREENSHOT_DIR set it leaves screenshots of the window and of an exercise alert's details
// there.
#include "SimProcess.h"

#include "alerts/AlertBook.h"
#include "AlertDetailsDialog.h"
#include "AlertPanel.h"
#include "BasemapSource.h"
#include "AlertTableModel.h"
#include "AlertTreeView.h"
#include "ConsoleAssembly.h"
#include "ConsoleOptions.h"
#include "session/ConsoleSession.h"
#include "DarkTheme.h"
#include "MainWindow.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Cop_MapPlugin)

using namespace Qt::StringLiterals;
using cop::AlertState;

namespace {

constexpr int kTimeoutMs = 90'000;

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("COP_SCREENSHOT_DIR");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        QVERIFY(widget.grab().save(QDir(dir).filePath(name)));
}

} // namespace

class ConsoleAlertsTest : public QObject
{
    Q_OBJECT

private:
    std::vector<std::unique_ptr<QProcess>> m_sims;

private slots:
    void cleanup() { stopSimProcesses(m_sims); }

    void operatorAcknowledgesAndShelvesFromTheKeyboard()
    {
        cop::ConsoleOptions options;
        options.operatorName = u"Kim Min-jun"_s;
        options.consoleId = u"seoul-1"_s;
        options.reduceMotion = true; // steady highlights: a screenshot shows what a glance does
        options.center = {38.5, 131.0};
        options.zoom = 5.3;
        // The demo scenario (launches at once, the exercise shot 15 s in) in real time and on one
        // clock: the console fuses the nations' tracks by their times, and a faster simulator
        // stamps reports in wall time while its missiles fly faster than their velocities say.
        const QString start = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (const char *nation : {"US", "JP", "KR"}) {
            auto sim = std::make_unique<QProcess>();
            const int port = startSimProcess(*sim, QStringLiteral(COP_SIM_EXECUTABLE),
                                             {"--listen", "127.0.0.1:0", "--nation", nation,
                                              "--seed", "1", "--start-utc", start});
            QVERIFY2(port > 0, sim->readAllStandardError().constData());
            options.services.append({QString::fromLatin1(nation), u"127.0.0.1:%1"_s.arg(port)});
            m_sims.push_back(std::move(sim));
        }
        QTemporaryDir journal;
        options.journal.directory = journal.path();
        cop::applyDarkTheme(*qApp);
        cop::BasemapSource basemap{QString()};
        basemap.start();
        QTRY_VERIFY_WITH_TIMEOUT(basemap.state() != cop::BasemapSource::State::Preparing, 120000);
        cop::ConsoleAssembly console(options);
        cop::MainWindow &window = *console.createWindow(&basemap);
        QString error;
        QVERIFY2(console.start(&error), qPrintable(error));
        cop::AlertBook &alerts = *console.session()->alerts();
        window.resize(1600, 1000);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *panel = window.findChild<cop::AlertPanel *>();
        QVERIFY(panel);
        cop::AlertTableModel *model = panel->model();

        const auto exerciseRow = [model] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, 0).data(cop::AlertTableModel::ExerciseRole).toBool())
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 6 && exerciseRow() >= 0, kTimeoutMs);

        // Acknowledge the last alert on the list: the service confirms it with our name.
        const cop::ServiceKey acknowledged = model->keyAt(model->rowCount() - 1);
        panel->select({acknowledged});
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(int(alerts.alerts().value(acknowledged).state()),
                                  int(AlertState::ActiveAcknowledged), kTimeoutMs);
        QCOMPARE(model->indexOf(acknowledged, cop::AlertTableModel::AcknowledgedBy).data().toString(),
                 u"Kim Min-jun (seoul-1)"_s);

        // Shelve the next unacknowledged, non-exercise missile for 10 minutes: it goes to the end.
        QList<cop::ServiceKey> shelved;
        for (int row = 0; row < model->rowCount() && shelved.isEmpty(); ++row) {
            const cop::Alert *alert = model->alertAt(row);
            if (alert->state() == AlertState::ActiveUnacknowledged && !alert->report.exercise
                && !alert->raisedByConsole)
                shelved = model->keysAt(row);
        }
        panel->select(shelved);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        for (const cop::ServiceKey &key : shelved)
            QCOMPARE(int(alerts.alerts().value(key).state()), int(AlertState::Shelved));
        QCOMPARE(model->rowOf(shelved.first()), model->rowCount() - 1);

        // The end of the list shows active, acknowledged and shelved alerts together.
        panel->select({});
        panel->table()->scrollToBottom();
        saveScreenshot(window, u"console-alerts.png"_s);

        panel->select({model->keyAt(exerciseRow())});
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
        auto *details = window.findChild<cop::AlertDetailsDialog *>();
        QVERIFY(details);
        QVERIFY(QTest::qWaitForWindowExposed(details));
        saveScreenshot(*details, u"alert-details-exercise.png"_s);
        details->close();
    }
};

QTEST_MAIN(ConsoleAlertsTest)
#include "tst_console_alerts.moc"
