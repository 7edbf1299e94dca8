// The composition root end to end, as main() uses it: a live console (ConsoleAssembly) on a real
// cop-sim journals what its operator does in the window (silencing the horn, an acknowledgement,
// switching the language), and a replay console built by the same factory from the journal plays
// it back in a window of its own: each action at its time, the alert acknowledged by the
// operator.
#include "OneSimConsole.h"

#include "alerts/AlertBook.h"
#include "AlertPanel.h"
#include "BasemapSource.h"
#include "ClassificationBar.h"
#include "ConsoleAssembly.h"
#include "ConsoleOptions.h"
#include "session/ConsoleSession.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ReplaySource.h"

#include <QLabel>
#include <QMenuBar>
#include <QQmlExtensionPlugin>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(Cop_MapPlugin)

using namespace cop;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 90'000;

bool showsLabel(const QWidget &window, const QString &text)
{
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    return std::any_of(labels.begin(), labels.end(),
                       [&](const QLabel *label) { return label->isVisible() && label->text() == text; });
}

// The Language menu's entry for a language, as the operator picks it.
QAction *languageAction(const QMainWindow &window, const QString &language)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == LanguageManager::nativeName(language))
                return action;
        }
    }
    return nullptr;
}

bool acknowledgedBy(const Alert &alert, const QString &operatorName)
{
    return std::any_of(alert.report.acknowledgements.begin(), alert.report.acknowledgements.end(),
                       [&](const Acknowledgement &ack) { return ack.operatorName == operatorName; });
}

const QStringList kJapanBanners{u"UNCLASSIFIED // SIMULATED DATA // JP"_s,
                                u"UNCLASSIFIED // SIMULATED DATA // JP"_s};

// What the classification banners at the top and the bottom of the window say.
QStringList bannerTexts(const MainWindow &window)
{
    QStringList texts;
    for (const char *name : {"classificationTop", "classificationBottom"}) {
        const auto *bar = window.findChild<QToolBar *>(QLatin1StringView(name));
        const auto *banner = bar ? bar->findChild<ClassificationBar *>() : nullptr;
        texts << (banner ? banner->text() : QString());
    }
    return texts;
}

} // namespace

class TestConsoleAssembly : public QObject
{
    Q_OBJECT

private:
    std::vector<std::unique_ptr<QProcess>> m_sims;

private slots:
    void cleanup() { stopSimProcesses(m_sims); }

    void liveConsoleJournalsTheOperatorAndReplayPlaysItBack()
    {
        QTemporaryDir journal;
        ConsoleOptions options;
        options.operatorName = u"Kim Min-jun"_s;
        options.consoleId = u"seoul-1"_s;
        useOneSim(m_sims, "JP", journal.path(), &options);
        LanguageManager languages;
        QVERIFY(languages.setLanguage(u"en"_s));
        BasemapSource basemap{QString()};
        startBasemap(basemap);
        if (QTest::currentTestFailed())
            return;
        QString error;

        ServiceKey acknowledged;
        {
            ConsoleAssembly live(options, &languages);
            QVERIFY(live.live() && !live.replay());
            MainWindow &window = *live.createWindow(&basemap);
            QVERIFY2(live.start(&error), qPrintable(error));
            window.resize(1600, 1000);
            window.show();
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QTRY_VERIFY(showsLabel(window, MainWindow::tr("● REC")));
            // The service's marking across the top and the bottom of the window.
            QTRY_COMPARE_WITH_TIMEOUT(bannerTexts(window), kJapanBanners, kTimeoutMs);

            AlertBook &alerts = *live.session()->alerts();
            const auto serviceAlert = [&alerts] {
                for (const Alert &alert : alerts.alerts()) {
                    if (!alert.raisedByConsole && alert.state() == AlertState::ActiveUnacknowledged)
                        return alert.key;
                }
                return ServiceKey{};
            };
            QTRY_VERIFY_WITH_TIMEOUT(!serviceAlert().id.isEmpty(), kTimeoutMs);
            QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
            QVERIFY(live.session()->annunciator()->silencedUntilUtcUs() != 0);
            acknowledged = serviceAlert();
            window.findChild<AlertPanel *>()->select({acknowledged});
            QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
            // Confirmed by the service, which the journal has too.
            QTRY_VERIFY_WITH_TIMEOUT(acknowledgedBy(alerts.alerts().value(acknowledged), options.operatorName),
                                     kTimeoutMs);
            for (const char *language : {"ko", "en"}) {
                QAction *action = languageAction(window, QString::fromLatin1(language));
                QVERIFY(action);
                action->trigger();
                QCOMPARE(languages.language(), QString::fromLatin1(language));
            }
            QTest::qWait(500); // the service's stream goes on past the last action
        } // the journal writes and syncs everything as the console goes

        options.services.clear();
        options.replayPath = journal.path();
        ConsoleAssembly replay(options, &languages);
        QVERIFY(replay.replay() && !replay.live());
        MainWindow &window = *replay.createWindow(&basemap);
        QVERIFY(window.findChild<QToolBar *>(u"timelineToolBar"_s));
        ReplaySource &source = *replay.replay();
        QSignalSpy played(&source.engine(), &ReplayEngine::operatorAction);
        QVERIFY2(replay.start(&error), qPrintable(error));
        QVERIFY(source.clock().isPlaying());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The replayed moment's marking, from the journal.
        QTRY_COMPARE(bannerTexts(window), kJapanBanners);

        // In the journal: every action, by whom and at which console.
        const std::vector<OperatorAction> &recorded = source.engine().survey().operatorActions;
        QStringList kinds;
        for (const OperatorAction &action : recorded) {
            QCOMPARE(action.operatorName, options.operatorName);
            QCOMPARE(action.consoleId, options.consoleId);
            kinds << operatorActionId(action.kind) + u' '
                         + (action.kind == OperatorAction::Kind::LanguageSwitch ? action.language : action.alertId);
        }
        QCOMPARE(kinds.first(), u"silence "_s);
        QVERIFY2(kinds.contains(u"acknowledge "_s + acknowledged.id), qPrintable(kinds.join(u", ")));
        QCOMPARE(kinds.mid(kinds.size() - 2), (QStringList{u"language ko"_s, u"language en"_s}));

        // Played back: each action at its time, and the alert acknowledged by the operator.
        ReplayClock &clock = source.clock();
        clock.pause();
        clock.setPosition(recorded.front().timeUtcUs - 1);
        const qsizetype before = played.size();
        for (qint64 t = clock.positionUtcUs(); t < clock.endUtcUs(); t += 50'000) // as the clock plays
            clock.setPosition(t);
        clock.setPosition(clock.endUtcUs());
        QCOMPARE(played.size() - before, qsizetype(recorded.size()));
        QCOMPARE(played.last().first().value<OperatorAction>().language, u"en"_s);
        QVERIFY(acknowledgedBy(replay.session()->alerts()->alerts().value(acknowledged), options.operatorName));
    }
};

QTEST_MAIN(TestConsoleAssembly)
#include "tst_console_assembly.moc"
