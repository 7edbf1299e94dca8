#include "journal/Crc32c.h"

#include <QtEndian>

#include <array>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <nmmintrin.h>
#define COP_CRC32C_SSE42 1
#endif

namespace cop {

namespace {

constexpr quint32 kPolynomial = 0x82F63B78u;

using Tables = std::array<std::array<quint32, 256>, 8>;

// tables[k][b]: the CRC of byte b followed by k zero bytes, so eight input bytes fold into the
// register with eight lookups and no per-bit work.
constexpr Tables makeTables()
{
    Tables tables{};
    for (quint32 b = 0; b < 256; ++b) {
        quint32 crc = b;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ ((crc & 1u) ? kPolynomial : 0u);
        tables[0][b] = crc;
    }
    for (quint32 b = 0; b < 256; ++b) {
        for (size_t k = 1; k < 8; ++k)
            tables[k][b] = (tables[k - 1][b] >> 8) ^ tables[0][tables[k - 1][b] & 0xff];
    }
    return tables;
}

constexpr Tables kTables = makeTables();

#ifdef COP_CRC32C_SSE42
// The instruction computes exactly this CRC (polynomial 0x1EDC6F41, reflected), eight bytes an
// instruction; built for SSE 4.2 alone so the rest of the program runs on any x86-64.
__attribute__((target("sse4.2"))) quint32 crc32cBySse42(QByteArrayView data, quint32 crc)
{
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    qsizetype n = data.size();
    quint64 state = ~crc;
    for (; n >= 8; p += 8, n -= 8)
        state = _mm_crc32_u64(state, qFromUnaligned<quint64>(p));
    auto narrow = quint32(state);
    for (; n > 0; ++p, --n)
        narrow = _mm_crc32_u8(narrow, *p);
    return ~narrow;
}

bool hasSse42()
{
    static const bool has = __builtin_cpu_supports("sse4.2");
    return has;
}
#endif

} // namespace

quint32 crc32c(QByteArrayView data, quint32 crc)
{
#ifdef COP_CRC32C_SSE42
    if (hasSse42())
        return crc32cBySse42(data, crc);
#endif
    return crc32cByTable(data, crc);
}

quint32 crc32cByTable(QByteArrayView data, quint32 crc)
{
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    qsizetype n = data.size();
    crc = ~crc;
    while (n >= 8) {
        const quint32 low = qFromLittleEndian<quint32>(p) ^ crc;
        const quint32 high = qFromLittleEndian<quint32>(p + 4);
        crc = kTables[7][low & 0xff] ^ kTables[6][(low >> 8) & 0xff]
              ^ kTables[5][(low >> 16) & 0xff] ^ kTables[4][low >> 24]
              ^ kTables[3][high & 0xff] ^ kTables[2][(high >> 8) & 0xff]
              ^ kTables[1][(high >> 16) & 0xff] ^ kTables[0][high >> 24];
        p += 8;
        n -= 8;
    }
    while (n-- > 0)
        crc = (crc >> 8) ^ kTables[0][(crc ^ *p++) & 0xff];
    return ~crc;
}

} // namespace cop
