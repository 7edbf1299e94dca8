// A journal segment is untrusted input: a crash cuts it anywhere, a disk flips bits, and an
// operator can open any file as a recording. The reader must list the damage and go on, and
// each record it hands out must decode or be refused, as a replay and its debrief do.

#include "FuzzSupport.h"
#include "journal/JournalReader.h"
#include "journal/PayloadCodec.h"
#include "RecordingSurvey.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    cop::fuzz::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Refused, not cut, so that no such input enters the corpus. libFuzzer makes none longer
    // than the longest seed unless told to (-max_len).
    if (size > cop::fuzz::kMaxSegmentBytes)
        return -1;
    // The reader maps files, so the input must be one, named as a session folder holds it.
    static const QTemporaryDir session;
    const QString path = session.filePath(QStringLiteral("segment-000001.copj"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            std::abort();
    }
    cop::JournalReader reader;
    QString error;
    if (!reader.open(path, &error))
        return 0;
    for (qsizetype i = 0; i < reader.size(); ++i) {
        const cop::JournalRecord record = reader.record(i);
        // Inbound records are decoded by the survey, as a replay decodes them.
        switch (record.kind) {
        case cop::JournalRecord::Kind::Inbound:
            break;
        case cop::JournalRecord::Kind::FeedStatus:
            cop::journal::decodeFeedStatus(record.payload);
            break;
        case cop::JournalRecord::Kind::OperatorAction:
            cop::journal::decodeOperatorAction(record.payload);
            break;
        case cop::JournalRecord::Kind::Keyframe:
            cop::journal::decodePicture(record.payload);
            break;
        case cop::JournalRecord::Kind::ConsoleAlert:
            cop::journal::decodeConsoleAlert(record.payload);
            break;
        }
    }
    cop::RecordingSurvey::of(reader);
    return 0;
}
