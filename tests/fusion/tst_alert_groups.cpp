// The alert list's rows (core/fusion/AlertGroups): one per missile, and one per space launch
// whatever pieces come off it.
#include "FusionSettled.h"

#include "fusion/AlertGroups.h"
#include "fusion/FusedPicture.h"

#include <QTest>

using namespace cop;
using namespace Qt::StringLiterals;

namespace {

TrackUpdate trackAt(const QString &id, double lonDeg, ObjectKind kind, const QString &parent = {})
{
    TrackUpdate track;
    track.trackId = id;
    track.timeUtcUs = 1'000'000;
    track.position = {30.0, lonDeg, 100'000.0};
    track.positionEcef = ecefFromGeodetic(track.position);
    track.objectKind = kind;
    track.parentTrackId = parent;
    return track;
}

Alert alertOn(const QString &alertId, AlertKind kind, const QString &trackId)
{
    Alert alert;
    alert.key = {u"JP"_s, alertId};
    alert.report.alertId = alertId;
    alert.report.kind = kind;
    alert.report.trackId = trackId;
    return alert;
}

} // namespace

class AlertGroupsTest : public QObject
{
    Q_OBJECT

private slots:
    void aLaunchsPiecesShareItsRow()
    {
        Picture picture;
        ServiceBatch batch;
        batch.service = u"JP"_s;
        batch.receivedUtcUs = 1'000'000;
        quint64 sequence = 0;
        for (const TrackUpdate &track :
             {trackAt(u"V1"_s, 125.0, ObjectKind::Vehicle), trackAt(u"S1"_s, 126.0, ObjectKind::Stage, u"V1"_s),
              trackAt(u"F1"_s, 127.0, ObjectKind::Fairing, u"S1"_s), trackAt(u"M1"_s, 135.0, ObjectKind::Unknown),
              // A service whose pieces name each other: followed no further than a launch has stages.
              trackAt(u"X1"_s, 140.0, ObjectKind::Stage, u"X2"_s), trackAt(u"X2"_s, 141.0, ObjectKind::Stage, u"X1"_s)})
            batch.events.push_back({++sequence, track});
        picture.applyBatch(batch);
        FusedPicture fusion(&picture);
        QVERIFY(fusionSettled(fusion));

        const Alert overflight = alertOn(u"A1"_s, AlertKind::Overflight, u"V1"_s);
        const Alert stageDrop = alertOn(u"A2"_s, AlertKind::StageDrop, u"S1"_s);
        const Alert fairingDrop = alertOn(u"A3"_s, AlertKind::StageDrop, u"F1"_s);
        const Alert missile = alertOn(u"A4"_s, AlertKind::ImpactInEez, u"M1"_s);
        const Alert circular = alertOn(u"A5"_s, AlertKind::StageDrop, u"X1"_s);
        AlertGroups groups;
        const QList<AlertGroups::Group> rows = groups.group({&overflight, &stageDrop, &fairingDrop, &missile, &circular},
                                                           &fusion);
        QCOMPARE(rows.size(), 3);
        const QString vehicle = fusion.fusedIdOf({u"JP"_s, u"V1"_s});
        QVERIFY(!vehicle.isEmpty());
        QCOMPARE(rows[0].missileId, vehicle);
        QCOMPARE(rows[0].keys, (QList<ServiceKey>{overflight.key, stageDrop.key, fairingDrop.key}));
        QCOMPARE(rows[1].missileId, fusion.fusedIdOf({u"JP"_s, u"M1"_s}));
        QCOMPARE(rows[1].keys, QList<ServiceKey>{missile.key});
        QCOMPARE(rows[2].keys, QList<ServiceKey>{circular.key});
    }
};

QTEST_GUILESS_MAIN(AlertGroupsTest)
#include "tst_alert_groups.moc"
