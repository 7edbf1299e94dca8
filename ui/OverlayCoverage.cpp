#include "OverlayCoverage.h"

#include <algorithm>
#include <cstring>

namespace cop::overlayCoverage {

namespace {

// Premultiplied, a pixel is transparent only where all of its bytes are 0.
bool anyPainted(const uchar *from, int pixels)
{
    quint64 any = 0;
    const int words = pixels / 2;
    for (int i = 0; i < words; ++i) {
        quint64 two;
        std::memcpy(&two, from + i * 8, 8);
        any |= two;
    }
    if (pixels % 2) {
        quint32 last;
        std::memcpy(&last, from + words * 8, 4);
        any |= last;
    }
    return any != 0;
}

} // namespace

std::vector<QRect> occupied(const uchar *pixels, QSize size, qsizetype bytesPerLine, int firstRow, int rows)
{
    std::vector<QRect> runs;
    const int columns = (size.width() + kBlock - 1) / kBlock;
    std::vector<char> painted(static_cast<size_t>(columns));
    for (int top = firstRow; top < firstRow + rows; top += kBlock) {
        const int height = std::min(kBlock, firstRow + rows - top);
        std::fill(painted.begin(), painted.end(), 0);
        int left = columns;
        for (int y = top; y < top + height && left > 0; ++y) {
            const uchar *row = pixels + y * bytesPerLine;
            for (int c = 0; c < columns; ++c) {
                if (painted[size_t(c)])
                    continue;
                const int x = c * kBlock;
                if (anyPainted(row + x * 4, std::min(kBlock, size.width() - x))) {
                    painted[size_t(c)] = 1;
                    --left;
                }
            }
        }
        for (int c = 0; c < columns;) {
            if (!painted[size_t(c)]) {
                ++c;
                continue;
            }
            const int first = c;
            while (c < columns && painted[size_t(c)])
                ++c;
            const int x = first * kBlock;
            runs.emplace_back(x, top, std::min(c * kBlock, size.width()) - x, height);
        }
    }
    return runs;
}

} // namespace cop::overlayCoverage
