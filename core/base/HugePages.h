#pragma once

#include <QByteArray>

namespace cop {

// Asks the kernel to back a large buffer that is about to be written through with huge pages
// (Linux's MADV_HUGEPAGE, which transparent huge pages set to "madvise" wait for; nothing
// elsewhere): its first write then faults once per 2 MB instead of once per 4 KB page. A
// journal keyframe of 30,000 tracks with full trails is a fresh 90 MB buffer every 30 s; under
// a virtual machine's costly faults, writing it page by page took 250 ms of the writer's CPU.
void adviseHugePages(QByteArray &buffer);

} // namespace cop
