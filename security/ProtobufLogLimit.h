#pragma once

namespace cop {

// Protobuf logs a line for each message it refuses to parse (a string field that is not UTF-8,
// say), and the bytes come from another nation's system: a peer could fill the log and the disk
// with them. After this call, the first kBurst lines of each minute reach stderr as protobuf
// wrote them and the rest are counted, the count logged when the minute is over. Fatal messages
// always pass. Call once, early in main(): protobuf's handler is process-wide and not
// thread-safe to set.
void limitProtobufLog();

namespace protobufLog {
inline constexpr int kBurst = 5;
inline constexpr int kWindowS = 60;
} // namespace protobufLog

} // namespace cop
