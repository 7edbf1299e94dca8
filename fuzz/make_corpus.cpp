// cop-fuzz-corpus OUTDIR: writes the seed corpora of the event, picture-stream and journal
// fuzzers (OUTDIR/<target>/) from what the simulator really sends: the three nations' services
// playing resources/scenarios/srbm-salvo.json in-process, on a fixed clock and seed, so the
// event and stream seeds are the same on every run (a journal names its session by the time);
// the event and stream seeds also a satellite launch (space-launch-orbit.json: its pieces,
// orbital predictions, the launch's outcome).
// The scenario and settings corpora are plain text files kept by hand.

#include "EventDecoder.h"
#include "FuzzSupport.h"
#include "EventLog.h"
#include "journal/JournalLayout.h"
#include "journal/JournalWriter.h"
#include "journal/PayloadCodec.h"
#include "picture/Picture.h"
#include "PictureStream.h"
#include "Scenario.h"
#include "Simulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <map>

namespace {

constexpr qint64 kStartUtcUs = cop::fuzz::kCorpusUtcUs;
constexpr double kStepS = 0.5;
constexpr double kEndS = 480.0;      // the last of the salvo has landed
constexpr double kSpaceEndS = 720.0; // the orbit reported, the second stage down

struct Sent
{
    size_t service; // index into cop::fuzz::kServices
    cop::v1::PictureEvent event;
};

QByteArray serialized(const cop::v1::PictureEvent &event)
{
    return QByteArray::fromStdString(event.SerializeAsString());
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::exit(1);
    }
}

// Every event the three services send, in the order they send them, and each service's
// snapshot at the scenario's midpoint, as a resubscribing console would get it.
struct Recording
{
    std::vector<Sent> events;
    std::vector<Sent> snapshots;
};

Recording play(const char *scenarioFile, double endS)
{
    const auto scenario = cop::sim::loadScenario(std::string(COP_SCENARIOS "/") + scenarioFile);
    const cop::v1::Nation nations[] = {cop::v1::NATION_US, cop::v1::NATION_JP, cop::v1::NATION_KR};
    std::vector<std::unique_ptr<cop::sim::EventLog>> logs;
    std::vector<std::unique_ptr<cop::sim::Simulator>> simulators;
    for (size_t i = 0; i < cop::fuzz::kServices.size(); ++i) {
        logs.push_back(std::make_unique<cop::sim::EventLog>("seed-" + cop::fuzz::kServices[i].toStdString()));
        simulators.push_back(std::make_unique<cop::sim::Simulator>(*logs[i], scenario, nations[i], 1, 1.0,
                                                                   kStartUtcUs));
    }
    Recording recording;
    std::vector<uint64_t> last(logs.size(), 0);
    for (double t = 0.0; t <= endS; t += kStepS) {
        for (size_t i = 0; i < logs.size(); ++i) {
            simulators[i]->advanceTo(t);
            std::vector<cop::v1::PictureEvent> events;
            logs[i]->eventsAfter(last[i], 100'000, &events);
            for (cop::v1::PictureEvent &event : events) {
                last[i] = event.sequence();
                recording.events.push_back({i, std::move(event)});
            }
            if (t == endS / 2) {
                uint64_t asOf = 0;
                for (cop::v1::PictureEvent &chunk : logs[i]->snapshot(2, &asOf))
                    recording.snapshots.push_back({i, std::move(chunk)});
            }
        }
    }
    return recording;
}

// fuzz_event_decoder: a few messages of every kind from every service, named from `prefix`.
void writeEvents(const Recording &recording, const QDir &out, const QString &prefix = {})
{
    std::map<std::pair<size_t, int>, std::vector<const cop::v1::PictureEvent *>> byKind;
    for (const Sent &sent : recording.events)
        byKind[{sent.service, sent.event.body_case()}].push_back(&sent.event);
    for (const auto &[key, events] : byKind) {
        constexpr size_t kPerKind = 4;
        for (size_t n = 0; n < std::min(kPerKind, events.size()); ++n) {
            const cop::v1::PictureEvent &event = *events[n * events.size() / kPerKind];
            writeFile(out.filePath(prefix + QStringLiteral("%1-%2-%3").arg(cop::fuzz::kServices[key.first]).arg(key.second).arg(n)),
                      serialized(event));
        }
    }
    for (size_t n = 0; n < recording.snapshots.size(); ++n)
        writeFile(out.filePath(prefix + QStringLiteral("snapshot-%1").arg(n)), serialized(recording.snapshots[n].event));
}

// fuzz_event_decoder: the stream's control messages, which no scenario changes.
void writeControl(const QDir &out)
{
    cop::v1::PictureEvent opened;
    opened.mutable_stream_opened()->set_epoch("seed-US");
    opened.mutable_stream_opened()->set_heartbeat_period_ms(1000);
    writeFile(out.filePath(QStringLiteral("stream-opened")), serialized(opened));
    cop::v1::PictureEvent heartbeat;
    heartbeat.mutable_heartbeat()->set_time_utc_us(kStartUtcUs);
    heartbeat.mutable_heartbeat()->set_period_ms(1000);
    heartbeat.mutable_heartbeat()->set_last_sequence(42);
    writeFile(out.filePath(QStringLiteral("heartbeat")), serialized(heartbeat));
}

using SentIt = std::vector<Sent>::const_iterator;

// The frames of [from, to) that fit in a fuzz_picture_stream input, from the first.
QByteArray stream(SentIt from, SentIt to)
{
    QByteArray bytes;
    size_t frames = 0;
    for (auto it = from; it != to && frames < cop::fuzz::kMaxStreamFrames; ++it, ++frames) {
        const QByteArray event = serialized(it->event);
        if (size_t(bytes.size() + 3 + event.size()) > cop::fuzz::kMaxStreamBytes)
            break;
        // A batch per service ends where the next event is another service's, as each service's
        // half-second of events arrives together.
        const bool endOfBatch = std::next(it) == to || std::next(it)->service != it->service;
        cop::fuzz::appendFrame(&bytes, quint8(it->service | (endOfBatch ? cop::fuzz::kEndOfBatch : 0)), event);
    }
    return bytes;
}

// Where the last frames before `to` that fit in an input begin.
SentIt lastFitting(SentIt from, SentIt to)
{
    size_t bytes = 0;
    size_t frames = 0;
    for (auto it = to; it != from && frames < cop::fuzz::kMaxStreamFrames; ++frames) {
        bytes += 3 + size_t(serialized(std::prev(it)->event).size());
        if (bytes > cop::fuzz::kMaxStreamBytes)
            return it;
        --it;
    }
    return to - std::ptrdiff_t(frames);
}

// fuzz_picture_stream: a space launch's separations and its outcome.
void writeSpaceStreams(const Recording &recording, const QDir &out)
{
    const auto &events = recording.events;
    writeFile(out.filePath(QStringLiteral("space-separations")),
              stream(events.begin() + std::ptrdiff_t(events.size() / 4), events.end()));
    writeFile(out.filePath(QStringLiteral("space-outcome")), stream(lastFitting(events.begin(), events.end()), events.end()));
}

// fuzz_picture_stream: the salvo's boost, midcourse and end, and each service's snapshot on a
// resubscription followed by the events after it.
void writeStreams(const Recording &recording, const QDir &out)
{
    const auto &events = recording.events;
    const auto size = std::ptrdiff_t(events.size());
    writeFile(out.filePath(QStringLiteral("boost")), stream(events.begin(), events.end()));
    writeFile(out.filePath(QStringLiteral("midcourse")), stream(events.begin() + size / 3, events.end()));
    writeFile(out.filePath(QStringLiteral("descent")), stream(events.begin() + 2 * size / 3, events.end()));
    writeFile(out.filePath(QStringLiteral("impact")), stream(lastFitting(events.begin(), events.end()), events.end()));
    for (size_t service = 0; service < cop::fuzz::kServiceCount; ++service) {
        std::vector<Sent> resubscribed;
        std::copy_if(recording.snapshots.begin(), recording.snapshots.end(), std::back_inserter(resubscribed),
                     [service](const Sent &sent) { return sent.service == service; });
        resubscribed.insert(resubscribed.end(), events.begin() + size / 2, events.end());
        writeFile(out.filePath(QStringLiteral("snapshot-%1").arg(cop::fuzz::kServices[service])),
                  stream(resubscribed.begin(), resubscribed.end()));
    }
}

// A finished segment of the given records, as the console's recorder writes it.
QByteArray segment(const std::vector<cop::JournalRecord> &records)
{
    QTemporaryDir dir;
    cop::JournalSettings settings;
    settings.directory = dir.path();
    QString sessionDir;
    {
        cop::JournalWriter writer(settings, QStringLiteral("seed-console"),
                                  {cop::fuzz::kServices.begin(), cop::fuzz::kServices.end()});
        QString error;
        if (!writer.start(&error)) {
            std::fprintf(stderr, "journal: %s\n", qPrintable(error));
            std::exit(1);
        }
        for (const cop::JournalRecord &record : records)
            writer.append(record);
        writer.flush();
        sessionDir = writer.sessionDirectory();
    }
    QFile file(cop::journal::segmentFiles(sessionDir).value(0));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "journal: no segment in %s\n", qPrintable(sessionDir));
        std::exit(1);
    }
    return file.readAll();
}

cop::JournalRecord inbound(const Sent &sent)
{
    cop::JournalRecord record;
    record.kind = cop::JournalRecord::Kind::Inbound;
    record.subkind = quint8(sent.event.body_case());
    record.flags = cop::JournalRecord::kApplied;
    record.timeUtcUs = sent.event.sent_utc_us() + 2'000'000;
    record.sequence = sent.event.sequence();
    record.service = cop::fuzz::kServices[sent.service];
    record.payload = serialized(sent.event);
    return record;
}

// fuzz_journal_reader: segments with every kind of record, and the damage a crash or a disk
// leaves: a torn tail and a flipped bit. Each within the bytes the fuzzer reads.
void writeJournal(const Recording &recording, const QDir &out)
{
    std::vector<cop::JournalRecord> records;
    for (size_t i = 0; i < cop::fuzz::kServices.size(); ++i) {
        cop::FeedStatus status;
        status.service = cop::fuzz::kServices[i];
        status.address = QStringLiteral("127.0.0.1:5005%1").arg(i + 1);
        status.state = cop::FeedState::Live;
        records.push_back({cop::JournalRecord::Kind::FeedStatus, 0, 0, kStartUtcUs, 0, status.service,
                           cop::journal::encodeFeedStatus(status)});
    }
    cop::OperatorAction action;
    action.operatorName = QStringLiteral("Kim");
    action.consoleId = QStringLiteral("seoul-1");
    action.service = QStringLiteral("US");
    action.alertId = QStringLiteral("alert-1");
    action.timeUtcUs = kStartUtcUs + qint64(kEndS * 1e6);
    const cop::JournalRecord acknowledged{cop::JournalRecord::Kind::OperatorAction, 0, 0, action.timeUtcUs, 0, {},
                                          cop::journal::encodeOperatorAction(action)};
    // Two of each kind of event, in the order they came, while they fit.
    constexpr int kPerKind = 2;
    std::map<int, int> taken;
    for (const Sent &sent : recording.events) {
        if (taken[sent.event.body_case()] == kPerKind)
            continue;
        records.push_back(inbound(sent));
        records.push_back(acknowledged);
        const bool fits = size_t(segment(records).size()) <= cop::fuzz::kMaxSegmentBytes;
        records.pop_back();
        if (fits) {
            ++taken[sent.event.body_case()];
        } else {
            records.pop_back();
            taken[sent.event.body_case()] = kPerKind; // the next of its kind would not fit either
        }
    }
    records.push_back(acknowledged);
    const QByteArray live = segment(records);
    writeFile(out.filePath(QStringLiteral("live")), live);
    writeFile(out.filePath(QStringLiteral("torn-tail")), live.left(live.size() - 37));
    QByteArray flipped = live;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x10);
    writeFile(out.filePath(QStringLiteral("bit-flip")), flipped);

    // The picture a third of the way in, from as many events before it as its keyframe holds.
    const auto window = recording.events.begin() + std::ptrdiff_t(recording.events.size() / 3);
    cop::Picture picture;
    picture.setReplayClock(kStartUtcUs);
    QByteArray keyframe;
    for (auto it = window; it != recording.events.end(); ++it) {
        QStringList errors;
        const auto decoded = cop::decodeEvent(it->event, it->event.sent_utc_us(), &errors);
        const auto *sequenced = decoded ? std::get_if<cop::SequencedEvent>(&*decoded) : nullptr;
        if (!sequenced)
            continue;
        cop::ServiceBatch batch;
        batch.service = cop::fuzz::kServices[it->service];
        batch.receivedUtcUs = it->event.sent_utc_us();
        batch.events.push_back(*sequenced);
        picture.applyBatch(batch);
        const QByteArray next = segment({{cop::JournalRecord::Kind::Keyframe, 0, 0, picture.nowUtcUs(), 0, {},
                                          cop::journal::encodePicture(picture.content())}});
        if (size_t(next.size()) > cop::fuzz::kMaxSegmentBytes)
            break;
        keyframe = next;
    }
    writeFile(out.filePath(QStringLiteral("keyframe")), keyframe);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: cop-fuzz-corpus OUTDIR\n");
        return 2;
    }
    const QDir root(QString::fromLocal8Bit(argv[1]));
    const Recording recording = play("srbm-salvo.json", kEndS);
    const Recording space = play("space-launch-orbit.json", kSpaceEndS);
    for (const char *target : {"fuzz_event_decoder", "fuzz_picture_stream", "fuzz_journal_reader"})
        root.mkpath(QString::fromLatin1(target));
    const QDir events(root.filePath(QStringLiteral("fuzz_event_decoder")));
    writeEvents(recording, events);
    writeEvents(space, events, QStringLiteral("space-"));
    writeControl(events);
    const QDir streams(root.filePath(QStringLiteral("fuzz_picture_stream")));
    writeStreams(recording, streams);
    writeSpaceStreams(space, streams);
    writeJournal(recording, QDir(root.filePath(QStringLiteral("fuzz_journal_reader"))));
    return 0;
}
