#pragma once

// The input format of fuzz_picture_stream, shared with the corpus maker: a sequence of frames,
// each [head][length, 2 bytes little-endian][serialized PictureEvent]. The head's low bits pick
// the service (modulo kServices), its high bit ends that service's batch after the frame.
// At most kMaxStreamFrames frames in kMaxStreamBytes: a fusion pass per batch makes a stream's cost
// grow with its length, and these bounds keep one input well under a millisecond while still
// holding a few snapshot chunks or predictions among the track updates.

#include <QByteArray>
#include <QString>

#include <array>

namespace cop::fuzz {

constexpr size_t kServiceCount = 3;
inline const std::array<QString, kServiceCount> kServices = {QStringLiteral("US"), QStringLiteral("JP"),
                                                  QStringLiteral("KR")};
constexpr quint8 kEndOfBatch = 0x80;
constexpr size_t kMaxStreamFrames = 64;
constexpr size_t kMaxStreamBytes = 8192;

inline void appendFrame(QByteArray *stream, quint8 head, const QByteArray &event)
{
    stream->append(char(head));
    stream->append(char(event.size() & 0xff));
    stream->append(char((event.size() >> 8) & 0xff));
    stream->append(event.left(0xffff));
}

} // namespace cop::fuzz
