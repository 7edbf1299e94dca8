#pragma once

#include <QByteArray>
#include <QColor>

namespace cop::basemap {

// The watch-floor palette of the baked tiles: a dark sea, land a few steps lighter so symbols in
// saturated reds and yellows stand out on both, and line work dim enough not to compete.
struct BasemapStyle
{
    QColor sea{0x0a, 0x16, 0x22};
    QColor land{0x24, 0x2f, 0x38};
    QColor coastline{0x5a, 0x7a, 0x90};
    QColor border{0x8a, 0x98, 0xa6};
    QColor graticule{0x17, 0x30, 0x45};
    QColor city{0xb8, 0xc4, 0xce};
    QColor cityLabel{0x9d, 0xae, 0xbd};
    QColor seaLabel{0x3d, 0x5f, 0x7a};
    int labelPixelSize = 11;

    // Everything that changes a pixel; part of the tile cache key.
    QByteArray fingerprint() const;
};

} // namespace cop::basemap
