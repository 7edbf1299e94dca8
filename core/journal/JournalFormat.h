#pragma once

// The on-disk layout of a journal segment. All integers little-endian.
//
//   segment  := header record*
//   header   := "COPJRNL\n" u32 version u32 length u32 crc32c(body) body
//               body is UTF-8 JSON: console, services, session, segment, created_utc_us,
//               tracks_per_service (absent from recordings made before it was kept)
//   record   := u32 marker u32 length u32 crc32c(body) body
//   body     := u8 kind u8 subkind u8 flags u8 0 i64 time_utc_us u64 sequence
//               u16 service_length service(UTF-8) payload
//
// The marker lets a reader find the next record after a damaged one; the CRC tells a whole record
// from a torn or corrupted one.

#include "journal/JournalRecord.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

namespace cop::journal {

inline constexpr quint32 kFormatVersion = 1;
inline constexpr quint32 kRecordMarker = 0x4a504f43; // "COPJ"
inline constexpr qsizetype kRecordHeaderSize = 12;
inline constexpr qsizetype kMinRecordBody = 22;
// Far above any real record (a keyframe of thousands of tracks is a few MiB); a larger length
// can only be damage.
inline constexpr quint32 kMaxRecordBody = 256u << 20;
inline constexpr char kSegmentSuffix[] = ".copj";

struct SegmentHeader
{
    quint32 version = kFormatVersion;
    QString consoleId;
    QStringList services;
    QString session; // the recording run this segment belongs to
    int segment = 0; // its place in the session, from 1
    qint64 createdUtcUs = 0;
    // The live console's cap on each service's tracks (client/TrackLimit): a replay keeps what it
    // kept of a snapshot over the cap. 0: not recorded.
    int tracksPerService = 0;
};

QByteArray encodeHeader(const SegmentHeader &header);
QByteArray encodeRecord(const JournalRecord &record);
void appendRecord(QByteArray &out, const JournalRecord &record);
// appendRecord() up to the payload, the checksum covering the payload too: what is written
// before a large payload that goes to the file from where it is.
void appendRecordHead(QByteArray &out, const JournalRecord &record);

// Decodes one record body (without its 12-byte frame); nothing if it does not hold together.
std::optional<JournalRecord> decodeRecordBody(QByteArrayView body);

// What a reader found in one segment's bytes.
struct SegmentScan
{
    std::optional<SegmentHeader> header;
    QString headerError;            // why the header is missing, when it is
    std::vector<qint64> records;    // offsets of whole, intact records
    qint64 validEnd = 0;            // end of the last intact record
    qint64 tornTailBytes = 0;       // trailing bytes that are no whole record
    struct Damage { qint64 offset; qint64 bytes; };
    std::vector<Damage> skipped;    // damaged stretches between intact records
};

SegmentScan scanSegment(QByteArrayView data);

// The record at `offset` of data that scanSegment accepted.
JournalRecord recordAt(QByteArrayView data, qint64 offset);

} // namespace cop::journal
