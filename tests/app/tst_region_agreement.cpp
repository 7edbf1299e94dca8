// One region truth (issue 14): every shipped scenario flown by the three nations' real
// simulators in process, through a console session (picture, alerts, local predictions, fusion),
// the alert panel's model, the map overlay's scene and the KML export. At every prediction a
// service sends, each missile row's region, the map's impact label for the prediction the
// missile shows, and that prediction's placemark in the export must say the same thing; where a
// nation's own alert names another region, the row must show that nation's statement beside it.
#include "FusionSettled.h"
#include "InProcessNation.h"

#include "AlertTableModel.h"
#include "AlertText.h"
#include "session/ConsoleSession.h"
#include "DebriefCollector.h"
#include "picture/ImpactArea.h"
#include "OverlayScene.h"
#include "KmlExport.h"
#include "regions/RegionMap.h"

#include <QBuffer>
#include <QDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool hasPrediction(const cop::ServiceBatch &batch)
{
    return std::any_of(batch.events.begin(), batch.events.end(), [](const cop::SequencedEvent &e) {
        return std::holds_alternative<cop::Prediction>(e.event);
    });
}

// The export's impact placemarks: name -> description.
QHash<QString, QString> kmlImpacts(const cop::Picture &picture)
{
    QBuffer kml;
    kml.open(QIODevice::WriteOnly);
    cop::DebriefCollector collector({picture.nowUtcUs(), picture.nowUtcUs()});
    collector.takePicture(picture);
    QString error;
    if (!cop::writeKml(collector.survey(), &kml, &error))
        qFatal("KML export failed: %s", qPrintable(error));
    QHash<QString, QString> impacts;
    QXmlStreamReader xml(kml.data());
    QString name;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "name"_L1)
            name = xml.readElementText();
        else if (xml.name() == "description"_L1 && name.endsWith(u" impact"_s))
            impacts.insert(name, xml.readElementText());
    }
    return impacts;
}

struct Figures
{
    int checks = 0;           // missile rows checked, one per row at each prediction
    int serviceAgrees = 0;    // nations' alert statements equal to the console's text
    int serviceOtherwise = 0; // ... and those that name another region (shown beside it)
    int notShown = 0;         // rows whose missile shows no prediction at that moment
};

} // namespace

class RegionAgreementTest : public QObject
{
    Q_OBJECT

private slots:
    void rowLabelAndExportAgree_data()
    {
        QTest::addColumn<QString>("scenario");
        const QDir scenarios(u"" COP_SCENARIOS ""_s);
        for (const QString &file : scenarios.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(file)) << scenarios.filePath(file);
    }

    void rowLabelAndExportAgree()
    {
        QFETCH(QString, scenario);
        const auto nations = allNations(cop::sim::loadScenario(scenario.toStdString()));
        cop::ConsoleSession session(u"Kim"_s, u"seoul-1"_s);
        cop::Picture &picture = *session.picture();
        cop::FusedPicture &fused = *session.fusion();
        cop::AlertTableModel model(session.alerts(), &picture);
        model.setFusion(&fused);
        // One frame over the whole region at a zoom where a salvo's impact labels stand apart;
        // updated as the live map is, so a label not rebuilt for new data would show.
        cop::OverlayScene scene;
        scene.setRegions(&cop::regions::RegionMap::builtIn());
        const QSizeF frameSize(16384, 12288);
        scene.setFrame(cop::MapViewport(37.0, 140.0, 8.0, frameSize));

        // A vehicle that orbits is not followed round: its story ends with the orbit reported.
        double endS = 0.0;
        for (const auto &flight : nations.front()->simulator.plannedFlights()) {
            const auto &truth = *flight.flight;
            endS = std::max(endS, flight.launchS + (truth.orbits() ? truth.burnoutS() + 120.0 : truth.endS()));
        }
        // Past the last impact, until the services have dropped the tracks.
        endS += 30.0;

        Figures figures;
        QStringList failures;
        const auto fail = [&](double t, const QString &what) {
            if (failures.size() < 12)
                failures.append(u"T%1s %2"_s.arg(t, 0, 'f', 1).arg(what));
        };
        for (double t = 0.0; t <= endS; t += 0.5) {
            picture.setReplayClock(nations.front()->simulator.utcUsAt(t));
            bool predicted = false;
            for (auto &nation : nations) {
                nation->simulator.advanceTo(t);
                const cop::ServiceBatch batch = nation->drain(nation->simulator.utcUsAt(t));
                predicted = predicted || hasPrediction(batch);
                if (!batch.isEmpty())
                    picture.applyBatch(batch);
            }
            if (!predicted)
                continue;
            QVERIFY(fusionSettled(fused));
            const qint64 now = picture.nowUtcUs();
            scene.update(picture.content(), fused.result().get(), now);
            scene.layoutLabels(QRectF(QPointF(0, 0), frameSize), now);
            const QHash<QString, QString> exported = kmlImpacts(picture);

            for (int row = 0; row < model.rowCount(); ++row) {
                const QString missile = model.missileAt(row);
                const cop::FusedTrack *track = missile.isEmpty() ? nullptr : fused.find(missile);
                const cop::Prediction *shown = track ? fused.prediction(*track) : nullptr;
                if (!shown) {
                    figures.notShown += missile.isEmpty() ? 0 : 1;
                    continue;
                }
                ++figures.checks;
                const QString truth = cop::impactAreaText(cop::impactAreaOf(cop::regions::RegionMap::builtIn(), *shown));
                const QString where = u"%1 (%2 %3)"_s.arg(missile, track->predictionSource->service, shown->trackId);

                // The alert row: the console's words, and each nation's that differ beside them.
                const QString rowText = model.index(row, cop::AlertTableModel::Region).data().toString();
                QStringList stated;
                bool otherwise = false;
                for (const cop::ServiceKey &key : model.keysAt(row)) {
                    const cop::Alert &alert = session.alerts()->alerts()[key];
                    if (!cop::namesImpactRegion(alert.report.kind) || alert.report.regionId.isEmpty()
                        || stated.contains(key.service))
                        continue;
                    stated.append(key.service);
                    const QString said = cop::AlertText::region(alert.report.regionId);
                    if (said == truth) {
                        ++figures.serviceAgrees;
                        continue;
                    }
                    ++figures.serviceOtherwise;
                    otherwise = true;
                    if (!rowText.contains(cop::AlertText::serviceSays(key.service, said)))
                        fail(t, u"%1: %2 says \"%3\", the row \"%4\" does not show it"_s.arg(where, key.service, said, rowText));
                }
                if (otherwise ? !rowText.startsWith(truth) : rowText != truth)
                    fail(t, u"%1: row \"%2\", the shown prediction is \"%3\""_s.arg(where, rowText, truth));

                // A ground track into orbit has no impact: none on the map, none in the export.
                const QString placemark = u"%1 %2 impact"_s.arg(track->predictionSource->service, shown->trackId);
                if (shown->orbital) {
                    if (exported.contains(placemark))
                        fail(t, u"%1: the export has an impact for an orbit"_s.arg(where));
                    continue;
                }

                // The map's label of the shown prediction's impact ("impact ...", a stage's "Stage 2
                // falls ..."), wherever the layout put it. A space launch's instantaneous impact
                // point in boost runs far south of the frame.
                const QPointF impact = scene.frame().toFrame(shown->impactPoint);
                const auto label = std::find_if(scene.labels().begin(), scene.labels().end(), [&](const cop::OverlayLabel &l) {
                    return (l.anchor - impact).manhattanLength() < 0.01;
                });
                if (label != scene.labels().end() && !label->text.endsWith(u"  "_s + truth))
                    fail(t, u"%1: map \"%2\", the row \"%3\""_s.arg(where, label->text, rowText));
                else if (label == scene.labels().end() && QRectF(QPointF(0, 0), frameSize).contains(impact))
                    fail(t, u"%1: no impact label on the map"_s.arg(where));

                // The export's placemark of the same prediction.
                if (!exported.value(placemark).endsWith(u"  "_s + truth))
                    fail(t, u"%1: export \"%2\", the row \"%3\""_s.arg(where, exported.value(placemark), rowText));
            }
        }
        qInfo("%s: %d row checks; nations' statements: %d agree, %d say otherwise (shown beside); "
              "%d rows without a shown prediction",
              qPrintable(QFileInfo(scenario).fileName()), figures.checks, figures.serviceAgrees,
              figures.serviceOtherwise, figures.notShown);
        QVERIFY2(figures.checks > 0, "no missile row was ever checked");
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n"_s)));
    }
};

QTEST_MAIN(RegionAgreementTest)
#include "tst_region_agreement.moc"
