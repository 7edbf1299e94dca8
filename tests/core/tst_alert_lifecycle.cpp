// The ISA-18.2 lifecycle, every state against every event, for plain and latching alerts.
#include "alerts/AlertLifecycle.h"

#include <QTest>

#include <set>

using cop::AlertEvent;
using cop::AlertLifecycle;
using cop::AlertState;

Q_DECLARE_METATYPE(AlertEvent)
Q_DECLARE_METATYPE(std::optional<AlertLifecycle>)

namespace {

// A lifecycle position: the state, and for shelved alerts whether the condition is present.
enum Position { AU, AA, CU, C, S1, S0, L, X /* refused */ };

constexpr Position kAllPositions[] = {AU, AA, CU, C, S1, S0, L};

std::optional<AlertLifecycle> at(Position position, bool latching)
{
    switch (position) {
    case AU: return AlertLifecycle{AlertState::ActiveUnacknowledged, true, latching};
    case AA: return AlertLifecycle{AlertState::ActiveAcknowledged, true, latching};
    case CU: return AlertLifecycle{AlertState::ClearedUnacknowledged, false, latching};
    case C: return AlertLifecycle{AlertState::Cleared, false, latching};
    case S1: return AlertLifecycle{AlertState::Shelved, true, latching};
    case S0: return AlertLifecycle{AlertState::Shelved, false, latching};
    case L: return AlertLifecycle{AlertState::Latched, false, latching};
    case X: break;
    }
    return std::nullopt;
}

const char *nameOf(Position position)
{
    static const char *const names[] = {"active-unack", "active-ack", "cleared-unack", "cleared",
                                        "shelved(active)", "shelved(cleared)", "latched", "refused"};
    return names[position];
}

const char *nameOf(AlertEvent event)
{
    static const char *const names[] = {"activate", "clear",    "escalate",      "acknowledge",
                                        "shelve",   "unshelve", "shelf-expired", "reset"};
    return names[int(event)];
}

struct Row
{
    Position from;
    AlertEvent event;
    Position plain;    // expected for an alert that does not latch
    Position latching; // expected for a latching alert
};

using E = AlertEvent;

// Read across: from, event, result, result when latching. X: the event is refused.
constexpr Row kTable[] = {
    {AU, E::Activate, AU, AU}, {AU, E::Clear, CU, CU},     {AU, E::Escalate, AU, AU},
    {AU, E::Acknowledge, AA, AA}, {AU, E::Shelve, S1, S1}, {AU, E::Unshelve, X, X},
    {AU, E::ShelfExpired, X, X}, {AU, E::Reset, X, X},

    {AA, E::Activate, AA, AA}, {AA, E::Clear, C, L},       {AA, E::Escalate, AU, AU},
    {AA, E::Acknowledge, X, X}, {AA, E::Shelve, S1, S1},   {AA, E::Unshelve, X, X},
    {AA, E::ShelfExpired, X, X}, {AA, E::Reset, X, X},

    {CU, E::Activate, AU, AU}, {CU, E::Clear, CU, CU},     {CU, E::Escalate, CU, CU},
    {CU, E::Acknowledge, C, L}, {CU, E::Shelve, S0, S0},   {CU, E::Unshelve, X, X},
    {CU, E::ShelfExpired, X, X}, {CU, E::Reset, X, X},

    {C, E::Activate, AU, AU}, {C, E::Clear, C, C},         {C, E::Escalate, C, C},
    {C, E::Acknowledge, X, X}, {C, E::Shelve, X, X},       {C, E::Unshelve, X, X},
    {C, E::ShelfExpired, X, X}, {C, E::Reset, X, X},

    // An unshelved alert that is still active comes back unacknowledged; a worse outlook
    // breaks through the shelf.
    {S1, E::Activate, S1, S1}, {S1, E::Clear, S0, S0},     {S1, E::Escalate, AU, AU},
    {S1, E::Acknowledge, X, X}, {S1, E::Shelve, S1, S1},   {S1, E::Unshelve, AU, AU},
    {S1, E::ShelfExpired, AU, AU}, {S1, E::Reset, X, X},

    {S0, E::Activate, S1, S1}, {S0, E::Clear, S0, S0},     {S0, E::Escalate, S0, S0},
    {S0, E::Acknowledge, X, X}, {S0, E::Shelve, S0, S0},   {S0, E::Unshelve, C, C},
    {S0, E::ShelfExpired, C, C}, {S0, E::Reset, X, X},

    {L, E::Activate, AU, AU}, {L, E::Clear, L, L},         {L, E::Escalate, L, L},
    {L, E::Acknowledge, X, X}, {L, E::Shelve, X, X},       {L, E::Unshelve, X, X},
    {L, E::ShelfExpired, X, X}, {L, E::Reset, C, C},
};

} // namespace

class AlertLifecycleTest : public QObject
{
    Q_OBJECT

private slots:
    void tableCoversEveryStateAndEvent()
    {
        std::set<std::pair<Position, AlertEvent>> seen;
        for (const Row &row : kTable)
            QVERIFY2(seen.insert({row.from, row.event}).second, "a pair appears twice");
        for (Position position : kAllPositions) {
            for (AlertEvent event : cop::kAllAlertEvents)
                QVERIFY2(seen.count({position, event}),
                         qPrintable(QStringLiteral("no row for %1 x %2")
                                        .arg(nameOf(position), nameOf(event))));
        }
    }

    void movesEveryStateOnEveryEvent_data()
    {
        QTest::addColumn<AlertLifecycle>("from");
        QTest::addColumn<AlertEvent>("event");
        QTest::addColumn<std::optional<AlertLifecycle>>("expected");
        for (const Row &row : kTable) {
            for (bool latching : {false, true}) {
                QTest::addRow("%s x %s%s", nameOf(row.from), nameOf(row.event),
                              latching ? " (latching)" : "")
                    << *at(row.from, latching) << row.event
                    << at(latching ? row.latching : row.plain, latching);
            }
        }
    }

    void movesEveryStateOnEveryEvent()
    {
        QFETCH(AlertLifecycle, from);
        QFETCH(AlertEvent, event);
        QFETCH(std::optional<AlertLifecycle>, expected);
        const std::optional<AlertLifecycle> actual = cop::transition(from, event);
        QCOMPARE(actual.has_value(), expected.has_value());
        if (expected) {
            QCOMPARE(int(actual->state), int(expected->state));
            QCOMPARE(actual->conditionActive, expected->conditionActive);
            QCOMPARE(actual->latching, expected->latching);
        }
    }

    void startsUnknownAndShelvedReportsAsActiveUnacknowledged()
    {
        for (AlertState reported : {AlertState::Unknown, AlertState::Shelved}) {
            const AlertLifecycle start = cop::initialLifecycle(reported, false);
            QCOMPARE(int(start.state), int(AlertState::ActiveUnacknowledged));
            QVERIFY(start.conditionActive);
        }
        QCOMPARE(cop::initialLifecycle(AlertState::Cleared, true),
                 (AlertLifecycle{AlertState::Cleared, false, true}));
    }
};

QTEST_GUILESS_MAIN(AlertLifecycleTest)
#include "tst_alert_lifecycle.moc"
