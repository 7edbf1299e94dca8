// Thousands of damaged journals: truncated anywhere, bytes flipped, stretches overwritten or
// repeated, and records whose checksums were fixed up after their payload was scrambled (damage
// a CRC cannot see). Each must open with a clear error or play to its end; nothing may crash.
#include "journal/JournalLayout.h"
#include "ReplayEngine.h"
#include "SyntheticSession.h"

#include "journal/Crc32c.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace cop;

namespace {

// Opens and plays the damaged copy; returns "error: ..." or "ok".
QString playDamaged(const QString &segment)
{
    Picture picture;
    ReplayEngine engine(&picture);
    QString error;
    if (!engine.open(segment, &error))
        return QStringLiteral("error: ") + error;
    engine.seek(engine.endUtcUs());
    engine.seek((engine.startUtcUs() + engine.endUtcUs()) / 2);
    return QStringLiteral("ok");
}

} // namespace

class TestJournalDamage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_original;
    std::vector<qint64> m_records; // offsets

    void writeCopy(const QByteArray &bytes, const QString &path)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

private slots:
    void initTestCase()
    {
        JournalSettings settings;
        settings.directory = m_dir.filePath(QStringLiteral("source"));
        {
            JournalWriter writer(settings, QStringLiteral("c"), {QStringLiteral("US")});
            QString error;
            QVERIFY(writer.start(&error));
            Picture picture;
            testing::SyntheticSession session;
            session.tracks = 20;
            session.seconds = 8;
            session.keyframeSeconds = 2;
            session.alertSeconds = 4;
            session.write(writer, picture);
            JournalRecord feed;
            feed.kind = JournalRecord::Kind::FeedStatus;
            feed.timeUtcUs = testing::kBaseTimeUtcUs + 1;
            feed.payload = journal::encodeFeedStatus(FeedStatus{QStringLiteral("US")});
            writer.append(feed);
            writer.flush();
        }
        const QString segment = journal::segmentFiles(journal::sessionDirectories(settings.directory).first()).first();
        QFile file(segment);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_original = file.readAll();
        m_records = journal::scanSegment(m_original).records;
        QVERIFY(m_records.size() > 100);
        QCOMPARE(playDamaged(segment), QStringLiteral("ok"));
    }

    void everyTruncationOpensToItsLastWholeRecordOrFailsClearly()
    {
        const QString path = m_dir.filePath(QStringLiteral("truncated/segment-000001.copj"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QRandomGenerator random(1);
        int opened = 0;
        for (int i = 0; i < 1500; ++i) {
            const qsizetype length = i < 64 ? i : qsizetype(random.bounded(int(m_original.size())));
            writeCopy(m_original.first(length), path);
            const QString result = playDamaged(path);
            if (result == QLatin1String("ok")) {
                ++opened;
                // Exactly the whole records before the cut survive.
                const auto whole = std::count_if(m_records.begin(), m_records.end(), [&](qint64 offset) {
                    return offset + journal::kRecordHeaderSize
                               + qFromLittleEndian<quint32>(m_original.constData() + offset + 4) <= length;
                });
                JournalReader reader;
                QString error;
                QVERIFY(reader.open(path, &error));
                QCOMPARE(reader.size(), qsizetype(whole));
            } else {
                QVERIFY2(result.contains(QLatin1String("header")) || result.contains(QLatin1String("no readable")),
                         qPrintable(result));
            }
        }
        QVERIFY(opened > 1000);
    }

    void mutatedJournalsNeverCrashAndSayWhatWasSkipped()
    {
        const QString path = m_dir.filePath(QStringLiteral("mutated/segment-000001.copj"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QRandomGenerator random(2);
        int reported = 0;
        for (int i = 0; i < 1500; ++i) {
            QByteArray bytes = m_original;
            const int kind = i % 4;
            const auto at = [&] { return qsizetype(random.bounded(int(bytes.size()))); };
            if (kind == 0) { // flipped bits
                for (int n = 1 + random.bounded(8); n > 0; --n)
                    bytes[at()] = char(bytes[at()] ^ (1 << random.bounded(8)));
            } else if (kind == 1) { // a stretch overwritten with noise
                const qsizetype from = at();
                for (qsizetype j = from; j < std::min(bytes.size(), from + 1 + random.bounded(500)); ++j)
                    bytes[j] = char(random.bounded(256));
            } else if (kind == 2) { // a stretch repeated, as a confused writer might
                const qsizetype from = at();
                bytes.insert(at(), bytes.mid(from, random.bounded(400)));
            } else { // a payload scrambled and its CRC fixed up: only the decoders can tell
                const qint64 offset = m_records[size_t(random.bounded(int(m_records.size())))];
                const quint32 length = qFromLittleEndian<quint32>(bytes.constData() + offset + 4);
                char *body = bytes.data() + offset + journal::kRecordHeaderSize;
                for (int n = 1 + random.bounded(6); n > 0; --n)
                    body[journal::kMinRecordBody + 2 + random.bounded(int(length - journal::kMinRecordBody - 2))] =
                        char(random.bounded(256));
                qToLittleEndian(crc32c(QByteArrayView(body, length)), bytes.data() + offset + 8);
            }
            writeCopy(bytes, path);
            const QString result = playDamaged(path);
            JournalReader reader;
            QString error;
            if (reader.open(path, &error))
                reported += reader.problems().isEmpty() ? 0 : 1;
            else
                QVERIFY2(!error.isEmpty(), "an unopenable journal must say why");
            QVERIFY(!result.isEmpty());
        }
        QVERIFY(reported > 500);
    }
};

QTEST_GUILESS_MAIN(TestJournalDamage)
#include "tst_journal_damage.moc"
