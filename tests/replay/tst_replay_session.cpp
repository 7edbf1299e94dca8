// A cop-sim session recorded by the real client path, then replayed: the alert log, seeks, the
// operator's actions and the debrief exports must all be what the live console saw.
#include "AlertCsvExport.h"
#include "KmlExport.h"
#include "picture/PictureDump.h"
#include "RecordedSimSession.h"
#include "RecordingDebrief.h"
#include "ReplayEngine.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QXmlStreamReader>

using namespace cop;

class TestReplaySession : public QObject
{
    Q_OBJECT

private:
    RecordedSimSession m_session;

private slots:
    void initTestCase() { QVERIFY2(m_session.record(), qPrintable(m_session.error)); }

    void replayReproducesTheLiveAlertLogExactly()
    {
        Picture picture;
        ReplayEngine engine(&picture);
        AlertLog replayed;
        connect(&engine, &ReplayEngine::batchReady, this,
                [&replayed](const ServiceBatch &batch) { replayed.add(batch); });
        QString error;
        QVERIFY2(engine.open(m_session.journalDir, &error), qPrintable(error));
        QVERIFY2(engine.journal().problems().isEmpty(), qPrintable(engine.journal().problems().join(u'\n')));
        // In steps, as the replay clock plays it.
        for (qint64 t = engine.startUtcUs(); t <= engine.endUtcUs(); t += 50'000)
            engine.seek(t);
        engine.seek(engine.endUtcUs());
        QVERIFY(m_session.liveAlerts.lines().size() >= 8);
        QVERIFY(m_session.liveAlerts.lines().join(u'\n').contains(QStringLiteral("Kim@test-console")));
        QCOMPARE(replayed.lines(), m_session.liveAlerts.lines());
        QCOMPARE(engine.undecodableRecords(), 0u);
    }

    void pictureAfterASeekEqualsThePictureAfterPlayingThere()
    {
        Picture played, sought;
        ReplayEngine player(&played), seeker(&sought);
        QString error;
        QVERIFY(player.open(m_session.journalDir, &error));
        QVERIFY(seeker.open(m_session.journalDir, &error));
        qsizetype keyframes = 0;
        for (qsizetype i = 0; i < seeker.journal().size(); ++i)
            keyframes += seeker.journal().head(i).kind == JournalRecord::Kind::Keyframe ? 1 : 0;
        QVERIFY2(keyframes >= 5, qPrintable(QString::number(keyframes)));

        QRandomGenerator random(8);
        std::vector<qint64> targets;
        const qint64 span = player.endUtcUs() - player.startUtcUs();
        for (int i = 0; i < 25; ++i)
            targets.push_back(player.startUtcUs() + qint64(random.bounded(1.0) * double(span)));
        std::sort(targets.begin(), targets.end());
        int withTracks = 0;
        QSignalSpy restores(&seeker, &ReplayEngine::restored);
        for (qint64 target : targets) {
            // Played in 20 Hz steps from the start; sought from the far end, so backwards
            // through a keyframe.
            for (qint64 t = player.positionUtcUs(); t < target; t += 50'000)
                player.seek(t);
            player.seek(target);
            seeker.seek(seeker.endUtcUs());
            seeker.seek(target);
            QCOMPARE(canonicalDump(sought), canonicalDump(played));
            withTracks += played.tracks().isEmpty() ? 0 : 1;
        }
        QVERIFY(withTracks >= 5);
        QVERIFY(restores.size() >= 25);
    }

    void operatorActionsReplayWhereTheyHappened()
    {
        Picture picture;
        ReplayEngine engine(&picture);
        QSignalSpy actions(&engine, &ReplayEngine::operatorAction);
        QString error;
        QVERIFY(engine.open(m_session.journalDir, &error));
        QCOMPARE(engine.survey().operatorActions.size(), size_t(1));
        const OperatorAction recorded = engine.survey().operatorActions.front();
        engine.seek(recorded.timeUtcUs - 1);
        QCOMPARE(actions.size(), 0);
        engine.seek(recorded.timeUtcUs);
        QCOMPARE(actions.size(), 1);
        OperatorAction replayed = actions.first().first().value<OperatorAction>();
        QCOMPARE(replayed.operatorName, QStringLiteral("Kim"));
        QCOMPARE(replayed.alertId, m_session.action.alertId);
    }

    void alertCsvSaysWhoAcknowledgedWhatAndHowFast()
    {
        RecordingDebrief recording;
        QString error;
        QVERIFY(recording.open(m_session.journalDir, &error));
        DebriefSurvey debrief;
        QVERIFY2(recording.survey(std::nullopt, std::nullopt, &debrief, &error), qPrintable(error));
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY(writeAlertCsv(debrief, &csv, &error));
        const QStringList rows = QString::fromUtf8(csv.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), qsizetype(debrief.alerts.size()) + 3);
        QVERIFY(debrief.alerts.size() >= 4);
        // Marked above and below, as the services marked what was recorded.
        QCOMPARE(rows.first(), QStringLiteral("# UNCLASSIFIED // SIMULATED DATA // JP | "
                                              "UNCLASSIFIED // SIMULATED DATA // US"));
        QCOMPARE(rows.last(), rows.first());
        QVERIFY(rows[1].startsWith(QStringLiteral("raised_utc,kind,region,nations,acknowledged_utc")));
        const QStringList acknowledged = rows.filter(QStringLiteral(",Kim (test-console),"));
        QCOMPARE(acknowledged.size(), 1);
        const QStringList fields = acknowledged.first().split(u',');
        QCOMPARE(fields.last(), m_session.action.alertId);
        QCOMPARE(fields[3], QStringLiteral("US"));
        const double secondsToAcknowledge = fields[6].toDouble();
        QVERIFY2(secondsToAcknowledge >= 0 && secondsToAcknowledge < 60, qPrintable(fields[6]));
    }

    void debriefHasEachImpactWithItsPredictionsAndExportsKml()
    {
        Picture picture;
        ReplayEngine engine(&picture);
        QString error;
        QVERIFY(engine.open(m_session.journalDir, &error));
        QCOMPARE(engine.survey().impacts.size(), size_t(4)); // two shots, two services
        for (const ImpactDebrief &impact : engine.survey().impacts) {
            QVERIFY(!impact.predictions.empty());
            // The last prediction lands within 50 km of where the missile came down.
            const Prediction &last = impact.predictions.back();
            QVERIFY(std::abs(last.impactPoint.latDeg - impact.actualImpact.latDeg) < 0.5);
            QVERIFY(std::abs(last.impactPoint.lonDeg - impact.actualImpact.lonDeg) < 0.6);
        }
        RecordingDebrief recording;
        QVERIFY(recording.open(m_session.journalDir, &error));
        DebriefSurvey debrief;
        QVERIFY2(recording.survey(std::nullopt, std::nullopt, &debrief, &error), qPrintable(error));
        QCOMPARE(debrief.impacts.size(), size_t(4));
        QBuffer kml;
        kml.open(QIODevice::WriteOnly);
        QVERIFY(writeKml(debrief, &kml, &error));
        QXmlStreamReader xml(kml.data());
        int placemarks = 0;
        QString classification;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("Placemark"))
                ++placemarks;
            else if (xml.name() == QLatin1String("Data") && xml.attributes().value(u"name") == u"classification"
                     && xml.readNextStartElement())
                classification = xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(placemarks >= 8);
        // The marking of the recording, as the services gave it.
        QCOMPARE(classification, QStringLiteral("UNCLASSIFIED // SIMULATED DATA // JP | "
                                                "UNCLASSIFIED // SIMULATED DATA // US"));
    }
};

QTEST_GUILESS_MAIN(TestReplaySession)
#include "tst_replay_session.moc"
