#pragma once

#include <QRect>
#include <QSize>
#include <QtGlobal>

#include <vector>

namespace cop {

// Where a raster of the overlay holds anything: runs of blocks along each row of blocks that
// hold a pixel that is not fully transparent, in the raster's pixels. The overlay is drawn as
// quads over these alone. llvmpipe (and any GPU) blends every pixel a quad covers, transparent
// or not, and an overlay is mostly empty: a few missiles, or tracks crowding one part of the
// region.
namespace overlayCoverage {

constexpr int kBlock = 64;

// Of the rows [firstRow, firstRow + rows) of premultiplied 32-bit pixels, `size` the whole
// raster's: rows of blocks start at firstRow, so that bands painted apart are scanned apart.
std::vector<QRect> occupied(const uchar *pixels, QSize size, qsizetype bytesPerLine, int firstRow, int rows);

} // namespace overlayCoverage

} // namespace cop
