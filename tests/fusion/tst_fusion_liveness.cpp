// Fusion whatever a service sends: it runs on the picture pipeline thread, so the GUI thread
// keeps turning through a picture of tens of thousands of new tracks, and a track stamped years
// away (a service's unit error) neither drags the others across years nor makes the work
// unbounded.
#include "SyntheticSalvo.h"

#include "alerts/AlertBook.h"
#include "FusionSettled.h"
#include "alerts/PictureWatchdog.h"
#include "base/SteadyClock.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using cop::testing::SyntheticSalvo;

namespace {

cop::ServiceBatch batchOf(SyntheticSalvo &salvo, size_t service, int timeS, quint64 &sequence)
{
    cop::ServiceBatch batch;
    batch.service = salvo.services()[service].name;
    batch.receivedUtcUs = SyntheticSalvo::kStartUtcUs + qint64(timeS) * 1'000'000;
    for (int m = 0; m < salvo.missiles(); ++m)
        batch.events.push_back({++sequence, salvo.report(service, m, timeS).state});
    return batch;
}

} // namespace

class FusionLivenessTest : public QObject
{
    Q_OBJECT

private slots:
    void manyNewTracksAreFusedOffTheGuiThread()
    {
        SyntheticSalvo salvo(20'000, 30'000.0, {cop::testing::threeNations()[0]});
        cop::Picture picture;
        cop::AlertBook alerts(&picture, u"Kim"_s, u"seoul-1"_s);
        cop::FusedPicture fused(&picture, &alerts);
        cop::PictureWatchdog watchdog;
        watchdog.start();
        QTest::qWait(100);

        quint64 sequence = 0;
        picture.applyBatch(batchOf(salvo, 0, 0, sequence));
        watchdog.resetLatency(); // applying the batch is the test's own work on this thread
        QVERIFY(!fused.isSettled());
        const qint64 started = cop::steadyNowMs();
        QVERIFY(fusionSettled(fused));
        const qint64 tookMs = cop::steadyNowMs() - started;
        QCOMPARE(int(fused.tracks().size()), 20'000);
        const cop::PictureWatchdog::Latency latency = watchdog.latency();
        qInfo("20,000 new tracks fused in %lld ms; event loop meanwhile p50 %.0f ms, max %.0f ms",
              tookMs, latency.p50Ms, latency.maxMs);
        // The GUI thread only made the pass's input and took its result.
        QVERIFY2(latency.maxMs < 250, qPrintable(QString::number(latency.maxMs)));
    }

    // The map's overlay draws each result at once, so the passes wait for it: the next result
    // comes no sooner than twice the view's build after the last, and the view too takes at
    // most half a core.
    void aViewsBuildPacesTheResults()
    {
        SyntheticSalvo salvo(3, 30'000.0, cop::testing::threeNations());
        cop::Picture picture;
        cop::FusedPicture fused(&picture);
        quint64 sequence = 0;
        int timeS = 0;
        picture.applyBatch(batchOf(salvo, 0, timeS, sequence));
        QTRY_VERIFY(fused.isSettled());
        std::vector<qint64> resultsMs;
        connect(&fused, &cop::FusedPicture::changed, this, [&resultsMs] { resultsMs.push_back(cop::steadyNowMs()); });
        constexpr qint64 kViewBuildMs = 100; // twice that within WorkPause::kLongestMs
        for (int result = 0; result < 3; ++result) {
            picture.applyBatch(batchOf(salvo, 0, ++timeS, sequence));
            QTRY_COMPARE(resultsMs.size(), size_t(result + 1));
            fused.viewBuilt(kViewBuildMs);
        }
        // The view's build of a result paces the rest after the next: the second came at once,
        // the third waited.
        QVERIFY(resultsMs[1] - resultsMs[0] < 2 * kViewBuildMs);
        for (size_t i = 2; i < resultsMs.size(); ++i)
            QVERIFY2(resultsMs[i] - resultsMs[i - 1] >= 2 * kViewBuildMs - 5,
                     qPrintable(QStringLiteral("%1 ms between results").arg(resultsMs[i] - resultsMs[i - 1])));
    }

    void tracksStampedYearsAwaySitOutAndTheRestFuse()
    {
        SyntheticSalvo salvo(3, 30'000.0, cop::testing::threeNations());
        cop::Picture picture;
        cop::FusedPicture fused(&picture);
        quint64 sequence = 0;
        for (size_t s = 0; s < salvo.services().size(); ++s)
            picture.applyBatch(batchOf(salvo, s, 10, sequence));

        cop::ServiceBatch hostile;
        hostile.service = u"XX"_s;
        hostile.receivedUtcUs = SyntheticSalvo::kStartUtcUs;
        cop::TrackUpdate ahead = salvo.report(0, 0, 10).state;
        ahead.trackId = u"ten-years-ahead"_s;
        ahead.timeUtcUs += 10LL * 365 * 86'400 * 1'000'000;
        cop::TrackUpdate milliseconds = salvo.report(0, 1, 10).state;
        milliseconds.trackId = u"milliseconds"_s;
        milliseconds.timeUtcUs /= 1'000;
        hostile.events.push_back({1, ahead});
        hostile.events.push_back({2, milliseconds});
        picture.applyBatch(hostile);

        QElapsedTimer clock;
        clock.start();
        QVERIFY(fusionSettled(fused));
        QVERIFY2(clock.elapsed() < 2'000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(fused.outOfTime(), qsizetype(2));
        QCOMPARE(int(fused.tracks().size()), 3);
        for (const cop::FusedTrack *track : fused.tracks()) {
            QCOMPARE(track->contributors.size(), size_t(3));
            QVERIFY(!track->nations().contains(u"XX"_s));
        }
        // The data time is the nations' own, not ten years on.
        const qint64 dataTime = cop::TrackFuser::dataTimeOf(picture.tracks());
        QVERIFY(std::abs(dataTime - (SyntheticSalvo::kStartUtcUs + 10'000'000)) < 5'000'000);
    }
};

QTEST_GUILESS_MAIN(FusionLivenessTest)
#include "tst_fusion_liveness.moc"
