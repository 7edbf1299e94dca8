#pragma once

#include <QByteArray>
#include <QString>
#include <QtEndian>

#include <cstring>
#include <type_traits>

namespace cop::journal {

// Little-endian fields into a byte array: what the journal's own payloads (keyframes, feed
// states, operator actions) are made of.
class ByteWriter
{
public:
    explicit ByteWriter(QByteArray *out) : m_out(out) {}

    template<typename T>
    void put(T value)
    {
        if constexpr (std::is_enum_v<T>) {
            put(std::underlying_type_t<T>(value));
        } else if constexpr (std::is_floating_point_v<T>) {
            using Bits = std::conditional_t<sizeof(T) == 8, quint64, quint32>;
            Bits bits;
            std::memcpy(&bits, &value, sizeof bits);
            put(bits);
        } else {
            const T le = qToLittleEndian(value);
            m_out->append(reinterpret_cast<const char *>(&le), sizeof le);
        }
    }
    void put(bool value) { put(quint8(value)); }
    // Bytes as they are: what the caller has checked is already the little-endian encoding.
    void putBytes(QByteArrayView bytes) { m_out->append(bytes); }
    void put(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        put(quint32(utf8.size()));
        m_out->append(utf8);
    }

private:
    QByteArray *m_out;
};

// Reads what ByteWriter wrote, trusting nothing: every read checks the bytes left, and a failed
// read leaves the reader failed (all further reads yield zero), so decoders check ok() once at
// the end instead of after every field.
class ByteReader
{
public:
    explicit ByteReader(QByteArrayView data) : m_data(data) {}

    // The format version the payload declares: fields added later are read only from payloads
    // that have them.
    quint8 version() const { return m_version; }
    void setVersion(quint8 version) { m_version = version; }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_data.size(); }
    qsizetype remaining() const { return m_data.size() - m_pos; }
    void fail() { m_ok = false; }

    template<typename T>
    T get()
    {
        if constexpr (std::is_enum_v<T>) {
            return T(get<std::underlying_type_t<T>>());
        } else if constexpr (std::is_same_v<T, bool>) {
            return get<quint8>() != 0;
        } else if constexpr (std::is_floating_point_v<T>) {
            using Bits = std::conditional_t<sizeof(T) == 8, quint64, quint32>;
            const Bits bits = get<Bits>();
            T value;
            std::memcpy(&value, &bits, sizeof value);
            return value;
        } else {
            if (!take(sizeof(T)))
                return T{};
            return qFromLittleEndian<T>(m_data.data() + m_pos - sizeof(T));
        }
    }

    QString getString()
    {
        const quint32 length = get<quint32>();
        if (!take(length))
            return {};
        return QString::fromUtf8(m_data.data() + m_pos - length, length);
    }

    // A container's element count, refused when even the smallest elements could not fit in
    // what is left: damaged counts must not turn into huge allocations.
    quint32 getCount(qsizetype minElementBytes)
    {
        const quint32 count = get<quint32>();
        if (m_ok && qsizetype(count) * minElementBytes > remaining())
            m_ok = false;
        return m_ok ? count : 0;
    }

private:
    bool take(qsizetype bytes)
    {
        if (!m_ok || bytes > remaining()) {
            m_ok = false;
            return false;
        }
        m_pos += bytes;
        return true;
    }

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
    quint8 m_version = 0;
};

} // namespace cop::journal
