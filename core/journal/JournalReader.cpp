#include "journal/JournalReader.h"

#include "journal/JournalLayout.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>

namespace cop {

JournalReader::JournalReader() = default;
JournalReader::~JournalReader() = default;

bool JournalReader::open(const QString &path, QString *error)
{
    m_sessionDir = journal::resolveSession(path, error);
    if (m_sessionDir.isEmpty())
        return false;
    const QStringList files = journal::segmentFiles(m_sessionDir);
    for (const QString &file : files)
        addSegment(file);
    if (m_segments.empty()) {
        *error = files.isEmpty() ? tr("no journal segments in %1").arg(m_sessionDir)
                                 : tr("%1: no readable journal segment (%2)")
                                       .arg(m_sessionDir, m_problems.join(u"; "));
        return false;
    }
    if (m_count > 0) {
        m_startUtcUs = head(0).timeUtcUs;
        m_endUtcUs = m_startUtcUs;
        for (qsizetype i = 0; i < m_count; ++i)
            m_endUtcUs = std::max(m_endUtcUs, head(i).timeUtcUs);
    }
    return true;
}

void JournalReader::addSegment(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        m_problems.append(tr("%1: %2").arg(name, file->errorString()));
        return;
    }
    const qint64 size = file->size();
    const uchar *bytes = size > 0 ? file->map(0, size) : nullptr;
    if (size > 0 && !bytes) {
        m_problems.append(tr("%1: cannot map: %2").arg(name, file->errorString()));
        return;
    }
    const QByteArrayView data(reinterpret_cast<const char *>(bytes), size);
    journal::SegmentScan scan = journal::scanSegment(data);
    if (!scan.header) {
        m_problems.append(tr("%1: %2").arg(name, scan.headerError));
        return;
    }
    if (!m_segments.empty() && scan.header->session != m_header.session) {
        m_problems.append(tr("%1: belongs to session %2, not %3")
                              .arg(name, scan.header->session, m_header.session));
        return;
    }
    for (const journal::SegmentScan::Damage &damage : scan.skipped) {
        m_problems.append(tr("%1: damaged record skipped at offset %2 (%3 bytes)")
                              .arg(name).arg(damage.offset).arg(damage.bytes));
    }
    if (scan.tornTailBytes > 0) {
        m_problems.append(tr("%1: torn tail of %2 bytes after offset %3 ignored")
                              .arg(name).arg(scan.tornTailBytes).arg(scan.validEnd));
    }
    if (m_segments.empty())
        m_header = *scan.header;
    Segment segment{std::move(file), data, std::move(scan.records), m_count};
    m_count += qsizetype(segment.offsets.size());
    m_segments.push_back(std::move(segment));
}

const JournalReader::Segment &JournalReader::segmentOf(qsizetype index) const
{
    auto it = std::upper_bound(m_segments.begin(), m_segments.end(), index,
                               [](qsizetype i, const Segment &s) { return i < s.first; });
    return *(it - 1);
}

JournalReader::Head JournalReader::head(qsizetype index) const
{
    const Segment &segment = segmentOf(index);
    const char *body = segment.data.data() + segment.offsets[size_t(index - segment.first)]
                       + journal::kRecordHeaderSize;
    return {JournalRecord::Kind(quint8(body[0])), quint8(body[1]), quint8(body[2]),
            qFromLittleEndian<qint64>(body + 4)};
}

JournalRecord JournalReader::record(qsizetype index) const
{
    const Segment &segment = segmentOf(index);
    return journal::recordAt(segment.data, segment.offsets[size_t(index - segment.first)]);
}

} // namespace cop
