// cop-export as a watch floor's debrief script runs it (issue 17): on a recording of real cop-sim
// processes, the real executable writes the alerts CSV, KML, GeoJSON and CoT file, and
// third-party readers read them back: GDAL's ogrinfo finds every layer with its features, Python's
// csv module every alert row with the final state the replay console's alert panel shows,
// @tak-ps/node-cot every CoT event, the fused picture second by second where the nations' tracks
// were. Tracks that ended long before the end of the recording are there with their trails; bad
// inputs fail with a reason and leave no file behind.
#include "AlertTableModel.h"
#include "AlertText.h"
#include "DebriefLayers.h"
#include "DebriefText.h"
#include "ProgramRun.h"
#include "RecordedSimSession.h"
#include "RecordingDebrief.h"
#include "ReplaySource.h"
#include "session/ConsoleSession.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <limits>

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

// One event of a CoT file as node-cot read it.
struct ParsedCot
{
    QString uid;
    QString type;
    qint64 timeUtcUs = 0;
    qint64 startUtcUs = 0;
    qint64 staleUtcUs = 0;
    GeoPoint point;
    bool exercise = false;
    QString line; // what the parser printed, for a failure's message
};

qint64 cotUtcUs(const QJsonValue &time)
{
    const QDateTime parsed = QDateTime::fromString(time.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        qFatal("node-cot gave the time %s", qPrintable(time.toString()));
    return parsed.toMSecsSinceEpoch() * 1000;
}

// Every event of a CoT file as @tak-ps/node-cot reads it (tests/interop/parse-cot.mjs); an event
// it cannot parse fails the test.
std::vector<ParsedCot> nodeCot(const QString &file)
{
    const ProgramRun read = runProgram(u"" COP_NODE ""_s, {u"" COP_COT_PARSER ""_s, file});
    if (read.exitCode != 0)
        qFatal("parse-cot.mjs %s failed: %s", qPrintable(file), qPrintable(read.err));
    std::vector<ParsedCot> events;
    for (const QString &line : read.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject fields = QJsonDocument::fromJson(line.toUtf8()).object();
        if (fields.isEmpty() || fields.contains(u"error"_s))
            qFatal("node-cot cannot read an event of %s: %s", qPrintable(file), qPrintable(line));
        events.push_back({fields[u"uid"_s].toString(), fields[u"type"_s].toString(), cotUtcUs(fields[u"time"_s]),
                          cotUtcUs(fields[u"start"_s]), cotUtcUs(fields[u"stale"_s]),
                          GeoPoint{fields[u"lat"_s].toDouble(), fields[u"lon"_s].toDouble(), fields[u"hae"_s].toDouble()},
                          fields[u"opex"_s].toString() == u"e"_s, line});
    }
    return events;
}

qsizetype linesOf(const QString &file)
{
    QFile text(file);
    if (!text.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    return text.readAll().count('\n');
}

double distanceM(const GeoPoint &a, const GeoPoint &b)
{
    const Vec3 p = ecefFromGeodetic(a);
    const Vec3 q = ecefFromGeodetic(b);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

// Where a nation's track was at a time along its trail, between the trail points around it.
std::optional<GeoPoint> trailAt(const TrackHistory &track, qint64 utcUs)
{
    const std::vector<TrailPoint> &trail = track.trail;
    // The trail keeps about a point a second; a state just outside its ends (the first report,
    // the newest) is still that track's, at most that far from the end point.
    constexpr qint64 kEndSlackUs = 2'000'000;
    if (trail.empty() || utcUs < trail.front().timeUtcUs - kEndSlackUs || utcUs > trail.back().timeUtcUs + kEndSlackUs)
        return std::nullopt;
    if (utcUs <= trail.front().timeUtcUs)
        return trail.front().point;
    if (utcUs >= trail.back().timeUtcUs)
        return trail.back().point;
    const auto after = std::lower_bound(trail.begin(), trail.end(), utcUs,
                                        [](const TrailPoint &p, qint64 t) { return p.timeUtcUs < t; });
    if (after->timeUtcUs == utcUs)
        return after->point;
    const TrailPoint &before = *(after - 1);
    const double f = double(utcUs - before.timeUtcUs) / double(after->timeUtcUs - before.timeUtcUs);
    const Vec3 p = ecefFromGeodetic(before.point);
    const Vec3 q = ecefFromGeodetic(after->point);
    return geodeticFromEcef({p[0] + f * (q[0] - p[0]), p[1] + f * (q[1] - p[1]), p[2] + f * (q[2] - p[2])});
}

// How far the nearest of some points is.
template <typename Points>
double nearestM(const GeoPoint &point, const Points &points)
{
    double nearest = std::numeric_limits<double>::infinity();
    for (const GeoPoint &candidate : points)
        nearest = std::min(nearest, distanceM(point, candidate));
    return nearest;
}

// A fused track's CoT position against the nations' tracks at its time, and a launch or impact
// point against what the nations reported: the fused picture is made of them.
constexpr double kFusedTrackNearM = 5'000.0;
constexpr double kReportedPointNearM = 1'000.0;

DebriefSurvey surveyOf(const QString &journal, std::optional<qint64> from = {}, std::optional<qint64> to = {})
{
    RecordingDebrief recording;
    DebriefSurvey survey;
    QString error;
    if (!recording.open(journal, &error) || !recording.survey(from, to, &survey, &error))
        qFatal("cannot survey %s: %s", qPrintable(journal), qPrintable(error));
    return survey;
}

// What every CoT file of a window (`survey`, of a recording surveyed whole in `recording`) must
// be: the console's output as a TAK client received it, on the recording's clock: events in time
// order within the window, a round a second from its start, each thing at most once a round and
// fresh until its stale time; each missile an air track (hostile, or a faker in an exercise)
// where the nations' tracks were, its launch point one the nations reported, its predicted impact
// a 95 % ellipse around a point a nation predicted; and every nation's track of the window in
// it, round after round while it flew.
void verifyCot(const std::vector<ParsedCot> &events, const DebriefSurvey &survey, const DebriefSurvey &recording)
{
    QVERIFY(!events.empty());
    QList<GeoPoint> launches;
    for (const ServiceLaunch &launch : recording.launches)
        launches.append(launch.launch.point);
    QList<GeoPoint> impacts; // every prediction of a missile that came down
    for (const ImpactDebrief &impact : recording.impacts) {
        for (const Prediction &prediction : impact.predictions)
            impacts.append(prediction.impactPoint);
    }
    QSet<QString> trackUids;
    for (const ParsedCot &event : events) {
        if (event.type.startsWith(u"a-"_s))
            trackUids.insert(event.uid);
    }

    const qint64 fromUs = survey.window.fromUtcUs / 1000 * 1000; // CoT times have milliseconds
    qint64 previousUs = fromUs;
    QHash<QString, qint64> lastSentUs;
    QHash<QString, int> seen; // track events near each nation's track, by service and track id
    const auto name = [](const TrackHistory &track) { return track.service + u' ' + track.last.trackId; };
    for (const ParsedCot &event : events) {
        const QByteArray text = event.line.toUtf8();
        const char *line = text.constData();
        QVERIFY2(event.uid.startsWith(u"cop.test-console.F"_s), line); // cotUidPrefix of the recording's console
        QVERIFY2(event.timeUtcUs >= previousUs && event.timeUtcUs <= survey.window.toUtcUs, line);
        QVERIFY2((event.timeUtcUs - fromUs) % 1'000'000 == 0, line); // the output's rounds
        if (const auto last = lastSentUs.constFind(event.uid); last != lastSentUs.cend())
            QVERIFY2(event.timeUtcUs - *last >= 1'000'000, line);
        lastSentUs.insert(event.uid, event.timeUtcUs);
        previousUs = event.timeUtcUs;
        QVERIFY2(event.startUtcUs <= event.timeUtcUs && event.staleUtcUs > event.timeUtcUs, line);

        if (event.type.startsWith(u"a-"_s)) {
            // The simulator calls every missile hostile: a faker in its exercise.
            QCOMPARE(event.type, event.exercise ? u"a-k-A-W-M"_s : u"a-h-A-W-M"_s);
            QCOMPARE(event.staleUtcUs - event.timeUtcUs, qint64(10'000'000));
            double nearest = std::numeric_limits<double>::infinity();
            for (const TrackHistory &track : recording.tracks) {
                const std::optional<GeoPoint> at = trailAt(track, event.startUtcUs);
                if (!at)
                    continue;
                const double distance = distanceM(event.point, *at);
                nearest = std::min(nearest, distance);
                if (distance < kFusedTrackNearM)
                    ++seen[name(track)];
            }
            QVERIFY2(nearest < kFusedTrackNearM, qPrintable(u"%1 m from the nearest nation's track: %2"_s
                                                               .arg(nearest, 0, 'f', 0).arg(event.line)));
        } else if (event.uid.endsWith(u".launch"_s)) {
            QCOMPARE(event.type, u"b-m-p-s-m"_s);
            QVERIFY2(trackUids.contains(event.uid.chopped(7)), line);
            QVERIFY2(nearestM(event.point, launches) < kReportedPointNearM, line);
        } else {
            QVERIFY2(event.uid.endsWith(u".impact"_s), line);
            QCOMPARE(event.type, u"u-d-c-e"_s);
            QVERIFY2(trackUids.contains(event.uid.chopped(7)), line);
            QVERIFY2(nearestM(event.point, impacts) < kReportedPointNearM, line);
        }
    }
    // A missile moves: its fused track goes out every round, near each nation's track of it.
    for (const TrackHistory &track : survey.tracks) {
        const qint64 flownS = (std::min(track.trail.back().timeUtcUs, survey.window.toUtcUs)
                               - std::max(track.trail.front().timeUtcUs, survey.window.fromUtcUs)) / 1'000'000;
        QVERIFY2(seen.value(name(track)) >= flownS / 2,
                 qPrintable(u"%1: near %2 track events in %3 s"_s.arg(name(track)).arg(seen.value(name(track))).arg(flownS)));
    }
}

// Each kind of event by its uid: the missiles' tracks, launch points and impact points.
QMap<QString, QSet<QString>> uidsByType(const std::vector<ParsedCot> &events)
{
    QMap<QString, QSet<QString>> uids;
    for (const ParsedCot &event : events)
        uids[event.type].insert(event.uid);
    return uids;
}

QString counts(const QMap<QString, QSet<QString>> &uids, const std::vector<ParsedCot> &events)
{
    QStringList kinds;
    for (auto it = uids.cbegin(); it != uids.cend(); ++it)
        kinds.append(u"%1: %2"_s.arg(it.key()).arg(it->size()));
    return u"%1 events; things by type: %2"_s.arg(events.size()).arg(kinds.join(u", "_s));
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

    // The CoT file is what the console's CoT output said while the recording played: the fused
    // picture, a round a second on the recording's clock, as node-cot reads it.
    void cotFileIsTheFusedPictureAsTheRecordingWent()
    {
        const QString file = out(u"all.cot"_s);
        const ProgramRun result = copExport({m_session.journalDir, u"--cot"_s, file});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const std::vector<ParsedCot> events = nodeCot(file);
        QCOMPARE(qsizetype(events.size()), linesOf(file));
        const DebriefSurvey survey = surveyOf(m_session.journalDir);
        verifyCot(events, survey, survey);
        if (QTest::currentTestFailed())
            return;

        // Two shots: at least two missiles (the fuser may make a short-lived track while a
        // nation's track does not yet gate), with their launches and predicted impacts.
        const QMap<QString, QSet<QString>> uids = uidsByType(events);
        qInfo("whole recording: %s", qPrintable(counts(uids, events)));
        QVERIFY(uids.value(u"a-h-A-W-M"_s).size() + uids.value(u"a-k-A-W-M"_s).size() >= 2);
        QVERIFY(uids.value(u"b-m-p-s-m"_s).size() >= 2);
        QVERIFY(uids.value(u"u-d-c-e"_s).size() >= 2);
    }

    // A window from the middle of the flights: its CoT starts with the picture as it stood then.
    void aCotFileOfAWindowStartsWithThePictureThen()
    {
        const DebriefSurvey whole = surveyOf(m_session.journalDir);
        const qint64 from = (whole.alerts.front().first.raisedUtcUs + 3'000'000) / 1000 * 1000;
        const qint64 to = from + 8'000'000;
        const QString file = out(u"window.cot"_s);
        const ProgramRun result = copExport({m_session.journalDir, u"--from"_s, debriefTime(from), u"--to"_s,
                                             debriefTime(to), u"--cot"_s, file});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const std::vector<ParsedCot> events = nodeCot(file);
        QCOMPARE(qsizetype(events.size()), linesOf(file));
        const DebriefSurvey window = surveyOf(m_session.journalDir, from, to);
        verifyCot(events, window, whole);
        if (QTest::currentTestFailed())
            return;
        qInfo("window %s to %s: %s", qPrintable(debriefTime(from)), qPrintable(debriefTime(to)),
              qPrintable(counts(uidsByType(events), events)));
        QCOMPARE(events.front().timeUtcUs, from);
        QCOMPARE(events.back().timeUtcUs, to);
        // At its start, missiles in flight then, with the launch points known by then (a slow
        // service reports a launch some seconds after its track).
        const auto first = std::find_if(events.begin(), events.end(),
                                        [&](const ParsedCot &e) { return e.timeUtcUs > from; });
        const std::vector<ParsedCot> firstRound(events.begin(), first);
        const QMap<QString, QSet<QString>> atStart = uidsByType(firstRound);
        QVERIFY(!atStart.value(u"a-h-A-W-M"_s).isEmpty() || !atStart.value(u"a-k-A-W-M"_s).isEmpty());
        QVERIFY(atStart.value(u"b-m-p-s-m"_s).size()
                <= atStart.value(u"a-h-A-W-M"_s).size() + atStart.value(u"a-k-A-W-M"_s).size());
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
