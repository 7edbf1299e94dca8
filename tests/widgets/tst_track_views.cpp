// The track table's fused and raw views, the contributor list of the track details view, a
// track held at its predicted impact, and one launch per fused track in the dock and the alert
// rows.
#include "SyntheticSalvo.h"
#include "TrackOverSea.h"

#include "AlertTableModel.h"
#include "AlertText.h"
#include "ContributorTableModel.h"
#include "FusionSettled.h"
#include "TrackDetailsWidget.h"
#include "TrackTableModel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using cop::testing::SyntheticSalvo;

namespace {

void send(cop::Picture &picture, const QString &service, std::vector<cop::PictureEvent> events)
{
    static quint64 sequence = 0;
    cop::ServiceBatch batch;
    batch.service = service;
    for (cop::PictureEvent &event : events)
        batch.events.push_back({++sequence, std::move(event)});
    picture.applyBatch(batch);
}

// One missile that the three nations report, and the alert panel over its fused picture.
struct OneMissile
{
    OneMissile() { alerts.setFusion(&fused); }

    SyntheticSalvo salvo{1, 0.0, cop::testing::threeNations(), 17};
    cop::Picture picture;
    cop::FusedPicture fused{&picture};
    cop::AlertBook book{&picture, u"op"_s, u"C1"_s};
    cop::AlertTableModel alerts{&book, &picture};
};

cop::AlertUpdate launchAlert(const QString &trackId, const QString &regionId = {})
{
    cop::AlertUpdate alert;
    alert.alertId = u"A1"_s;
    alert.kind = cop::AlertKind::LaunchDetected;
    alert.severity = cop::Severity::Warning;
    alert.trackId = trackId;
    alert.regionId = regionId;
    alert.state = cop::AlertState::ActiveUnacknowledged;
    return alert;
}

} // namespace

class TrackViewsTest : public QObject
{
    Q_OBJECT

private slots:
    void fusedByDefaultWithBadgesRawOnRequestAndContributorsListed()
    {
        SyntheticSalvo salvo(1, 0.0, cop::testing::threeNations(), 17);
        cop::Picture picture;
        cop::FusedPicture fused(&picture);
        quint64 sequence = 0;
        for (size_t s = 0; s < salvo.services().size(); ++s) {
            const cop::Track track = salvo.report(s, 0, 10);
            cop::ServiceBatch batch;
            batch.service = track.service;
            batch.events.push_back({++sequence, track.state});
            if (track.service != u"JP") { // Japan sends no prediction of its own
                cop::Prediction prediction;
                prediction.trackId = track.state.trackId;
                batch.events.push_back({++sequence, prediction});
            }
            picture.applyBatch(batch);
        }

        QVERIFY(fusionSettled(fused));
        cop::TrackTableModel tracks(&picture);
        tracks.setFusion(&fused);
        QCOMPARE(tracks.rowCount(), 1);
        QCOMPARE(tracks.index(0, cop::TrackTableModel::Service).data().toString(), u"US JP KR"_s);
        const QString fusedId = tracks.fusedIdAt(0);
        QCOMPARE(tracks.index(0, cop::TrackTableModel::TrackId).data().toString(), fusedId);
        QCOMPARE(tracks.headerData(cop::TrackTableModel::Service, Qt::Horizontal, Qt::DisplayRole)
                     .toString(), u"Nations"_s);

        tracks.setFusedView(false);
        QCOMPARE(tracks.rowCount(), 3);
        QVERIFY(tracks.fusedIdAt(0).isEmpty());
        tracks.setFusedView(true);
        QCOMPARE(tracks.rowCount(), 1);

        cop::ContributorTableModel contributors(&fused);
        contributors.setTrack(fusedId);
        QCOMPARE(contributors.rowCount(), 3);
        QStringList rows;
        for (int row = 0; row < 3; ++row) {
            QStringList cells;
            for (int column : {cop::ContributorTableModel::Nation, cop::ContributorTableModel::TrackId,
                               cop::ContributorTableModel::PositionSigma,
                               cop::ContributorTableModel::PredictionColumn})
                cells.append(contributors.index(row, column).data().toString());
            rows.append(cells.join(u" | "_s));
        }
        QCOMPARE(rows, QStringList({u"US | US-0-3 | 150 | own, shown"_s, u"JP | JP-0-3 | 250 | none"_s,
                                    u"KR | KR-0-3 | 200 | own"_s}));
        QVERIFY(contributors.divergenceText().isEmpty());
    }

    void aTrackFlownIntoTheGroundIsShownAtItsPredictedImpactThenRetired()
    {
        using cop::testing::kStartUtcUs;
        using cop::testing::trackOverSea;
        cop::Picture picture;
        cop::FusedPicture fused(&picture);
        cop::TrackTableModel tracks(&picture);
        tracks.setFusion(&fused);
        // Japan's last report, falling at 2 km/s from 20 km; then its feed is silent while Korea
        // goes on reporting another missile.
        send(picture, u"JP"_s, {trackOverSea(u"JP"_s, u"JP-7"_s, kStartUtcUs, 20'000.0, -2'000.0,
                                             cop::TrackPhase::Terminal).state});
        const auto korea = [&](int timeS) {
            send(picture, u"KR"_s, {trackOverSea(u"KR"_s, u"KR-1"_s, kStartUtcUs + timeS * 1'000'000LL,
                                                 300'000.0, 0.0, cop::TrackPhase::Midcourse).state});
            QVERIFY(fusionSettled(fused));
        };
        korea(20);
        const auto japanRow = [&] {
            for (int row = 0; row < tracks.rowCount(); ++row) {
                if (tracks.index(row, cop::TrackTableModel::Service).data().toString() == u"JP")
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY(japanRow() >= 0 && tracks.index(japanRow(), cop::TrackTableModel::Phase).data()
                                               == u"Impact (predicted)"_s);
        QCOMPARE(tracks.index(japanRow(), cop::TrackTableModel::Altitude).data().toString(), u"0.0"_s);
        korea(90);
        QTRY_COMPARE(tracks.rowCount(), 1);
        QCOMPARE(japanRow(), -1);
    }

    void oneLaunchTimeInTheDockAndTheAlertRows()
    {
        OneMissile m;
        auto &[salvo, picture, fused, book, alerts] = m;
        // Each nation its own launch estimate; Korea's point is the most precise.
        const double variances[] = {4e6, 9e6, 1e6};
        for (size_t s = 0; s < salvo.services().size(); ++s) {
            const cop::Track track = salvo.report(s, 0, 10);
            cop::Launch launch;
            launch.launchId = u"L1"_s;
            launch.trackId = track.state.trackId;
            launch.launchTimeUtcUs = SyntheticSalvo::kStartUtcUs - qint64(100 + s) * 1'000'000;
            launch.point = {39.0, 125.5 + 0.01 * double(s), 0.0};
            launch.pointCovarianceEn = std::array<double, 3>{variances[s], 0.0, variances[s]};
            launch.launchTimeSigmaS = 4.0 + double(s);
            send(picture, track.service, {track.state, launch, launchAlert(track.state.trackId)});
        }
        QVERIFY(fusionSettled(fused));
        const qint64 korean = SyntheticSalvo::kStartUtcUs - 102'000'000;

        cop::TrackTableModel tracks(&picture);
        tracks.setFusion(&fused);
        QCOMPARE(tracks.rowCount(), 1);
        cop::TrackDetailsWidget dock(&picture, &fused, &tracks);
        dock.setTrack(cop::ServiceKey{QString(), tracks.fusedIdAt(0)});
        QStringList launchTexts;
        for (const QLabel *label : dock.findChildren<QLabel *>()) {
            if (label->text().contains(u" at 39.000, 125.5"_s))
                launchTexts.append(label->text());
        }
        // With its time's 95 % spread, 1.96 sigma.
        QCOMPARE(launchTexts, QStringList{u"%1 ± 12 s (95 %) at 39.000, 125.520"_s.arg(cop::AlertText::utcTime(korean))});
        QVERIFY(alerts.rowCount() > 0);
        for (int row = 0; row < alerts.rowCount(); ++row) {
            QCOMPARE(alerts.index(row, cop::AlertTableModel::LaunchTime).data().toString(),
                     cop::AlertText::utcTime(korean) + u" ±12 s"_s);
        }
    }

    // A satellite launch's details: what it is, how it ended, and no impact while bound for orbit.
    // A break-up's service cannot yet say until when the pieces fall: nothing is made up for it.
    void aSpaceLaunchsDetailsSayWhatItIsAndHowItEnded()
    {
        cop::Picture picture;
        cop::TrackUpdate vehicle = SyntheticSalvo(1, 0.0, cop::testing::threeNations(), 17).report(0, 0, 10).state;
        vehicle.objectKind = cop::ObjectKind::Vehicle;
        cop::Launch launch;
        launch.launchId = u"L1"_s;
        launch.trackId = vehicle.trackId;
        launch.launchTimeUtcUs = vehicle.timeUtcUs - 500'000'000;
        launch.kind = cop::LaunchKind::SpaceLaunch;
        launch.origin = u"PRK"_s;
        launch.outcomeUtcUs = vehicle.timeUtcUs - 20'000'000;
        launch.orbit = cop::OrbitReached{495'000.0, 512'000.0, 97.4};
        cop::Prediction orbit;
        orbit.trackId = vehicle.trackId;
        orbit.orbital = true;
        orbit.trajectory = {{vehicle.timeUtcUs, vehicle.position}, {vehicle.timeUtcUs + 5'000'000'000, {0.0, 120.0, 500'000.0}}};
        send(picture, u"US"_s, {vehicle, launch, orbit});
        cop::TrackTableModel tracks(&picture);
        cop::TrackDetailsWidget dock(&picture, nullptr, &tracks);
        dock.setTrack(cop::ServiceKey{u"US"_s, vehicle.trackId});
        const auto texts = [&dock] {
            QStringList all;
            for (const QLabel *label : dock.findChildren<QLabel *>())
                all.append(label->text());
            return all;
        };
        QStringList shown = texts();
        QVERIFY2(shown.contains(u"Space launch (PRK)"_s), qPrintable(shown.join(u'|')));
        QVERIFY2(shown.contains(u"In orbit since %1: 495 × 512 km, inclination 97.4°"_s
                                    .arg(cop::AlertText::utcTime(launch.outcomeUtcUs))),
                 qPrintable(shown.join(u'|')));
        QVERIFY2(shown.contains(u"No impact: bound for orbit"_s), qPrintable(shown.join(u'|')));

        launch.orbit.reset();
        launch.failure = cop::LaunchFailure{cop::FailureMode::BreakUp, 2, {34.1, 124.6, 0.0}, {}, 0, 0};
        send(picture, u"US"_s, {launch});
        dock.setTrack(cop::ServiceKey{u"US"_s, vehicle.trackId});
        shown = texts();
        const auto failed = std::find_if(shown.begin(), shown.end(), [](const QString &t) { return t.startsWith(u"Failed at"_s); });
        QVERIFY2(failed != shown.end(), qPrintable(shown.join(u'|')));
        QVERIFY2(failed->contains(u"broke up; debris falls at 34.100, 124.600"_s) && !failed->contains(u"until"_s),
                 qPrintable(*failed));
    }

    // The console names the region of the prediction the missile shows; a nation whose own alert
    // says otherwise is shown beside it, one that agrees is not (docs/alerts.md).
    void aNationThatSaysOtherwiseIsShownBesideTheRow()
    {
        OneMissile m;
        auto &[salvo, picture, fused, book, alerts] = m;
        const char *said[] = {"sea", "jp.eez", ""};
        for (size_t s = 0; s < salvo.services().size(); ++s) {
            const cop::Track track = salvo.report(s, 0, 10);
            // Far out in the Pacific, beyond every EEZ, with a tight ellipse.
            cop::Prediction prediction;
            prediction.trackId = track.state.trackId;
            prediction.issuedUtcUs = track.state.timeUtcUs;
            prediction.impactPoint = {35.0, 165.0, 0.0};
            prediction.impactTimeUtcUs = track.state.timeUtcUs + 600'000'000;
            prediction.ellipses = {{0.5, 2'000.0, 1'000.0, 0.0}, {0.95, 5'000.0, 2'500.0, 0.0}};
            send(picture, track.service,
                 {track.state, prediction, launchAlert(track.state.trackId, QString::fromLatin1(said[s]))});
        }
        QVERIFY(fusionSettled(fused));
        QCOMPARE(alerts.rowCount(), 1);
        QCOMPARE(alerts.index(0, cop::AlertTableModel::Region).data().toString(),
                 u"Open sea [JP: Japan's EEZ (approx.)]"_s);
    }

    void aLanguageSwitchRetranslatesEachTableOnce()
    {
        // A switch removes two translators and installs two: four LanguageChange events to the
        // application object. Each would make the views measure every column again.
        OneMissile missile;
        cop::TrackTableModel tracks(&missile.picture);
        const QSignalSpy trackHeaders(&tracks, &QAbstractItemModel::headerDataChanged);
        const QSignalSpy alertHeaders(&missile.alerts, &QAbstractItemModel::headerDataChanged);
        for (int i = 0; i < 4; ++i) {
            QEvent languageChange(QEvent::LanguageChange);
            QCoreApplication::sendEvent(QCoreApplication::instance(), &languageChange);
        }
        QTRY_COMPARE(trackHeaders.size(), 1);
        QTRY_COMPARE(alertHeaders.size(), 1);
        QTest::qWait(50);
        QCOMPARE(trackHeaders.size(), 1);
        QCOMPARE(alertHeaders.size(), 1);

        // And the next switch again.
        QEvent languageChange(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &languageChange);
        QTRY_COMPARE(trackHeaders.size(), 2);
        QTRY_COMPARE(alertHeaders.size(), 2);
    }
};

QTEST_MAIN(TrackViewsTest)
#include "tst_track_views.moc"
