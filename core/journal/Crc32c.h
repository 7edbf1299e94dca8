#pragma once

#include <QByteArrayView>

namespace cop {

// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), as iSCSI, ext4 and LevelDB use it: it
// detects the torn and bit-flipped records a crash or a bad disk leaves in a journal.
// Table-driven, eight bytes per step. `crc` continues a previous result.
quint32 crc32c(QByteArrayView data, quint32 crc = 0);

} // namespace cop
