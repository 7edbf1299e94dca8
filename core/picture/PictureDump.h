#pragma once

#include <QByteArray>

namespace cop {

class Picture;

// The whole picture as text, one line per item, sorted by service and id, every number at full
// precision: two pictures are the same exactly when their dumps are. Tests compare these (e.g.
// a replay seek against playing from the start) and a diff of two dumps says what differs.
QByteArray canonicalDump(const Picture &picture);

} // namespace cop
