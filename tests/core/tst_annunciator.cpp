// The alarm horn's decisions: what sounds, and what a silence does and does not do.
#include "AlertReports.h"
#include "alerts/Annunciator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cop::AlertState;
using cop::Severity;

namespace {

constexpr qint64 kStartUs = 1'700'000'000'000'000;
constexpr qint64 kSecondUs = 1'000'000;

class Fixture
{
public:
    Fixture()
        : book(&picture, u"Kim"_s, u"seoul-1"_s)
        , annunciator(&book)
    {
        book.setClock([this] { return now; });
        annunciator.setClock([this] { return now; });
    }

    void raise(const QString &id, Severity severity,
               AlertState state = AlertState::ActiveUnacknowledged)
    {
        picture.applyBatch(cop::testing::alertBatch(
            u"US"_s, ++sequence, cop::testing::alertReport(id, severity, state, now)));
    }

    cop::Picture picture;
    cop::AlertBook book;
    cop::Annunciator annunciator;
    qint64 now = kStartUs;
    quint64 sequence = 0;
};

} // namespace

class AnnunciatorTest : public QObject
{
    Q_OBJECT

private slots:
    void soundsTheMostSevereUnacknowledgedAlert()
    {
        Fixture f;
        QCOMPARE(int(f.annunciator.sounding()), int(Severity::Unknown));
        f.raise(u"A1"_s, Severity::Advisory);
        QCOMPARE(int(f.annunciator.sounding()), int(Severity::Advisory));
        f.raise(u"A2"_s, Severity::Critical);
        QCOMPARE(int(f.annunciator.sounding()), int(Severity::Critical));
        f.raise(u"A2"_s, Severity::Critical, AlertState::ActiveAcknowledged);
        QCOMPARE(int(f.annunciator.sounding()), int(Severity::Advisory));
        f.raise(u"A1"_s, Severity::Advisory, AlertState::ClearedUnacknowledged);
        QCOMPARE(int(f.annunciator.sounding()), int(Severity::Unknown));
    }

    void silenceIsNotAcknowledgementAndExpiresAfter30Seconds()
    {
        Fixture f;
        f.raise(u"A1"_s, Severity::Warning);
        f.annunciator.silence();
        QCOMPARE(int(f.annunciator.sounding()), int(Severity::Unknown));
        QCOMPARE(int(f.book.alerts().value({u"US"_s, u"A1"_s}).state()),
                 int(AlertState::ActiveUnacknowledged));
        QCOMPARE(f.annunciator.silencedUntilUtcUs(), kStartUs + 30 * kSecondUs);

        f.now = kStartUs + 30 * kSecondUs - 1;
        f.annunciator.refresh();
        QCOMPARE(int(f.annunciator.sounding()), int(Severity::Unknown));
        f.now = kStartUs + 30 * kSecondUs;
        f.annunciator.refresh();
        QCOMPARE(int(f.annunciator.sounding()), int(Severity::Warning));
        QCOMPARE(f.annunciator.silencedUntilUtcUs(), 0);
    }

    void newOrWorseAlertSoundsThroughASilence()
    {
        Fixture f;
        f.raise(u"A1"_s, Severity::Advisory);
        f.annunciator.silence();
        f.raise(u"A2"_s, Severity::Advisory);
        QCOMPARE(int(f.annunciator.sounding()), int(Severity::Advisory));

        f.annunciator.silence();
        QCOMPARE(int(f.annunciator.sounding()), int(Severity::Unknown));
        f.raise(u"A1"_s, Severity::Critical);
        QCOMPARE(int(f.annunciator.sounding()), int(Severity::Critical));
    }
};

QTEST_GUILESS_MAIN(AnnunciatorTest)
#include "tst_annunciator.moc"
