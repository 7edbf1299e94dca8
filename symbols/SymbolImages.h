#pragma once

#include <QImage>
#include <QRectF>
#include <QString>

// The MIL-STD-2525D symbols the console draws, as images: each code's SVG (resources/symbols,
// drawn by milsymbol at build time: tests/interop/make-symbols.mjs) rendered with Qt SVG once
// per look and pixel ratio, then only copied. The point a symbol stands for is the middle of its
// image. Safe from any thread: the overlay paints them on its builder's.
namespace cop::symbolImages {

enum class Look : quint8 {
    Current,
    // A track no service has reported for a while: grey, as the rest of it, with no threat colour.
    Stale,
};

// Device-independent size (its devicePixelRatio set), or a null image for a code the console has
// no symbol for.
QImage image(const QString &sidc, qreal devicePixelRatio, Look look = Look::Current);
// What the symbol covers around its point, in device-independent pixels: the image less its
// transparent margin. Empty for an unknown code.
QRectF extent(const QString &sidc);

} // namespace cop::symbolImages
