#include "ReconnectBackoff.h"

#include <QTest>

using namespace std::chrono_literals;

class ReconnectBackoffTest : public QObject
{
    Q_OBJECT

private slots:
    void doublesWithJitterUpToTheMaximum();
    void startsOverAfterReset();
};

namespace {

bool within(std::chrono::milliseconds delay, std::chrono::milliseconds base)
{
    return delay >= base * 8 / 10 && delay <= base * 12 / 10;
}

} // namespace

void ReconnectBackoffTest::doublesWithJitterUpToTheMaximum()
{
    cop::ReconnectBackoff backoff(250ms, 5s);
    for (auto base : {250ms, 500ms, 1000ms, 2000ms, 4000ms, 5000ms, 5000ms, 5000ms}) {
        const auto delay = backoff.next();
        QVERIFY2(within(delay, base), qPrintable(QStringLiteral("%1 ms for a base of %2 ms")
                                                     .arg(delay.count())
                                                     .arg(base.count())));
    }
}

void ReconnectBackoffTest::startsOverAfterReset()
{
    cop::ReconnectBackoff backoff(250ms, 5s);
    for (int i = 0; i < 5; ++i)
        backoff.next();
    backoff.reset();
    QVERIFY(within(backoff.next(), 250ms));
}

QTEST_APPLESS_MAIN(ReconnectBackoffTest)
#include "tst_client_reconnectbackoff.moc"
