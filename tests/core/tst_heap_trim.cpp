// What a thread frees comes back to the system (HeapTrim): 200 MB allocated in small blocks on a
// thread of its own and freed, but for one block at the top of its arena that keeps glibc from
// giving any of it back by itself, leave the process's resident memory once a trim has run.
#include "base/HeapTrim.h"

#include <QFile>
#include <QTest>

#include <thread>
#include <vector>

using namespace cop;

namespace {

qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

} // namespace

class TestHeapTrim : public QObject
{
    Q_OBJECT

private slots:
    void whatAThreadFreedLeavesTheProcess()
    {
#if !defined(__GLIBC__) || defined(__SANITIZE_ADDRESS__)
        QSKIP("only glibc's allocator holds freed memory this way");
#endif
        constexpr size_t kBlocks = 200'000, kBlockBytes = 1'000;
        const qint64 before = residentBytes();
        std::vector<char *> blocks;
        std::thread([&] {
            blocks.reserve(kBlocks);
            for (size_t i = 0; i < kBlocks; ++i) {
                blocks.push_back(static_cast<char *>(std::malloc(kBlockBytes)));
                std::memset(blocks.back(), 1, kBlockBytes);
            }
            for (size_t i = 0; i + 1 < kBlocks; ++i)
                std::free(blocks[i]);
        }).join();
        const qint64 held = residentBytes();
        QVERIFY2(held - before > 150'000'000, qPrintable(QString::number(held - before)));

        HeapTrim trim(100);
        QTRY_VERIFY2(held - residentBytes() > 150'000'000, qPrintable(QString::number(held - residentBytes())));
        std::free(blocks.back());
    }
};

QTEST_GUILESS_MAIN(TestHeapTrim)
#include "tst_heap_trim.moc"
