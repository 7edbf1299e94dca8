#include "journal/JournalRecovery.h"

#include "journal/JournalFormat.h"

#include <QFile>
#include <QLoggingCategory>

namespace cop::journal {

Q_LOGGING_CATEGORY(lcJournal, "cop.journal")

namespace {

// A header is one small write: a segment shorter than this with no valid header can only be one
// whose creation the crash interrupted.
constexpr qint64 kLargestTornHeader = 4096;

} // namespace

RecoveryReport recoverSegment(const QString &path)
{
    RecoveryReport report;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        qCWarning(lcJournal).noquote() << "cannot open" << path << "for recovery:" << file.errorString();
        return report;
    }
    const qint64 size = file.size();
    uchar *data = size > 0 ? file.map(0, size) : nullptr;
    if (size > 0 && !data) {
        qCWarning(lcJournal).noquote() << "cannot map" << path << ":" << file.errorString();
        return report;
    }
    const SegmentScan scan = scanSegment(QByteArrayView(reinterpret_cast<const char *>(data), size));
    if (data)
        file.unmap(data);
    if (!scan.header) {
        if (size < kLargestTornHeader) {
            qCWarning(lcJournal).noquote() << "removing" << path << "(" << scan.headerError << ")";
            file.close();
            report.removed = QFile::remove(path);
        }
        return report;
    }
    report.damagedStretches = int(scan.skipped.size());
    for (const SegmentScan::Damage &damage : scan.skipped)
        qCWarning(lcJournal).noquote() << path << ": damaged record skipped at offset"
                                       << damage.offset << "(" << damage.bytes << "bytes)";
    if (scan.tornTailBytes > 0) {
        qCWarning(lcJournal).noquote() << path << ": torn tail of" << scan.tornTailBytes
                                       << "bytes after the last whole record at" << scan.validEnd
                                       << "truncated";
        if (file.resize(scan.validEnd))
            report.truncatedBytes = scan.tornTailBytes;
    }
    return report;
}

} // namespace cop::journal
