#pragma once

// What an operator does to a console while the picture keeps coming: zooms the map in two
// levels and back out with the wheel, drags it away and back, and switches the language
// en -> ko -> ja -> en from the Language menu; an action every 1.5 s. Measures, for each, the
// GUI event loop's worst lateness from the action until 1.5 s after it (LoopLatency), the
// operator's budget being 50 ms: an action that stalls the loop longer is felt; the most CPU
// the GUI thread spent between two probe ticks, the stall the console itself made; and how the
// worst of those turns splits into the GUI thread's CPU, its wait for a core, and the rest.

#include "LanguageManager.h"
#include "LoopLatency.h"
#include "MapGestures.h"
#include "MapWidget.h"
#include "RunFor.h"

#include <QAction>
#include <QElapsedTimer>
#include <QGeoCoordinate>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QQuickItem>

#include <cmath>
#include <cstdio>
#include <functional>
#include <map>

class OperatorScript
{
public:
    static constexpr int kGapMs = 1'500;

    OperatorScript(QMainWindow &window, cop::MapWidget &map) : m_window(window), m_map(map) {}

    // Runs every action, printing a line for each, then the worst by kind.
    void run()
    {
        std::printf("operator actions, %d ms apart: the GUI event loop's worst latency from each until %d ms after (5 ms"
                    " probe; target <= %.0f ms), and in brackets the most GUI-thread CPU between two ticks; then the worst"
                    " turn as GUI-thread CPU + waiting for a core + blocked:\n",
                    kGapMs, kGapMs, LoopLatency::kBudgetMs);
        act("nothing", [] { return QStringLiteral("no action (the picture's own load)"); });
        for (bool in : {true, true, false, false})
            act("zoom", [this, in] { return zoom(in); });
        for (QPoint by : {QPoint(-400, -250), QPoint(400, 250)})
            act("pan", [this, by] { return pan(by); });
        for (const char *language : {"ko", "ja", "en"})
            act("language", [this, language] { return switchLanguage(QString::fromLatin1(language)); });
        QStringList kinds;
        for (const auto &[kind, worst] : m_worstByKind) {
            kinds << QStringLiteral("%1 %2 ms (%3 ms)%4")
                         .arg(kind)
                         .arg(worst.first, 0, 'f', 0)
                         .arg(worst.second, 0, 'f', 0)
                         .arg(worst.first > LoopLatency::kBudgetMs ? QStringLiteral(" over") : QString());
        }
        std::printf("worst by kind: %s\n", qPrintable(kinds.join(QStringLiteral(", "))));
    }

private:
    // `action` does it and says what it did.
    void act(const QString &kind, const std::function<QString()> &action)
    {
        m_latency.reset();
        const QString what = action();
        runFor(kGapMs);
        const double worst = m_latency.worstMs(), busy = m_latency.worstBusyMs();
        auto &[worstOfKind, busyOfKind] = m_worstByKind[kind];
        worstOfKind = std::max(worstOfKind, worst);
        busyOfKind = std::max(busyOfKind, busy);
        const LoopLatency::Turn turn = m_latency.worstTurn();
        std::printf("  %s: %.0f ms (%.0f ms); %.0f + %.0f + %.0f ms\n", qPrintable(what), worst, busy, turn.cpuMs,
                    turn.runQueueMs, turn.blockedMs);
    }

    // A whole level in or out, spinning the wheel notch by notch until the map is there (an
    // eighth of a level a notch in MapView.qml).
    QString zoom(bool in)
    {
        constexpr int kMostNotches = 32;
        const double before = zoomLevel();
        int notches = 0;
        while (std::abs(zoomLevel() - before) < 0.999 && notches < kMostNotches) {
            if (notches++ > 0)
                runFor(MapGestures::kNotchGapMs);
            MapGestures::wheelNotch(&m_map, in);
        }
        return QStringLiteral("zoom %1 (wheel, %2 notches; level %3 -> %4)")
            .arg(in ? QStringLiteral("in") : QStringLiteral("out"))
            .arg(notches)
            .arg(before, 0, 'f', 2)
            .arg(zoomLevel(), 0, 'f', 2);
    }

    QString pan(QPoint by)
    {
        const auto before = root()->property("center").value<QGeoCoordinate>();
        MapGestures::drag(&m_map, by);
        const auto after = root()->property("center").value<QGeoCoordinate>();
        return QStringLiteral("pan (drag %1, %2 px; centre %3, %4 -> %5, %6)")
            .arg(by.x())
            .arg(by.y())
            .arg(before.latitude(), 0, 'f', 2)
            .arg(before.longitude(), 0, 'f', 2)
            .arg(after.latitude(), 0, 'f', 2)
            .arg(after.longitude(), 0, 'f', 2);
    }

    // As the operator picks it from the Language menu.
    QString switchLanguage(const QString &language)
    {
        const QString name = cop::LanguageManager::nativeName(language);
        for (QAction *menu : m_window.menuBar()->actions()) {
            if (!menu->menu())
                continue;
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == name) {
                    // The switch itself (translators, locale, the application font sent to
                    // every widget) apart from the retranslation that it posts.
                    QElapsedTimer call;
                    call.start();
                    action->trigger();
                    return QStringLiteral("language -> %1 (Language menu; the call itself %2 ms)").arg(language).arg(call.elapsed());
                }
            }
        }
        return QStringLiteral("language -> %1: not in the menus, nothing done").arg(language);
    }

    QQuickItem *root() const { return m_map.rootObject(); }
    double zoomLevel() const { return root()->property("zoomLevel").toDouble(); }

    QMainWindow &m_window;
    cop::MapWidget &m_map;
    LoopLatency m_latency;
    std::map<QString, std::pair<double, double>> m_worstByKind; // latency, busy
};
