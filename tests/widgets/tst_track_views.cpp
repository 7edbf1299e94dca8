// The track table's fused and raw views and the contributor list of the track details view.
#include "SyntheticSalvo.h"

#include "ContributorTableModel.h"
#include "FusionSettled.h"
#include "TrackTableModel.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cop::testing::SyntheticSalvo;

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
};

QTEST_MAIN(TrackViewsTest)
#include "tst_track_views.moc"
