#include "SequenceTracker.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Verdict = cop::SequenceTracker::Verdict;

namespace {

// One input to the tracker and the verdict it must give. `number` is the sequence of an event
// or the as_of_sequence of a snapshot chunk.
struct Step
{
    enum Kind { Open, Resume, Chunk, LastChunk, Event, Beat, End };
    Kind kind;
    quint64 number = 0;
    QString epoch;
    Verdict expected = Verdict::Apply;
};

using Script = QList<Step>;

Step open(const char *epoch, Verdict expected = Verdict::Apply)
{
    return {Step::Open, 0, QString::fromLatin1(epoch), expected};
}

Step resume(const char *epoch, Verdict expected = Verdict::Apply)
{
    return {Step::Resume, 0, QString::fromLatin1(epoch), expected};
}

Step chunk(quint64 asOf, Verdict expected = Verdict::Pending)
{
    return {Step::Chunk, asOf, {}, expected};
}

Step lastChunk(quint64 asOf, Verdict expected = Verdict::Apply)
{
    return {Step::LastChunk, asOf, {}, expected};
}

Step sequenced(quint64 sequence, Verdict expected = Verdict::Apply)
{
    return {Step::Event, sequence, {}, expected};
}

Step beat(Verdict expected = Verdict::Apply)
{
    return {Step::Beat, 0, {}, expected};
}

Step end()
{
    return {Step::End};
}

Verdict play(cop::SequenceTracker &tracker, const Step &step)
{
    cop::Snapshot complete;
    switch (step.kind) {
    case Step::Open:
    case Step::Resume:
        return tracker.opened({step.epoch, step.kind == Step::Resume, 1000});
    case Step::Chunk:
    case Step::LastChunk:
        return tracker.snapshotChunk({{step.number, {}, {}, {}, {}}, step.kind == Step::LastChunk},
                                     &complete);
    case Step::Event:
        return tracker.event(step.number);
    case Step::Beat:
        return tracker.heartbeat();
    case Step::End:
        tracker.streamEnded();
        return Verdict::Apply;
    }
    return Verdict::Discard;
}

} // namespace

Q_DECLARE_METATYPE(Script)

class SequenceTrackerTest : public QObject
{
    Q_OBJECT

private slots:
    void judgesEachMessageOfTheStream_data();
    void judgesEachMessageOfTheStream();
    void joinsSnapshotChunksInOrder();
};

void SequenceTrackerTest::judgesEachMessageOfTheStream_data()
{
    QTest::addColumn<Script>("script");
    QTest::addColumn<QString>("epoch");
    QTest::addColumn<quint64>("lastApplied");

    QTest::newRow("first stream: snapshot, then events")
        << Script{open("A"), lastChunk(10), sequenced(11), sequenced(12)} << u"A"_s << 12ull;
    QTest::newRow("events at or below the last one are duplicates")
        << Script{open("A"), lastChunk(10), sequenced(10, Verdict::Duplicate), sequenced(11),
                  sequenced(11, Verdict::Duplicate), sequenced(3, Verdict::Duplicate), sequenced(12)}
        << u"A"_s << 12ull;
    QTest::newRow("a gap abandons the rest of the stream")
        << Script{open("A"), lastChunk(10), sequenced(11), sequenced(13, Verdict::Gap),
                  sequenced(12, Verdict::Discard), beat(Verdict::Discard)}
        << u"A"_s << 11ull;
    QTest::newRow("after a gap, the resumed stream fills it")
        << Script{open("A"), lastChunk(10), sequenced(11), sequenced(13, Verdict::Gap), end(),
                  resume("A"), sequenced(12), sequenced(13)}
        << u"A"_s << 13ull;
    QTest::newRow("resume of the held epoch continues")
        << Script{open("A"), lastChunk(10), sequenced(11), end(), resume("A"), beat(), sequenced(12)}
        << u"A"_s << 12ull;
    QTest::newRow("snapshot in several chunks applies with the last")
        << Script{open("A"), chunk(10), chunk(10), lastChunk(10), sequenced(11)} << u"A"_s << 11ull;
    QTest::newRow("heartbeat while the snapshot comes")
        << Script{open("A"), beat(), lastChunk(10)} << u"A"_s << 10ull;
    QTest::newRow("too-old resume answered by a snapshot of the same epoch")
        << Script{open("A"), lastChunk(10), sequenced(11), end(), open("A"), lastChunk(500),
                  sequenced(501)}
        << u"A"_s << 501ull;
    QTest::newRow("new epoch: its snapshot resets the position, even downwards")
        << Script{open("A"), lastChunk(50), end(), open("B"), lastChunk(10), sequenced(11)}
        << u"B"_s << 11ull;
    QTest::newRow("a stream lost mid-snapshot keeps the old position")
        << Script{open("A"), lastChunk(10), sequenced(11), end(), open("B"), chunk(3), end()}
        << u"A"_s << 11ull;
    QTest::newRow("event while the snapshot comes is out of order")
        << Script{open("A"), chunk(10), sequenced(11, Verdict::OutOfOrder),
                  lastChunk(10, Verdict::Discard)}
        << QString() << 0ull;
    QTest::newRow("chunks of different as_of are out of order")
        << Script{open("A"), chunk(10), lastChunk(11, Verdict::OutOfOrder)} << QString() << 0ull;
    QTest::newRow("event before stream_opened is out of order")
        << Script{sequenced(1, Verdict::OutOfOrder)} << QString() << 0ull;
    QTest::newRow("heartbeat before stream_opened is out of order")
        << Script{beat(Verdict::OutOfOrder)} << QString() << 0ull;
    QTest::newRow("snapshot before stream_opened is out of order")
        << Script{lastChunk(5, Verdict::OutOfOrder)} << QString() << 0ull;
    QTest::newRow("second stream_opened in one stream is out of order")
        << Script{open("A"), open("A", Verdict::OutOfOrder)} << QString() << 0ull;
    QTest::newRow("resumed stream may not send a snapshot")
        << Script{open("A"), lastChunk(10), end(), resume("A"), lastChunk(20, Verdict::OutOfOrder)}
        << u"A"_s << 10ull;
    QTest::newRow("resume when nothing is held is out of order")
        << Script{resume("A", Verdict::OutOfOrder), sequenced(1, Verdict::Discard)} << QString() << 0ull;
    QTest::newRow("resume of another epoch is out of order")
        << Script{open("A"), lastChunk(10), end(), resume("B", Verdict::OutOfOrder),
                  sequenced(11, Verdict::Discard)}
        << u"A"_s << 10ull;
}

void SequenceTrackerTest::judgesEachMessageOfTheStream()
{
    QFETCH(Script, script);
    QFETCH(QString, epoch);
    QFETCH(quint64, lastApplied);

    cop::SequenceTracker tracker;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const Verdict verdict = play(tracker, script[i]);
        if (script[i].kind != Step::End)
            QVERIFY2(verdict == script[i].expected, qPrintable(u"step %1: verdict %2, expected %3"_s
                                                                   .arg(i)
                                                                   .arg(int(verdict))
                                                                   .arg(int(script[i].expected))));
    }
    QCOMPARE(tracker.epoch(), epoch);
    QCOMPARE(tracker.lastApplied(), lastApplied);
}

void SequenceTrackerTest::joinsSnapshotChunksInOrder()
{
    cop::SequenceTracker tracker;
    QCOMPARE(tracker.opened({u"A"_s, false, 1000}), Verdict::Apply);
    cop::Snapshot complete;
    for (int i = 0; i < 3; ++i) {
        cop::SnapshotChunk chunk;
        chunk.content.asOfSequence = 9;
        chunk.content.tracks.push_back({});
        chunk.content.tracks.back().trackId = QString::number(i);
        chunk.content.alerts.push_back({});
        chunk.last = i == 2;
        QCOMPARE(tracker.snapshotChunk(std::move(chunk), &complete),
                 i == 2 ? Verdict::Apply : Verdict::Pending);
    }
    QCOMPARE(complete.asOfSequence, 9u);
    QCOMPARE(complete.tracks.size(), 3u);
    QCOMPARE(complete.tracks[2].trackId, u"2"_s);
    QCOMPARE(complete.alerts.size(), 3u);
}

QTEST_APPLESS_MAIN(SequenceTrackerTest)
#include "tst_client_sequencetracker.moc"
