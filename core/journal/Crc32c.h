#pragma once

#include <QByteArrayView>

namespace cop {

// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), as iSCSI, ext4 and LevelDB use it: it
// detects the torn and bit-flipped records a crash or a bad disk leaves in a journal.
// `crc` continues a previous result. With the CPU's CRC32 instruction where it has one (x86-64
// with SSE 4.2): a keyframe of 30,000 tracks with full trails is about 90 MB, which the tables
// take tens of milliseconds to sum on the CPU the picture shares.
quint32 crc32c(QByteArrayView data, quint32 crc = 0);

// The same with tables, eight bytes a step, on any CPU: what crc32c() falls back to.
quint32 crc32cByTable(QByteArrayView data, quint32 crc = 0);

} // namespace cop
