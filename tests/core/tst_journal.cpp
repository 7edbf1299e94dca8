// The journal on disk: segments, durability policy, crash recovery, rotation, retention, full
// disk, and the payloads the console writes into it.
#include "base/BackgroundPool.h"
#include "journal/ByteStream.h"
#include "journal/Crc32c.h"
#include "journal/JournalFormat.h"
#include "journal/JournalLayout.h"
#include "journal/JournalReader.h"
#include "journal/JournalRecovery.h"
#include "journal/JournalWriter.h"
#include "journal/PayloadCodec.h"
#include "picture/Picture.h"
#include "picture/PictureDump.h"
#include "ThreadsNamed.h"

#include <QFile>
#include <QtEndian>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/mman.h>
#include <sys/resource.h>

using namespace cop;
using namespace std::chrono_literals;

using namespace Qt::StringLiterals;

namespace {

// Distinctive bytes, to find the field in a keyframe.
constexpr double kLaunchTimeSigmaS = 17.125;

JournalRecord inbound(quint64 sequence, int payloadBytes = 40)
{
    JournalRecord record;
    record.kind = JournalRecord::Kind::Inbound;
    record.subkind = 12;
    record.flags = JournalRecord::kApplied;
    record.timeUtcUs = 1'700'000'000'000'000 + qint64(sequence) * 1000;
    record.sequence = sequence;
    record.service = QStringLiteral("US");
    record.payload = QByteArray(payloadBytes, char('a' + sequence % 26));
    return record;
}

JournalSettings settingsIn(const QString &dir)
{
    JournalSettings settings;
    settings.directory = dir;
    return settings;
}

std::vector<quint64> sequencesIn(const QString &path, QStringList *problems = nullptr)
{
    JournalReader reader;
    QString error;
    if (!reader.open(path, &error))
        return {};
    std::vector<quint64> sequences;
    for (qsizetype i = 0; i < reader.size(); ++i)
        sequences.push_back(reader.record(i).sequence);
    if (problems)
        *problems = reader.problems();
    return sequences;
}

QString writeSession(const QString &dir, int records)
{
    JournalWriter writer(settingsIn(dir), QStringLiteral("seoul-1"), {QStringLiteral("US")});
    QString error;
    if (!writer.start(&error))
        qFatal("%s", qPrintable(error));
    for (int i = 1; i <= records; ++i)
        writer.append(inbound(quint64(i)));
    writer.flush();
    return journal::segmentFiles(writer.sessionDirectory()).first();
}

PictureContent samplePicture()
{
    Picture picture;
    ServiceBatch batch;
    batch.service = QStringLiteral("JP");
    batch.receivedUtcUs = 77;
    TrackUpdate track;
    track.trackId = QStringLiteral("T1");
    track.timeUtcUs = 5;
    track.position = {39.1, 125.7, 12345.678};
    track.positionEcef = {1.0 / 3.0, 2, 3};
    track.covarianceUpper = std::array<double, 21>{};
    track.covarianceUpper->at(20) = 1e-300;
    track.sensors = {QStringLiteral("radar-1"), QStringLiteral("sat")};
    track.quality = 0.7f;
    track.objectKind = ObjectKind::Stage;
    track.parentTrackId = QStringLiteral("T0");
    track.stage = 2;
    track.separatedUtcUs = 4;
    batch.events.push_back({1, track});
    track.timeUtcUs = 2'000'005;
    track.position.latDeg = 39.2;
    batch.events.push_back({2, track});
    Prediction prediction;
    prediction.trackId = QStringLiteral("T1");
    prediction.trajectory = {{10, {39, 126, 1000}}, {20, {40, 130, 0}}};
    prediction.ellipses = {{0.5, 1000, 500, 30}, {0.95, 2000, 1000, 30}};
    batch.events.push_back({3, prediction});
    AlertUpdate alert;
    alert.alertId = QStringLiteral("A1");
    alert.kind = AlertKind::ImpactInEez;
    alert.acknowledgements = {{QStringLiteral("Kim 김"), QStringLiteral("seoul-1"), 99}};
    batch.events.push_back({4, alert});
    Launch launch{QStringLiteral("L1"), QStringLiteral("T1"), 3, {39, 125, 0}, std::array<double, 3>{1, 2, 3},
                  true, kLaunchTimeSigmaS};
    launch.kind = LaunchKind::SpaceLaunch;
    launch.origin = QStringLiteral("PRK");
    launch.outcomeUtcUs = 9;
    launch.failure = LaunchFailure{FailureMode::BreakUp, 2, {36.5, 124, 0}, {{0.95, 6e4, 2e4, 175}}, 10, 11};
    batch.events.push_back({5, launch});
    picture.applyBatch(batch);
    FeedStatus feed;
    feed.service = QStringLiteral("JP");
    feed.state = FeedState::Stale;
    feed.lastError = QStringLiteral("quiet");
    feed.counters.gaps = 3;
    picture.updateFeed(feed);
    return picture.content();
}

void removeOnce(QByteArray *bytes, const QByteArray &part)
{
    QCOMPARE(bytes->count(part), 1);
    bytes->remove(bytes->indexOf(part), part.size());
}

void putPoint(journal::ByteWriter &w, const GeoPoint &p)
{
    for (double value : {p.latDeg, p.lonDeg, p.heightM})
        w.put(value);
}

bool kernelTakesHugePageAdvice()
{
    constexpr size_t kBytes = 4 << 20;
    void *probe = mmap(nullptr, kBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (probe == MAP_FAILED)
        return false;
    const bool takes = madvise(probe, kBytes, MADV_HUGEPAGE) == 0;
    munmap(probe, kBytes);
    return takes;
}

// The flags /proc/self/smaps gives the mapping that holds address ("VmFlags: rd wr ... hg").
QByteArrayList mappingFlags(const void *address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    const auto at = reinterpret_cast<quintptr>(address);
    bool inside = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        bool isStart = false, isEnd = false;
        if (dash > 0 && space > dash) {
            const quintptr start = line.first(dash).toULongLong(&isStart, 16);
            const quintptr end = line.sliced(dash + 1, space - dash - 1).toULongLong(&isEnd, 16);
            if (isStart && isEnd) {
                inside = start <= at && at < end;
                continue;
            }
        }
        if (inside && line.startsWith("VmFlags:"))
            return line.sliced(8).simplified().split(' ');
    }
    return {};
}

// Today's keyframe of samplePicture() without what version 5 added: whether its prediction is a
// ground track into orbit.
QByteArray version4Keyframe()
{
    const PictureContent content = samplePicture();
    QByteArray keyframe = journal::encodePicture(content);
    const Prediction &prediction = *content.predictions.cbegin();
    QByteArray predictionPart;
    journal::ByteWriter w(&predictionPart);
    w.put(prediction.trackId);
    w.put(prediction.issuedUtcUs);
    w.put(quint32(prediction.trajectory.size()));
    for (const TrajectorySample &sample : prediction.trajectory) {
        w.put(sample.timeUtcUs);
        putPoint(w, sample.point);
    }
    putPoint(w, prediction.apogee);
    putPoint(w, prediction.impactPoint);
    w.put(prediction.impactTimeUtcUs);
    w.put(prediction.impactTimeSigmaS);
    w.put(quint32(prediction.ellipses.size()));
    for (const ImpactEllipse &e : prediction.ellipses)
        for (double value : {e.confidence, e.semiMajorM, e.semiMinorM, e.orientationDeg})
            w.put(value);
    w.put(prediction.provisional);
    w.put(prediction.exercise);
    [&] { QCOMPARE(keyframe.count(predictionPart), 1); }();
    // The orbital flag is the byte after.
    keyframe.remove(keyframe.indexOf(predictionPart) + predictionPart.size(), 1);
    [&] { QCOMPARE(keyframe[0], char(5)); }();
    keyframe[0] = 4;
    return keyframe;
}

// samplePicture()'s keyframe without what version 4 added: the space-launch fields of its track
// and its launch.
QByteArray version3Keyframe()
{
    const PictureContent content = samplePicture();
    QByteArray keyframe = version4Keyframe();
    const TrackUpdate &track = content.tracks.cbegin()->state;
    QByteArray trackPart;
    journal::ByteWriter t(&trackPart);
    t.put(track.objectKind);
    t.put(track.parentTrackId);
    t.put(track.stage);
    t.put(track.separatedUtcUs);
    removeOnce(&keyframe, trackPart);
    const Launch &launch = *content.launches.cbegin();
    const LaunchFailure &failure = *launch.failure;
    const ImpactEllipse &ellipse = failure.debrisEllipses.front();
    QByteArray launchPart;
    journal::ByteWriter w(&launchPart);
    w.put(launch.kind);
    w.put(launch.origin);
    w.put(launch.outcomeUtcUs);
    w.put(false); // no orbit
    w.put(true);  // a failure
    w.put(failure.mode);
    w.put(failure.stage);
    for (double value : {failure.debrisPoint.latDeg, failure.debrisPoint.lonDeg, failure.debrisPoint.heightM})
        w.put(value);
    w.put(quint32(1));
    for (double value : {ellipse.confidence, ellipse.semiMajorM, ellipse.semiMinorM, ellipse.orientationDeg})
        w.put(value);
    w.put(failure.debrisFromUtcUs);
    w.put(failure.debrisUntilUtcUs);
    removeOnce(&keyframe, launchPart);
    keyframe[0] = 3;
    return keyframe;
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { std::signal(SIGXFSZ, SIG_IGN); }

    // Recording is background work: its thread yields as the picture pipeline's and the
    // overlay's do, or a keyframe's encoding every 30 s goes ahead of what the operator
    // sees next (send -> shown p99 1.15 s against 0.67 s at 3 x 10,000, 260 s in).
    void theWriterGivesWayToThePicture()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads thread priorities from /proc");
#else
        QTemporaryDir dir;
        JournalWriter writer(settingsIn(dir.path()), QStringLiteral("c"), {});
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        writer.append(inbound(1));
        writer.flush(); // the writer's thread has written it, so it has begun
        // Where this test itself runs niced past that, the writer cannot be raised to it.
        const int atLeast = std::max(niceOf(Urgency::Picture), getpriority(PRIO_PROCESS, 0));
        const QList<int> writers = threadsNamed("journal writer");
        QCOMPARE(writers.size(), 1);
        QVERIFY(getpriority(PRIO_PROCESS, id_t(writers.front())) >= atLeast);
#endif
    }

    void recordsComeBackInOrderWithTheirHeader()
    {
        QTemporaryDir dir;
        const QString segment = writeSession(dir.path(), 100);
        JournalReader reader;
        QString error;
        QVERIFY2(reader.open(dir.path(), &error), qPrintable(error));
        QCOMPARE(reader.header().consoleId, QStringLiteral("seoul-1"));
        QCOMPARE(reader.header().services, QStringList{QStringLiteral("US")});
        QCOMPARE(reader.header().version, journal::kFormatVersion);
        QCOMPARE(reader.size(), 100);
        QVERIFY(reader.problems().isEmpty());
        const JournalRecord expected = inbound(42);
        const JournalRecord got = reader.record(41);
        QCOMPARE(got.payload, expected.payload);
        QCOMPARE(got.timeUtcUs, expected.timeUtcUs);
        QCOMPARE(got.service, expected.service);
        QCOMPARE(got.flags, expected.flags);
        QCOMPARE(reader.head(41).timeUtcUs, expected.timeUtcUs);
        QCOMPARE(reader.startUtcUs(), inbound(1).timeUtcUs);
        QCOMPARE(reader.endUtcUs(), inbound(100).timeUtcUs);
        // The same session opens from a segment file, the session folder or the root.
        QCOMPARE(sequencesIn(segment).size(), size_t(100));
        QCOMPARE(sequencesIn(QFileInfo(segment).absolutePath()).size(), size_t(100));
    }

    // The console's track cap is in every segment's header, for a replay to keep what it kept;
    // a recording from before it reads as "not recorded", and a header that holds something
    // else there is refused, as a damaged one is.
    void theHeaderKeepsTheTrackCap()
    {
        QTemporaryDir dir;
        {
            JournalWriter writer(settingsIn(dir.path()), QStringLiteral("c"), {QStringLiteral("US")}, 500);
            QString error;
            QVERIFY2(writer.start(&error), qPrintable(error));
            writer.append(inbound(1));
            writer.flush();
        }
        JournalReader reader;
        QString error;
        QVERIFY2(reader.open(dir.path(), &error), qPrintable(error));
        QCOMPARE(reader.header().tracksPerService, 500);

        journal::SegmentHeader older;
        older.session = QStringLiteral("s");
        older.segment = 1;
        QCOMPARE(journal::scanSegment(journal::encodeHeader(older)).header->tracksPerService, 0);

        const auto headerWith = [](const QByteArray &body) {
            QByteArray out = journal::encodeHeader({}).left(8); // the magic
            for (const quint32 value : {journal::kFormatVersion, quint32(body.size()), crc32c(body)}) {
                const quint32 little = qToLittleEndian(value);
                out.append(reinterpret_cast<const char *>(&little), sizeof little);
            }
            return out + body;
        };
        QVERIFY(journal::scanSegment(headerWith(R"({"session":"s","segment":1,"tracks_per_service":7})"))
                    .header.has_value());
        for (const char *cap : {"0", "-3", "1.5", "\"500\"", "1e12"}) {
            const journal::SegmentScan scan = journal::scanSegment(
                headerWith(QByteArray(R"({"session":"s","segment":1,"tracks_per_service":)") + cap + '}'));
            QVERIFY2(!scan.header, cap);
            QVERIFY2(scan.headerError.contains(u"tracks_per_service"_s), qPrintable(scan.headerError));
        }
    }

    void tornTailIsCutBackToTheLastWholeRecordOnRecovery()
    {
        QTemporaryDir dir;
        const QString segment = writeSession(dir.path(), 10);
        const qint64 whole = QFileInfo(segment).size();
        QFile file(segment);
        QVERIFY(file.open(QIODevice::Append));
        file.write(journal::encodeRecord(inbound(11)).left(17)); // a write the crash cut short
        file.close();

        QStringList problems;
        QCOMPARE(sequencesIn(segment, &problems).size(), size_t(10));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("torn tail of 17 bytes")), qPrintable(problems.first()));

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("torn tail of 17 bytes")));
        const journal::RecoveryReport report = journal::recoverSegment(segment);
        QCOMPARE(report.truncatedBytes, 17);
        QCOMPARE(QFileInfo(segment).size(), whole);
        QCOMPARE(sequencesIn(segment, &problems).size(), size_t(10));
        QVERIFY(problems.isEmpty());
    }

    void damagedRecordInTheMiddleIsSkippedAndReported()
    {
        QTemporaryDir dir;
        const QString segment = writeSession(dir.path(), 10);
        QFile file(segment);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const QByteArray fifth = journal::encodeRecord(inbound(5));
        const qsizetype at = bytes.indexOf(fifth);
        QVERIFY(at > 0);
        bytes[at + fifth.size() - 3] = char(bytes[at + fifth.size() - 3] ^ 0x10); // one bit
        file.seek(0);
        file.write(bytes);
        file.close();

        QStringList problems;
        const std::vector<quint64> sequences = sequencesIn(segment, &problems);
        QCOMPARE(sequences, (std::vector<quint64>{1, 2, 3, 4, 6, 7, 8, 9, 10}));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("damaged record skipped at offset %1").arg(at)),
                 qPrintable(problems.first()));
    }

    void trafficIsWrittenAtOnceAndSyncedWithinTheSyncInterval()
    {
        QTemporaryDir dir;
        JournalSettings settings = settingsIn(dir.path());
        settings.syncInterval = 300ms;
        JournalWriter writer(settings, QStringLiteral("c"), {});
        QString error;
        QVERIFY(writer.start(&error));
        writer.append(inbound(1));
        // In the file (so a crash of the process loses nothing) within a few write intervals ...
        QTRY_COMPARE_WITH_TIMEOUT(sequencesIn(writer.sessionDirectory()).size(), size_t(1), 2000);
        // ... and on the disk within the sync interval.
        QTRY_COMPARE_WITH_TIMEOUT(writer.syncCount(), 1u, 3000);
    }

    void operatorActionsAreSyncedAtOnce()
    {
        QTemporaryDir dir;
        JournalSettings settings = settingsIn(dir.path());
        settings.syncInterval = 1h; // only a durable record can make the writer sync now
        JournalWriter writer(settings, QStringLiteral("c"), {});
        QString error;
        QVERIFY(writer.start(&error));
        writer.append(inbound(1));
        QTRY_COMPARE_WITH_TIMEOUT(sequencesIn(writer.sessionDirectory()).size(), size_t(1), 2000);
        QTest::qWait(200);
        QCOMPARE(writer.syncCount(), 0u);

        OperatorAction action;
        action.kind = OperatorAction::Kind::Acknowledge;
        action.alertId = QStringLiteral("A1");
        JournalRecord record;
        record.kind = JournalRecord::Kind::OperatorAction;
        record.sequence = 2;
        record.payload = journal::encodeOperatorAction(action);
        writer.appendDurable(record);
        QTRY_COMPARE_WITH_TIMEOUT(writer.syncCount(), 1u, 2000);
        QCOMPARE(sequencesIn(writer.sessionDirectory()), (std::vector<quint64>{1, 2}));
    }

    void rotatesSegmentsBySizeAndReadsThemAsOneSession()
    {
        QTemporaryDir dir;
        JournalSettings settings = settingsIn(dir.path());
        settings.segmentBytes = 4096;
        JournalWriter writer(settings, QStringLiteral("c"), {});
        QString error;
        QVERIFY(writer.start(&error));
        for (int i = 1; i <= 200; ++i) {
            writer.append(inbound(quint64(i), 200));
            if (i % 10 == 0)
                writer.flush(); // one write per flush: rotation happens between writes
        }
        writer.flush();
        QVERIFY(journal::segmentFiles(writer.sessionDirectory()).size() >= 10);
        std::vector<quint64> expected(200);
        std::iota(expected.begin(), expected.end(), 1);
        QCOMPARE(sequencesIn(dir.path()), expected);
    }

    void retentionDropsTheOldestSessionsBeyondTheBudget()
    {
        QTemporaryDir dir;
        writeSession(dir.path(), 2000);
        QTest::qWait(5); // session names are milliseconds
        writeSession(dir.path(), 2000);
        QCOMPARE(journal::sessionDirectories(dir.path()).size(), 2);
        const QString newest = journal::sessionDirectories(dir.path()).last();

        JournalSettings settings = settingsIn(dir.path());
        settings.retainBytes = QFileInfo(journal::segmentFiles(newest).first()).size() + 1000;
        JournalWriter writer(settings, QStringLiteral("c"), {});
        QString error;
        QVERIFY(writer.start(&error));
        const QStringList sessions = journal::sessionDirectories(dir.path());
        QCOMPARE(sessions.size(), 2); // the newest old one, and the new one
        QCOMPARE(sessions.first(), newest);
    }

    void retentionDropsSegmentsOlderThanTheAge()
    {
        QTemporaryDir dir;
        const QString old = writeSession(dir.path(), 10);
        QFile file(old);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-40), QFileDevice::FileModificationTime));
        file.close();
        JournalWriter writer(settingsIn(dir.path()), QStringLiteral("c"), {});
        QString error;
        QVERIFY(writer.start(&error));
        QVERIFY(!QFile::exists(old));
    }

    // RLIMIT_FSIZE makes the kernel refuse writes past a size, as a full disk refuses any.
    // A payload of a megabyte or more (a keyframe) goes to the file from where it was encoded:
    // the file holds the same bytes as if it had been copied in with the records around it.
    void aLargePayloadIsWrittenInPlaceBetweenTheRecordsAroundIt()
    {
        QTemporaryDir dir;
        JournalWriter writer(settingsIn(dir.path()), QStringLiteral("c"), {QStringLiteral("US")});
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        std::vector<JournalRecord> records;
        QByteArray expected;
        for (quint64 sequence = 1; sequence <= 5; ++sequence) {
            JournalRecord record = inbound(sequence);
            if (sequence % 2 == 0) {
                record.payload.resize((3 << 20) + qsizetype(sequence));
                for (qsizetype i = 0; i < record.payload.size(); ++i)
                    record.payload[i] = char(i * 7 + i / 4099 + qsizetype(sequence));
            }
            expected += journal::encodeRecord(record);
            records.push_back(record);
            writer.append(std::move(record));
        }
        writer.flush();

        const QStringList segments = journal::segmentFiles(writer.sessionDirectory());
        QCOMPARE(segments.size(), 1);
        QFile file(segments.front());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().endsWith(expected));
        JournalReader reader;
        QVERIFY2(reader.open(writer.sessionDirectory(), &error), qPrintable(error));
        QVERIFY(reader.problems().isEmpty());
        QCOMPARE(reader.size(), qsizetype(records.size()));
        for (size_t i = 0; i < records.size(); ++i)
            QCOMPARE(reader.record(qsizetype(i)).payload, records[i].payload);
    }

    void fullDiskStopsRecordingVisiblyWithoutCrashingAndResumesWhenThereIsRoom_data()
    {
        QTest::addColumn<int>("records");
        QTest::addColumn<int>("payloadBytes");
        QTest::newRow("records written together") << 400 << 1000;
        QTest::newRow("payloads written in place") << 3 << (2 << 20);
    }
    void fullDiskStopsRecordingVisiblyWithoutCrashingAndResumesWhenThereIsRoom()
    {
        QFETCH(int, records);
        QFETCH(int, payloadBytes);
        QTemporaryDir dir;
        JournalWriter writer(settingsIn(dir.path()), QStringLiteral("c"), {});
        QSignalSpy changes(&writer, &JournalWriter::recordingChanged);
        QString error;
        QVERIFY(writer.start(&error));
        rlimit original{};
        QVERIFY(getrlimit(RLIMIT_FSIZE, &original) == 0);
        rlimit small = original;
        small.rlim_cur = 64 * 1024;
        QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);
        for (int i = 1; i <= records; ++i)
            writer.append(inbound(quint64(i), payloadBytes));
        writer.flush();
        QTRY_VERIFY(!changes.isEmpty());
        QCOMPARE(changes.first().at(0).toBool(), false);
        QVERIFY2(changes.first().at(1).toString().startsWith(QStringLiteral("disk full")),
                 qPrintable(changes.first().at(1).toString()));
        QVERIFY(!writer.isRecording());
        writer.append(inbound(401));
        QVERIFY(writer.droppedRecords() > 0);

        QVERIFY(setrlimit(RLIMIT_FSIZE, &original) == 0);
        QTRY_VERIFY_WITH_TIMEOUT(writer.isRecording(), 15000);
        QCOMPARE(changes.last().at(0).toBool(), true);
        writer.append(inbound(500));
        writer.flush();
        // Everything that was written reads back whole: the failed write was cut off again.
        QStringList problems;
        const std::vector<quint64> sequences = sequencesIn(writer.sessionDirectory(), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(sequences.back(), 500u);
    }

    void keyframePayloadRestoresThePictureExactly()
    {
        const PictureContent content = samplePicture();
        const std::optional<PictureContent> decoded = journal::decodePicture(journal::encodePicture(content));
        QVERIFY(decoded);
        Picture original, restored;
        original.restore(content);
        restored.restore(*decoded);
        QCOMPARE(canonicalDump(restored), canonicalDump(original));
        QVERIFY(canonicalDump(original).contains("Kim\\x20김"));
        QVERIFY(canonicalDump(original).contains("e-300"));
    }

    void aKeyframeIsWrittenWhereItWasAppendedFromThePictureAsItWasThen()
    {
        QTemporaryDir dir;
        JournalWriter writer(settingsIn(dir.path()), QStringLiteral("c"), {QStringLiteral("US")});
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        Picture picture;
        picture.restore(samplePicture());
        writer.append(inbound(1));
        writer.appendKeyframe(inbound(1).timeUtcUs + 1, picture.content());
        const QString before = canonicalDump(picture);
        // The picture goes on changing (the GUI thread) while the writer's thread encodes.
        picture.restore({});
        writer.append(inbound(2));
        writer.flush();

        JournalReader reader;
        QVERIFY2(reader.open(dir.path(), &error), qPrintable(error));
        QCOMPARE(reader.size(), 3);
        QCOMPARE(reader.record(0).sequence, 1u);
        QCOMPARE(reader.record(1).kind, JournalRecord::Kind::Keyframe);
        QCOMPARE(reader.record(1).timeUtcUs, inbound(1).timeUtcUs + 1);
        QCOMPARE(reader.record(2).sequence, 2u);
        const std::optional<PictureContent> decoded = journal::decodePicture(reader.record(1).payload);
        QVERIFY(decoded);
        Picture restored;
        restored.restore(*decoded);
        QCOMPARE(canonicalDump(restored), before);
    }

    // A keyframe of thousands of tracks with full trails asks for huge pages (base/HugePages):
    // written into 4 KB pages one fault at a time it cost the writer 250 ms of CPU every 30 s.
    void aLargeKeyframeAsksForHugePages()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads the mapping's flags from /proc");
#else
        if (!kernelTakesHugePageAdvice())
            QSKIP("this kernel has no transparent huge pages");
        PictureContent content; // about 19 MB encoded
        for (int i = 0; i < 6'000; ++i) {
            Track track;
            track.service = QStringLiteral("US");
            track.state.trackId = QString::number(i);
            for (int point = 0; point < Trail::kPoints; ++point)
                track.trail.append(GeoPoint{30.0 + point * 0.01, 130.0 + i * 1e-3, 1000.0 * point});
            content.tracks.insert(ServiceKey{track.service, track.state.trackId}, track);
        }
        const QByteArray payload = journal::encodePicture(content);
        QVERIFY(payload.size() > 16 << 20);
        QVERIFY2(mappingFlags(payload.constData() + payload.size() / 2).contains("hg"),
                 "no MADV_HUGEPAGE on the keyframe's buffer");
#endif
    }

    void trailPointsAreWrittenFieldByFieldLittleEndian()
    {
        // What consoles before and after the trail's bulk write read: each point's latitude,
        // longitude and height as little-endian doubles, oldest point first.
        QByteArray expected;
        journal::ByteWriter w(&expected);
        w.put(quint32(2));
        for (const GeoPoint &point : {GeoPoint{39.1, 125.7, 12345.678}, GeoPoint{39.2, 125.7, 12345.678}}) {
            w.put(point.latDeg);
            w.put(point.lonDeg);
            w.put(point.heightM);
        }
        QVERIFY(journal::encodePicture(samplePicture()).contains(expected));
    }

    void keyframeBeforeSpaceLaunchesReadsAsUnknownObjects()
    {
        const QByteArray keyframe = version3Keyframe();
        const std::optional<PictureContent> decoded = journal::decodePicture(keyframe);
        QVERIFY(decoded);
        QCOMPARE(decoded->tracks.size(), 1);
        const TrackUpdate &track = decoded->tracks.cbegin()->state;
        QCOMPARE(track.objectKind, ObjectKind::Unknown);
        QVERIFY(track.parentTrackId.isEmpty());
        QCOMPARE(track.quality, 0.7f);
        QCOMPARE(decoded->launches.size(), 1);
        const Launch &launch = *decoded->launches.cbegin();
        QCOMPARE(launch.kind, LaunchKind::Unknown);
        QVERIFY(launch.origin.isEmpty());
        QVERIFY(!launch.failure && !launch.orbit);
        QCOMPARE(launch.launchTimeSigmaS, kLaunchTimeSigmaS);
        QVERIFY(launch.exercise);
    }

    void keyframeBeforeOrbitalPredictionsReadsAsImpactPredictions()
    {
        const std::optional<PictureContent> decoded = journal::decodePicture(version4Keyframe());
        QVERIFY(decoded);
        QCOMPARE(decoded->predictions.size(), 1);
        const Prediction &prediction = *decoded->predictions.cbegin();
        QVERIFY(!prediction.orbital);
        QCOMPARE(prediction.ellipses.size(), size_t(2));
        QCOMPARE(decoded->alerts.size(), 1); // what follows it still in step
    }

    void orbitalPredictionRoundTrips()
    {
        PictureContent content = samplePicture();
        Prediction &prediction = *content.predictions.begin();
        prediction.orbital = true;
        prediction.ellipses.clear();
        const std::optional<PictureContent> decoded = journal::decodePicture(journal::encodePicture(content));
        QVERIFY(decoded);
        QVERIFY(decoded->predictions.cbegin()->orbital);
        QCOMPARE(decoded->predictions.cbegin()->trajectory.size(), size_t(2));
    }

    void keyframeBeforeLaunchTimeSigmaReadsAsLaunchesWithoutSpread()
    {
        // A version 2 keyframe is a version 3 one without the launch time's sigma.
        QByteArray keyframe = version3Keyframe();
        QByteArray sigma;
        journal::ByteWriter(&sigma).put(kLaunchTimeSigmaS);
        QCOMPARE(keyframe.count(sigma), 1);
        keyframe.remove(keyframe.indexOf(sigma), sigma.size());
        keyframe[0] = 2;
        const std::optional<PictureContent> decoded = journal::decodePicture(keyframe);
        QVERIFY(decoded);
        QCOMPARE(decoded->launches.size(), 1);
        const Launch &launch = *decoded->launches.cbegin();
        QCOMPARE(launch.launchTimeSigmaS, 0.0);
        QCOMPARE(launch.launchTimeUtcUs, 3);
        QVERIFY(launch.exercise);
        QCOMPARE(decoded->tracks.size(), samplePicture().tracks.size());
    }

    void payloadsRejectEveryTruncation()
    {
        const QByteArray keyframe = journal::encodePicture(samplePicture());
        for (qsizetype n = 0; n < keyframe.size(); ++n)
            QVERIFY(!journal::decodePicture(keyframe.first(n)));
        FeedStatus feed;
        feed.service = QStringLiteral("KR");
        const QByteArray feedBytes = journal::encodeFeedStatus(feed);
        QCOMPARE(journal::decodeFeedStatus(feedBytes)->service, QStringLiteral("KR"));
        QVERIFY(!journal::decodeFeedStatus(feedBytes.chopped(1)));
    }

    void feedMarkingsRoundTripAndOlderRecordingsStillRead()
    {
        FeedStatus feed;
        feed.service = QStringLiteral("JP");
        feed.marking = QStringLiteral("SECRET // REL TO USA, JPN, KOR");
        QCOMPARE(journal::decodeFeedStatus(journal::encodeFeedStatus(feed))->marking, feed.marking);
        PictureContent content = samplePicture();
        content.feeds.insert(feed.service, feed);
        QCOMPARE(journal::decodePicture(journal::encodePicture(content))->feeds.value(u"JP"_s).marking,
                 feed.marking);

        // A console before markings wrote version 1, without the field: it reads, unmarked.
        feed.marking.clear();
        QByteArray older = journal::encodeFeedStatus(feed);
        older.chop(4); // the empty marking's length
        older[0] = char(1);
        const std::optional<FeedStatus> decoded = journal::decodeFeedStatus(older);
        QVERIFY(decoded);
        QCOMPARE(decoded->service, feed.service);
        QVERIFY(decoded->marking.isEmpty());
        older[0] = char(99); // a version from the future is not guessed at
        QVERIFY(!journal::decodeFeedStatus(older));
    }

    void operatorActionsRoundTrip()
    {
        OperatorAction action;
        action.kind = OperatorAction::Kind::Shelve;
        action.operatorName = QStringLiteral("佐藤");
        action.consoleId = QStringLiteral("tokyo-2");
        action.service = QStringLiteral("JP");
        action.alertId = QStringLiteral("A7");
        action.durationS = 600;
        action.language = QStringLiteral("ja");
        action.timeUtcUs = 123;
        QCOMPARE(journal::decodeOperatorAction(journal::encodeOperatorAction(action)), action);
        QByteArray bad = journal::encodeOperatorAction(action);
        bad[1] = char(99); // no such kind
        QVERIFY(!journal::decodeOperatorAction(bad));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
