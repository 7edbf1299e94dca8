// One connection's drain per pass of the posted events (DrainTurn): two drains posted together,
// as the wakes of two services that send at once are, run in two passes, so the event loop gets
// to its timers and input between them.
#include "DrainTurn.h"

#include <QCoreApplication>
#include <QTest>

#include <functional>

using namespace cop;

class TestDrainTurn : public QObject
{
    Q_OBJECT

private:
    // Posts `drain`, which, as ServiceConnection::drain does, posts itself again when the turn
    // is taken.
    static void post(const std::function<void()> *drain)
    {
        QMetaObject::invokeMethod(QCoreApplication::instance(), [drain] { (*drain)(); }, Qt::QueuedConnection);
    }

private slots:
    void drainsPostedTogetherRunInPassesOfTheirOwn()
    {
        QCoreApplication::sendPostedEvents(); // a pass of its own before the test's
        QStringList ran;
        std::function<void()> first, second, third;
        const auto drainAs = [&ran](const QString &name, const std::function<void()> *self) {
            return [&ran, name, self] {
                if (!DrainTurn::take()) {
                    post(self);
                    return;
                }
                ran << name;
            };
        };
        first = drainAs(QStringLiteral("JP"), &first);
        second = drainAs(QStringLiteral("KR"), &second);
        third = drainAs(QStringLiteral("US"), &third);
        post(&first);
        post(&second);
        post(&third);

        QCoreApplication::sendPostedEvents();
        QCOMPARE(ran, QStringList({QStringLiteral("JP")}));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(ran, QStringList({QStringLiteral("JP"), QStringLiteral("KR")}));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(ran, QStringList({QStringLiteral("JP"), QStringLiteral("KR"), QStringLiteral("US")}));
        // Nothing is put off for good: the turn is free again.
        QCoreApplication::sendPostedEvents();
        QVERIFY(DrainTurn::take());
    }
};

QTEST_GUILESS_MAIN(TestDrainTurn)
#include "tst_client_drainturn.moc"
