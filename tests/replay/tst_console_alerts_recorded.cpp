// The alerts the console raises itself (a feed lost, the picture stalled) are journaled as they
// change, so a debrief has them like any service's: in the alert CSV with who acknowledged them
// and their final state in the panel's words,
// as timeline markers, and among the times next/previous alert jump to.
#include "alerts/AlertBook.h"
#include "AlertCsvExport.h"
#include "RecordingDebrief.h"
#include "Recorder.h"
#include "ReplayEngine.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cop;

class TestConsoleAlertsRecorded : public QObject
{
    Q_OBJECT

private slots:
    void feedAndPictureAlertsReachTheCsvTimelineAndAlertJumps()
    {
        QTemporaryDir dir;
        JournalSettings settings;
        settings.directory = dir.filePath(u"journal"_s);
        QString error;
        {
            Picture picture;
            AlertBook book(&picture, u"Kim"_s, u"test-console"_s);
            book.setFeedAlertDelays(std::chrono::milliseconds(50), std::chrono::milliseconds(100));
            JournalWriter writer(settings, u"test-console"_s, {u"JP"_s});
            QVERIFY2(writer.start(&error), qPrintable(error));
            Recorder recorder(&picture, &writer);
            connect(&book, &AlertBook::operatorActed, &recorder, &Recorder::recordOperatorAction);
            connect(&book, &AlertBook::consoleAlertReported, &recorder, &Recorder::recordConsoleAlert);
            const ServiceKey feed{u"JP"_s, AlertBook::kFeedAlertId};
            const auto feedState = [&](FeedState state) {
                FeedStatus status;
                status.service = u"JP"_s;
                status.state = state;
                picture.updateFeed(status);
            };
            // Two outages of JP, the first acknowledged while it lasts.
            feedState(FeedState::Live);
            for (int outage = 0; outage < 2; ++outage) {
                feedState(FeedState::Down);
                QTRY_VERIFY(book.alerts().contains(feed) && book.alerts().value(feed).lifecycle.conditionActive);
                if (outage == 0)
                    QVERIFY(book.acknowledge(feed));
                QTest::qWait(20);
                feedState(FeedState::Live);
                QTRY_VERIFY(!book.alerts().value(feed).lifecycle.conditionActive);
                QTest::qWait(20);
            }
            AlertUpdate stalled;
            stalled.alertId = u"console.picture"_s;
            stalled.kind = AlertKind::PictureStalled;
            stalled.severity = Severity::Critical;
            stalled.state = AlertState::ActiveUnacknowledged;
            stalled.raisedUtcUs = book.now();
            book.reportConsoleAlert({u"console"_s, stalled.alertId}, stalled);
            writer.flush();
        }

        Picture replayed;
        ReplayEngine engine(&replayed);
        QVERIFY2(engine.open(settings.directory, &error), qPrintable(error));
        const RecordingSurvey &survey = engine.survey();
        RecordingDebrief recording;
        QVERIFY2(recording.open(settings.directory, &error), qPrintable(error));
        DebriefSurvey debrief;
        QVERIFY2(recording.survey(std::nullopt, std::nullopt, &debrief, &error), qPrintable(error));
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY(writeAlertCsv(debrief, &csv, &error));
        const QStringList rows = QString::fromUtf8(csv.data()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        // kind, region, nations ... final state, severity, track, alert id
        const QStringList feedRows = rows.filter(u",Data feed lost,,JP,"_s);
        QCOMPARE(feedRows.size(), 2);
        QVERIFY2(feedRows[0].contains(u",Kim (test-console),"_s), qPrintable(feedRows[0]));
        QVERIFY2(feedRows[0].endsWith(u",Returned to normal,Critical,,console.feed"_s), qPrintable(feedRows[0]));
        QVERIFY2(!feedRows[1].contains(u"Kim"_s), qPrintable(feedRows[1]));
        QVERIFY2(feedRows[1].endsWith(u",\"Returned to normal, unacknowledged\",Critical,,console.feed"_s),
                 qPrintable(feedRows[1]));
        // The console's own advisory names no nation.
        QCOMPARE(rows.filter(u",Picture stalled,,,,,,\"Active, unacknowledged\",Critical,,console.picture"_s).size(), 1);

        std::vector<qint64> alertMarkers;
        for (const TimelineMarker &marker : survey.markers) {
            if (marker.kind == TimelineMarker::Kind::Alert)
                alertMarkers.push_back(marker.timeUtcUs);
        }
        QCOMPARE(alertMarkers.size(), size_t(3));
        QCOMPARE(survey.alertTimes, alertMarkers);
        QCOMPARE(survey.alerts.size(), size_t(3));
        for (size_t i = 0; i < survey.alerts.size(); ++i)
            QCOMPARE(survey.alerts[i].firstSeenUtcUs, survey.alertTimes[i]);
    }
};

QTEST_GUILESS_MAIN(TestConsoleAlertsRecorded)
#include "tst_console_alerts_recorded.moc"
