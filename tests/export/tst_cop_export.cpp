// cop-export as a watch floor's debrief script runs it (issue 17): on a recording of real cop-sim
// processes, the real executable writes the alerts CSV, KML and GeoJSON, and third-party readers
// read them back: GDAL's ogrinfo finds every layer with its features, Python's csv module every
// alert row with the final state the replay console's alert panel shows. Tracks that ended long
// before the end of the recording are there with their trails; bad inputs fail with a reason and
// leave no file behind.
#include "AlertTableModel.h"
#include "AlertText.h"
#include "DebriefLayers.h"
#include "DebriefText.h"
#include "ProgramRun.h"
#include "RecordedSimSession.h"
#include "RecordingDebrief.h"
#include "ReplaySource.h"
#include "session/ConsoleSession.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace cop;

namespace {

ProgramRun copExport(const QStringList &arguments)
{
    return runProgram(u"" COP_EXPORT_EXECUTABLE ""_s, arguments);
}

// ogrinfo's summary of every layer of a file: layer name -> feature count.
QMap<QString, int> ogrLayers(const QString &file)
{
    const ProgramRun info = runProgram(u"" COP_OGRINFO ""_s, {u"-ro"_s, u"-al"_s, u"-so"_s, file});
    if (info.exitCode != 0)
        qFatal("ogrinfo %s failed: %s", qPrintable(file), qPrintable(info.err));
    QMap<QString, int> layers;
    static const QRegularExpression layer(u"^Layer name: (.*)$"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression count(u"^Feature Count: (\\d+)$"_s, QRegularExpression::MultilineOption);
    auto names = layer.globalMatch(info.out);
    auto counts = count.globalMatch(info.out);
    while (names.hasNext() && counts.hasNext())
        layers.insert(names.next().captured(1).trimmed(), counts.next().captured(1).toInt());
    return layers;
}

// The CSV as Python's csv module reads it.
QJsonObject pythonCsv(const QString &file)
{
    const ProgramRun read = runProgram(u"" COP_PYTHON ""_s, {u"" COP_READ_ALERT_CSV ""_s, file});
    if (read.exitCode != 0)
        qFatal("read_alert_csv.py %s failed: %s", qPrintable(file), qPrintable(read.err));
    return QJsonDocument::fromJson(read.out.toUtf8()).object();
}

// What the alert panel of a replay console says of each service alert at `untilUtcUs`, the
// recording played there in steps as the replay clock plays it: the State column of the alert's
// row, or for an alert no longer on the active list, the text of its state.
QHash<ServiceKey, QString> panelStates(const QString &journal, qint64 untilUtcUs)
{
    ConsoleSession session(QString(), u"test-console"_s);
    auto owned = std::make_unique<ReplaySource>(session.picture(), journal);
    ReplaySource *replay = owned.get();
    session.setSource(std::move(owned));
    AlertTableModel model(session.alerts(), session.picture());
    model.setFusion(session.fusion());
    QString error;
    if (!replay->open(journal, &error))
        qFatal("cannot replay %s: %s", qPrintable(journal), qPrintable(error));
    for (qint64 t = replay->engine().startUtcUs(); t < untilUtcUs; t += 50'000) {
        replay->clock().setPosition(t);
        QCoreApplication::processEvents();
    }
    replay->clock().setPosition(untilUtcUs);
    QCoreApplication::processEvents();
    QHash<ServiceKey, QString> states;
    for (const Alert &alert : session.alerts()->alerts()) {
        if (alert.raisedByConsole)
            continue; // the replay's own feed alerts; a debrief lists the recording console's
        const QModelIndex row = model.indexOf(alert.key, AlertTableModel::State);
        states.insert(alert.key, row.isValid() ? row.data().toString() : AlertText::state(alert));
    }
    return states;
}

// "service alert-id: state", sorted, as a failure prints them.
QStringList lines(const QHash<ServiceKey, QString> &states)
{
    QStringList lines;
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        lines.append(u"%1 %2: %3"_s.arg(it.key().service, it.key().id, it.value()));
    lines.sort();
    return lines;
}

// The CSV rows' final states by service (the nations column) and alert id.
QHash<ServiceKey, QString> csvStates(const QJsonObject &csv)
{
    QHash<ServiceKey, QString> states;
    for (const QJsonValue &row : csv[u"rows"_s].toArray()) {
        const QJsonObject fields = row.toObject();
        states.insert({fields[u"nations"_s].toString(), fields[u"alert_id"_s].toString()},
                      fields[u"final_state"_s].toString());
    }
    return states;
}

DebriefSurvey surveyOf(const QString &journal, std::optional<qint64> from = {}, std::optional<qint64> to = {})
{
    RecordingDebrief recording;
    DebriefSurvey survey;
    QString error;
    if (!recording.open(journal, &error) || !recording.survey(from, to, &survey, &error))
        qFatal("cannot survey %s: %s", qPrintable(journal), qPrintable(error));
    return survey;
}

} // namespace

class TestCopExport : public QObject
{
    Q_OBJECT

private:
    RecordedSimSession m_session;
    QTemporaryDir m_out;

    QString out(const QString &name) const { return m_out.filePath(name); }

private slots:
    void initTestCase() { QVERIFY2(m_session.record(), qPrintable(m_session.error)); }

    void gdalReadsEveryTrackPredictionLaunchAndImpact()
    {
        const ProgramRun result = copExport({m_session.journalDir, u"--csv"_s, out(u"all.csv"_s), u"--kml"_s,
                                      out(u"all.kml"_s), u"--geojson"_s, out(u"all.geojson"_s)});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        // Two shots, each tracked by both nations, all four down before the recording ends.
        const DebriefSurvey survey = surveyOf(m_session.journalDir);
        QCOMPARE(survey.tracks.size(), size_t(4));
        QCOMPARE(survey.launches.size(), size_t(4));
        QCOMPARE(survey.impacts.size(), size_t(4));
        for (const TrackHistory &track : survey.tracks) {
            QVERIFY2(track.drop && track.drop->reason == DropReason::Impacted, qPrintable(track.last.trackId));
            QVERIFY(track.trail.size() >= 10);
        }
        QMap<QString, int> expected;
        int total = 0;
        for (const DebriefLayer &layer : debriefLayers(survey)) {
            expected.insert(layer.title, int(layer.features.size()));
            total += int(layer.features.size());
        }
        QCOMPARE(expected.value(u"Tracks"_s), 4);
        QCOMPARE(expected.value(u"Launches"_s), 4);
        // Per prediction: a trajectory, an impact point, the 50 and 95 % ellipses.
        QCOMPARE(expected.value(u"Predictions"_s), 16);

        QStringList counts;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            counts.append(u"%1: %2"_s.arg(it.key()).arg(it.value()));
        qInfo("features: %s", qPrintable(counts.join(u", "_s)));
        QCOMPARE(ogrLayers(out(u"all.kml"_s)), expected);
        const QMap<QString, int> geojson = ogrLayers(out(u"all.geojson"_s));
        QCOMPARE(geojson.size(), 1);
        QCOMPARE(geojson.first(), total);
    }

    // The bug of issue 17: the KML held only the tracks alive at the replay position.
    void tracksThatEndedLongBeforeTheEndAreInTheKml()
    {
        Picture picture;
        ReplayEngine engine(&picture);
        QString error;
        QVERIFY(engine.open(m_session.journalDir, &error));
        engine.seek(engine.endUtcUs());
        QVERIFY(picture.tracks().isEmpty());

        const DebriefSurvey survey = surveyOf(m_session.journalDir);
        const ProgramRun kml = runProgram(u"" COP_OGRINFO ""_s, {u"-ro"_s, u"-al"_s, out(u"all.kml"_s), u"Tracks"_s});
        QVERIFY2(kml.exitCode == 0, qPrintable(kml.err));
        qint64 earliestEnd = engine.endUtcUs();
        for (const TrackHistory &track : survey.tracks) {
            const QString name = track.service + u' ' + track.last.trackId;
            QVERIFY2(kml.out.contains(u"Name (String) = "_s + name), qPrintable(name + u'\n' + kml.out.left(3000)));
            earliestEnd = std::min(earliestEnd, track.trail.back().timeUtcUs);
        }
        QVERIFY2(engine.endUtcUs() - earliestEnd > 5'000'000,
                 qPrintable(u"the first track ended %1 s before the end"_s.arg((engine.endUtcUs() - earliestEnd) / 1e6)));
    }

    void csvRowsCarryThePanelsFinalStates()
    {
        const QJsonObject csv = pythonCsv(out(u"all.csv"_s));
        QCOMPARE(csv[u"marking"_s].toString(), u"UNCLASSIFIED // SIMULATED DATA // JP | UNCLASSIFIED // SIMULATED DATA // US"_s);
        QCOMPARE(csv[u"columns"_s].toArray().toVariantList().mid(0, 8),
                 QVariantList({u"raised_utc"_s, u"kind"_s, u"region"_s, u"nations"_s, u"acknowledged_utc"_s,
                               u"acknowledged_by"_s, u"time_to_acknowledge_s"_s, u"final_state"_s}));
        const QHash<ServiceKey, QString> panel = panelStates(m_session.journalDir, surveyOf(m_session.journalDir).window.toUtcUs);
        QVERIFY(panel.size() >= 4);
        qInfo("whole recording, the panel at its end: %s", qPrintable(lines(panel).join(u" | "_s)));
        QCOMPARE(lines(csvStates(csv)), lines(panel));

        const QJsonArray rows = csv[u"rows"_s].toArray();
        int byKim = 0;
        for (const QJsonValue &row : rows) {
            const QJsonObject fields = row.toObject();
            if (fields[u"acknowledged_by"_s].toString() != u"Kim (test-console)"_s)
                continue;
            ++byKim;
            QCOMPARE(fields[u"alert_id"_s].toString(), m_session.action.alertId);
            const double seconds = fields[u"time_to_acknowledge_s"_s].toString().toDouble();
            QVERIFY(seconds >= 0.0 && seconds < 60.0);
        }
        QCOMPARE(byKim, 1);
    }

    // A window ending while the missiles fly: the panel then shows alerts active and not yet
    // acknowledged, and the CSV says so in its words.
    void aWindowHasOnlyWhatExistedInIt()
    {
        const DebriefSurvey whole = surveyOf(m_session.journalDir);
        const qint64 from = whole.window.fromUtcUs + 1'000'000;
        const qint64 to = (whole.alerts.front().first.raisedUtcUs + 4'000'000) / 1000 * 1000;
        const ProgramRun result = copExport({m_session.journalDir, u"--from"_s, debriefTime(from), u"--to"_s, debriefTime(to),
                                      u"--csv"_s, out(u"window.csv"_s), u"--geojson"_s, out(u"window.geojson"_s)});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        const QHash<ServiceKey, QString> states = csvStates(pythonCsv(out(u"window.csv"_s)));
        qInfo("window to %s: %s", qPrintable(debriefTime(to)), qPrintable(lines(states).join(u" | "_s)));
        QCOMPARE(lines(states), lines(panelStates(m_session.journalDir, to)));
        QVERIFY2(states.values().contains(AlertText::stateName(AlertState::ActiveUnacknowledged)),
                 qPrintable(QStringList(states.values()).join(u" | "_s)));

        QFile file(out(u"window.geojson"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject collection = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(collection[u"type"_s].toString(), u"FeatureCollection"_s);
        int tracks = 0;
        int symbols = 0;
        for (const QJsonValue &feature : collection[u"features"_s].toArray()) {
            const QJsonObject properties = feature[u"properties"_s].toObject();
            // MIL-STD-2525D codes: a missile in the air (02) or space (06) missile set, its launch
            // and impact points in the control measures (25).
            static const QHash<QString, QStringList> symbolSets{
                {u"track"_s, {u"02"_s, u"06"_s}}, {u"launch"_s, {u"25"_s}},
                {u"predicted_impact"_s, {u"25"_s}}, {u"impact_prediction"_s, {u"25"_s}},
                {u"actual_impact"_s, {u"25"_s}}};
            const QString sidc = properties[u"sidc"_s].toString();
            const auto sets = symbolSets.constFind(properties[u"feature"_s].toString());
            if (sets != symbolSets.cend()) {
                QVERIFY2(sidc.size() == 20 && sets->contains(sidc.mid(4, 2)), qPrintable(sidc));
                ++symbols;
            }
            if (properties[u"layer"_s] != u"tracks"_s)
                continue;
            ++tracks;
            const QDateTime last = QDateTime::fromString(properties[u"end_utc"_s].toString(), Qt::ISODateWithMs);
            QVERIFY(last.isValid());
            QVERIFY(last.toMSecsSinceEpoch() * 1000 <= to);
        }
        QVERIFY(tracks >= 1);
        QVERIFY(size_t(tracks) <= whole.tracks.size());
        QVERIFY(symbols > tracks);
    }

    void badInputsFailWithAReasonAndLeaveNoFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing recording") << QStringList{u"/nonexistent/journal"_s, u"--csv"_s, u"OUT"_s} << 1
                                           << u"cannot read the recording /nonexistent/journal: /nonexistent/journal does not exist"_s;
        QTest::newRow("corrupt recording") << QStringList{u"CORRUPT"_s, u"--csv"_s, u"OUT"_s} << 1
                                           << u"no readable journal segment"_s;
        QTest::newRow("empty window") << QStringList{u"JOURNAL"_s, u"--from"_s, u"2001-01-01T00:00:00Z"_s, u"--to"_s,
                                                     u"2001-01-01T00:10:00Z"_s, u"--csv"_s, u"OUT"_s}
                                      << 1 << u"holds nothing of the recording"_s;
        QTest::newRow("window backwards") << QStringList{u"JOURNAL"_s, u"--from"_s, u"2030-01-01T00:00:00Z"_s, u"--to"_s,
                                                         u"2001-01-01T00:00:00Z"_s, u"--csv"_s, u"OUT"_s}
                                          << 2 << u"--from is after --to"_s;
        QTest::newRow("not a time") << QStringList{u"JOURNAL"_s, u"--from"_s, u"yesterday"_s, u"--csv"_s, u"OUT"_s} << 2
                                    << u"--from must be an ISO 8601 time"_s;
        QTest::newRow("unwritable output") << QStringList{u"JOURNAL"_s, u"--kml"_s, u"/nonexistent/dir/out.kml"_s} << 1
                                           << u"cannot write /nonexistent/dir/out.kml"_s;
        QTest::newRow("output without a file") << QStringList{u"JOURNAL"_s, u"--csv"_s} << 2
                                               << u"Missing value after '--csv'"_s;
        QTest::newRow("no output") << QStringList{u"JOURNAL"_s} << 2 << u"nothing to write"_s;
    }

    void badInputsFailWithAReasonAndLeaveNoFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        // A run whose segments are all garbage: it names its folder, and nothing in it can be read.
        const QString corrupt = out(u"corrupt"_s);
        if (!QFileInfo::exists(corrupt)) {
            const QString run = QDir(m_session.journalDir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot).first().absoluteFilePath();
            QVERIFY(QDir().mkpath(corrupt));
            for (const QFileInfo &segment : QDir(run).entryInfoList(QDir::Files)) {
                QFile file(QDir(corrupt).filePath(segment.fileName()));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(QByteArray(int(std::min<qint64>(segment.size(), 4096)), '\x5a'));
            }
        }
        arguments.replaceInStrings(u"JOURNAL"_s, m_session.journalDir);
        arguments.replaceInStrings(u"CORRUPT"_s, corrupt);
        const QString written = out(u"never.csv"_s);
        arguments.replaceInStrings(u"OUT"_s, written);
        const ProgramRun result = copExport(arguments);
        QVERIFY2(result.exitCode == exitCode, qPrintable(u"rc %1: %2"_s.arg(result.exitCode).arg(result.err)));
        QVERIFY2(result.err.startsWith(u"cop-export: "_s) && result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QVERIFY(!QFileInfo::exists(written));
        QVERIFY(!QFileInfo::exists(u"/nonexistent/dir/out.kml"_s));
    }

    void standardOutputTakesOneFile()
    {
        const ProgramRun result = copExport({m_session.journalDir, u"--geojson"_s, u"-"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QFile file(out(u"all.geojson"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(result.out.toUtf8(), file.readAll());
        const ProgramRun two = copExport({m_session.journalDir, u"--geojson"_s, u"-"_s, u"--kml"_s, u"-"_s});
        QCOMPARE(two.exitCode, 2);
    }
};

QTEST_MAIN(TestCopExport)
#include "tst_cop_export.moc"
