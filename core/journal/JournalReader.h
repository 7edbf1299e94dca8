#pragma once

#include "journal/JournalFormat.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <memory>
#include <vector>

namespace cop {

// Reads one recording session: every segment memory-mapped, checked record by record when
// opened, then read in journal order by index. Damage never stops it: a segment without a valid
// header, damaged records and a torn tail are left out and listed in problems().
class JournalReader
{
    Q_DECLARE_TR_FUNCTIONS(JournalReader)

public:
    // The fixed part of a record, read without decoding its service or payload.
    struct Head
    {
        JournalRecord::Kind kind;
        quint8 subkind;
        quint8 flags;
        qint64 timeUtcUs;
    };

    JournalReader();
    ~JournalReader();
    JournalReader(const JournalReader &) = delete;
    JournalReader &operator=(const JournalReader &) = delete;

    // A segment file, a session folder or a journal root (see journal::resolveSession). Fails
    // only when there is no readable segment at all; then `error` says why.
    bool open(const QString &path, QString *error);

    QString sessionDirectory() const { return m_sessionDir; }
    const journal::SegmentHeader &header() const { return m_header; }
    const QStringList &problems() const { return m_problems; }

    qsizetype size() const { return m_count; }
    Head head(qsizetype index) const;
    JournalRecord record(qsizetype index) const;

    qint64 startUtcUs() const { return m_startUtcUs; }
    qint64 endUtcUs() const { return m_endUtcUs; }

private:
    struct Segment
    {
        std::unique_ptr<QFile> file;
        QByteArrayView data;
        std::vector<qint64> offsets;
        qsizetype first = 0; // global index of its first record
    };

    const Segment &segmentOf(qsizetype index) const;
    void addSegment(const QString &path);

    QString m_sessionDir;
    journal::SegmentHeader m_header;
    QStringList m_problems;
    std::vector<Segment> m_segments;
    qsizetype m_count = 0;
    qint64 m_startUtcUs = 0;
    qint64 m_endUtcUs = 0;
};

} // namespace cop
