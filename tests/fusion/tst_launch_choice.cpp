// One launch per fused track (core/fusion/LaunchChoice through FusionPass): the most precise
// contributor's, kept through an outage and against estimates that are not clearly better.
#include "SyntheticSalvo.h"

#include "fusion/FusionPass.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cop::ServiceKey;
using cop::testing::SyntheticSalvo;

namespace {

cop::Launch launchOf(const QString &trackId, int secondsAfterStart, std::optional<double> varianceM2)
{
    cop::Launch launch;
    launch.launchId = u"L-"_s + trackId;
    launch.trackId = trackId;
    launch.launchTimeUtcUs = SyntheticSalvo::kStartUtcUs + qint64(secondsAfterStart) * 1'000'000;
    launch.point = {39.0, 125.5, 0.0};
    if (varianceM2)
        launch.pointCovarianceEn = std::array<double, 3>{*varianceM2, 0.0, *varianceM2};
    return launch;
}

} // namespace

class LaunchChoiceTest : public QObject
{
    Q_OBJECT

private:
    SyntheticSalvo m_salvo{1, 0.0, cop::testing::threeNations(), 5};
    cop::FusionInput m_input;
    std::optional<cop::FusionPass> m_pass;

    QString trackId(int service) const
    {
        return SyntheticSalvo::trackId(m_salvo.services()[size_t(service)], 0);
    }
    void setLaunch(int service, int secondsAfterStart, std::optional<double> varianceM2)
    {
        const cop::Launch launch = launchOf(trackId(service), secondsAfterStart, varianceM2);
        m_input.launches.insert({m_salvo.services()[size_t(service)].name, launch.launchId}, launch);
    }
    // One pass at `timeS`, the services in `reporting` sending fresh tracks, the others' last
    // tracks staying as they were (their feed is down). Returns the launch time shown.
    qint64 shownAt(int timeS, std::initializer_list<int> reporting)
    {
        for (int s : reporting) {
            const cop::Track track = m_salvo.report(size_t(s), 0, timeS);
            m_input.tracks.insert({track.service, track.state.trackId}, track);
        }
        const cop::FusionResult result = m_pass->run(m_input);
        if (result.tracks.size() != 1 || !result.tracks.front().launchSource)
            return -1;
        return m_input.launches.value(*result.tracks.front().launchSource).launchTimeUtcUs;
    }
    static qint64 at(int secondsAfterStart)
    {
        return SyntheticSalvo::kStartUtcUs + qint64(secondsAfterStart) * 1'000'000;
    }

private slots:
    void theMostPreciseLaunchIsKeptUntilAClearlyBetterOneComes()
    {
        // US: 2 km sigma per axis, JP: 1.73 km, KR: none: JP's is the most precise.
        setLaunch(0, -100, 4e6);
        setLaunch(1, -103, 3e6);
        setLaunch(2, -106, std::nullopt);
        QCOMPARE(shownAt(10, {0, 1, 2}), at(-103));
        // Korea's estimate 10 % better: not clearly better, JP's stays.
        setLaunch(2, -106, 2.7e6);
        QCOMPARE(shownAt(11, {0, 1, 2}), at(-103));
        // Japan's feed is down: its last track and launch stay in the picture, and so does the
        // launch shown.
        for (int t = 12; t < 22; ++t)
            QCOMPARE(shownAt(t, {0, 2}), at(-103));
        // Korea's now a third better: it takes over.
        setLaunch(2, -106, 2e6);
        QCOMPARE(shownAt(22, {0, 1, 2}), at(-106));
        // Korea's track ends before the others' (its last report): its launch stays.
        m_input.tracks.remove({u"KR"_s, trackId(2)});
        QCOMPARE(shownAt(23, {0, 1}), at(-106));
        // Korea loses its launch too (a restart with a clean state): the best of the rest.
        m_input.launches.remove({u"KR"_s, u"L-"_s + trackId(2)});
        QCOMPARE(shownAt(24, {0, 1}), at(-103));
    }

    void aLaunchWithoutUncertaintyIsShownOnlyWhenNoOtherExists()
    {
        setLaunch(2, -106, std::nullopt);
        QCOMPARE(shownAt(10, {0, 1, 2}), at(-106));
        setLaunch(0, -100, 1e8);
        QCOMPARE(shownAt(11, {0, 1, 2}), at(-100));
    }

    void init()
    {
        m_salvo = SyntheticSalvo(1, 0.0, cop::testing::threeNations(), 5);
        m_input = {};
        m_pass.emplace(cop::NationCoverage::regional());
    }
};

QTEST_GUILESS_MAIN(LaunchChoiceTest)
#include "tst_launch_choice.moc"
