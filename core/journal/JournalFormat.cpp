#include "journal/JournalFormat.h"

#include "journal/Crc32c.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <cstring>

namespace cop::journal {

using namespace Qt::StringLiterals;

namespace {

constexpr char kMagic[8] = {'C', 'O', 'P', 'J', 'R', 'N', 'L', '\n'};
constexpr qsizetype kHeaderPrefix = 20; // magic, version, length, crc
constexpr quint32 kMaxHeaderBody = 1u << 20;

template<typename T>
void put(QByteArray &out, T value)
{
    const T le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

template<typename T>
T get(const char *p)
{
    return qFromLittleEndian<T>(p);
}

bool validKind(quint8 kind)
{
    return kind >= quint8(JournalRecord::Kind::Inbound) && kind <= quint8(JournalRecord::Kind::ConsoleAlert);
}

bool intactRecordAt(QByteArrayView data, qint64 offset, qint64 *end)
{
    if (data.size() - offset < kRecordHeaderSize)
        return false;
    const char *p = data.data() + offset;
    if (get<quint32>(p) != kRecordMarker)
        return false;
    const quint32 length = get<quint32>(p + 4);
    if (length < kMinRecordBody || length > kMaxRecordBody
        || qint64(length) > data.size() - offset - kRecordHeaderSize)
        return false;
    const QByteArrayView body(p + kRecordHeaderSize, length);
    if (crc32c(body) != get<quint32>(p + 8) || !decodeRecordBody(body))
        return false;
    *end = offset + kRecordHeaderSize + length;
    return true;
}

std::optional<SegmentHeader> decodeHeader(QByteArrayView data, qint64 *end, QString *error)
{
    if (data.size() < kHeaderPrefix || std::memcmp(data.data(), kMagic, sizeof kMagic) != 0) {
        *error = u"not a COP journal segment (no header)"_s;
        return std::nullopt;
    }
    SegmentHeader header;
    header.version = get<quint32>(data.data() + 8);
    if (header.version == 0 || header.version > kFormatVersion) {
        *error = u"journal format version %1; this console reads up to %2"_s.arg(header.version)
                     .arg(kFormatVersion);
        return std::nullopt;
    }
    const quint32 length = get<quint32>(data.data() + 12);
    if (length > kMaxHeaderBody || qint64(length) > data.size() - kHeaderPrefix) {
        *error = u"segment header truncated"_s;
        return std::nullopt;
    }
    const QByteArrayView body = data.sliced(kHeaderPrefix, length);
    if (crc32c(body) != get<quint32>(data.data() + 16)) {
        *error = u"segment header damaged (checksum mismatch)"_s;
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(body.toByteArray()).object();
    header.consoleId = json["console"_L1].toString();
    for (const QJsonValue &service : json["services"_L1].toArray())
        header.services.append(service.toString());
    header.session = json["session"_L1].toString();
    header.segment = json["segment"_L1].toInt();
    header.createdUtcUs = qint64(json["created_utc_us"_L1].toDouble());
    if (header.session.isEmpty() || header.segment < 1) {
        *error = u"segment header incomplete"_s;
        return std::nullopt;
    }
    const QJsonValue cap = json["tracks_per_service"_L1];
    if (!cap.isUndefined()) {
        header.tracksPerService = cap.toInt(0);
        if (header.tracksPerService <= 0) {
            *error = u"segment header: tracks_per_service is not a positive whole number"_s;
            return std::nullopt;
        }
    }
    *end = kHeaderPrefix + length;
    return header;
}

} // namespace

QByteArray encodeHeader(const SegmentHeader &header)
{
    QJsonObject json{
        {u"console"_s, header.consoleId},
        {u"services"_s, QJsonArray::fromStringList(header.services)},
        {u"session"_s, header.session},
        {u"segment"_s, header.segment},
        {u"created_utc_us"_s, double(header.createdUtcUs)},
    };
    if (header.tracksPerService > 0)
        json.insert(u"tracks_per_service"_s, header.tracksPerService);
    const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QByteArray out(kMagic, sizeof kMagic);
    put<quint32>(out, header.version);
    put<quint32>(out, quint32(body.size()));
    put<quint32>(out, crc32c(body));
    out.append(body);
    return out;
}

void appendRecordHead(QByteArray &out, const JournalRecord &record)
{
    const QByteArray service = record.service.toUtf8();
    const qsizetype start = out.size();
    put<quint32>(out, kRecordMarker);
    put<quint32>(out, quint32(kMinRecordBody + service.size() + record.payload.size()));
    put<quint32>(out, 0); // the CRC, once the body is in place
    out.append(char(record.kind));
    out.append(char(record.subkind));
    out.append(char(record.flags));
    out.append('\0');
    put<qint64>(out, record.timeUtcUs);
    put<quint64>(out, record.sequence);
    put<quint16>(out, quint16(service.size()));
    out.append(service);
    const QByteArrayView head(out.constData() + start + kRecordHeaderSize,
                              out.size() - start - kRecordHeaderSize);
    qToLittleEndian(crc32c(record.payload, crc32c(head)), out.data() + start + 8);
}

void appendRecord(QByteArray &out, const JournalRecord &record)
{
    appendRecordHead(out, record);
    out.append(record.payload);
}

QByteArray encodeRecord(const JournalRecord &record)
{
    QByteArray out;
    out.reserve(kRecordHeaderSize + kMinRecordBody + record.service.size() + record.payload.size());
    appendRecord(out, record);
    return out;
}

std::optional<JournalRecord> decodeRecordBody(QByteArrayView body)
{
    if (body.size() < kMinRecordBody || !validKind(quint8(body[0])))
        return std::nullopt;
    const char *p = body.data();
    const quint16 serviceLength = get<quint16>(p + 20);
    if (kMinRecordBody + serviceLength > body.size())
        return std::nullopt;
    JournalRecord record;
    record.kind = JournalRecord::Kind(quint8(p[0]));
    record.subkind = quint8(p[1]);
    record.flags = quint8(p[2]);
    record.timeUtcUs = get<qint64>(p + 4);
    record.sequence = get<quint64>(p + 12);
    record.service = QString::fromUtf8(p + kMinRecordBody, serviceLength);
    const qsizetype payloadStart = kMinRecordBody + serviceLength;
    record.payload = QByteArray(p + payloadStart, body.size() - payloadStart);
    return record;
}

SegmentScan scanSegment(QByteArrayView data)
{
    SegmentScan scan;
    qint64 pos = 0;
    scan.header = decodeHeader(data, &pos, &scan.headerError);
    if (!scan.header)
        return scan;
    scan.validEnd = pos;
    const char marker[4] = {'C', 'O', 'P', 'J'};
    while (pos < data.size()) {
        qint64 end = 0;
        if (intactRecordAt(data, pos, &end)) {
            scan.records.push_back(pos);
            scan.validEnd = pos = end;
            continue;
        }
        // Resynchronise on the next marker that starts an intact record; if none does, the rest
        // is a tail the writer never finished.
        qint64 next = pos;
        bool found = false;
        while ((next = data.indexOf(QByteArrayView(marker, 4), next + 1)) >= 0) {
            if (intactRecordAt(data, next, &end)) {
                found = true;
                break;
            }
        }
        if (!found) {
            scan.tornTailBytes = data.size() - pos;
            break;
        }
        scan.skipped.push_back({pos, next - pos});
        pos = next;
    }
    return scan;
}

JournalRecord recordAt(QByteArrayView data, qint64 offset)
{
    const quint32 length = get<quint32>(data.data() + offset + 4);
    return *decodeRecordBody(data.sliced(offset + kRecordHeaderSize, length));
}

} // namespace cop::journal
