// A peer that sends message after message protobuf refuses (here: a string field that is not
// UTF-8) gets a few log lines a minute, not one each.
#include "ProtobufLogLimit.h"
#include "cop/v1/picture.pb.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

class ProtobufLogLimitTest : public QObject
{
    Q_OBJECT

private slots:
    void refusedMessagesLogAFewLines()
    {
        cop::v1::PictureEvent event;
        event.mutable_track_update()->set_track_id(std::string("T\xff\xfe", 3));
        std::string bytes;
        QVERIFY(event.SerializeToString(&bytes) || !bytes.empty());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stderr.txt"));
        const int file = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        QVERIFY(file >= 0);
        std::fflush(stderr);
        const int saved = ::dup(STDERR_FILENO);
        ::dup2(file, STDERR_FILENO);
        ::close(file);

        cop::limitProtobufLog();
        int refused = 0;
        for (int i = 0; i < 1'000; ++i) {
            cop::v1::PictureEvent parsed;
            refused += parsed.ParseFromString(bytes) ? 0 : 1;
        }
        std::fflush(stderr);
        ::dup2(saved, STDERR_FILENO);
        ::close(saved);

        QCOMPARE(refused, 1'000);
        QFile log(path);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), cop::protobufLog::kBurst);
        QVERIFY2(lines.first().contains("cop.v1.TrackUpdate.track_id"), lines.first().constData());
        QVERIFY2(lines.first().contains("UTF-8"), lines.first().constData());
    }
};

QTEST_APPLESS_MAIN(ProtobufLogLimitTest)
#include "tst_protobuf_log_limit.moc"
