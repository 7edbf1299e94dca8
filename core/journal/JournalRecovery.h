#pragma once

#include <QString>

namespace cop::journal {

struct RecoveryReport
{
    qint64 truncatedBytes = 0; // a torn tail cut off
    int damagedStretches = 0;  // left in place; readers skip them
    bool removed = false;      // a segment with no whole header (the crash came while creating it)
};

// Makes a segment that a crash may have left half-written whole again: cuts a torn tail back to
// the last whole record and says so (qWarning). Damage between whole records is reported, not
// touched: readers skip it.
RecoveryReport recoverSegment(const QString &path);

} // namespace cop::journal
