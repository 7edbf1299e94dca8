#pragma once

#include "BasemapStyle.h"
#include "TileGeometry.h"

#include <QImage>

namespace cop::basemap {

struct TileId
{
    int z = 0;
    int x = 0;
    int y = 0;

    friend bool operator==(const TileId &, const TileId &) = default;
};

// Draws one 256 px XYZ tile: land, sea, coasts, borders, graticule; no names (the map overlay
// writes them in the operator's language). Everything is placed from world coordinates only,
// so the same input gives the same pixels.
class TileRenderer
{
public:
    explicit TileRenderer(const BasemapStyle &style);

    // The area a tile needs of the geometry (normalised Mercator): the tile plus a margin, so
    // clipped edges fall outside it.
    static QRectF clipRect(TileId tile);
    QImage render(TileId tile, const TileGeometry &geometry) const;

private:
    void drawGraticule(QPainter &painter, TileId tile) const;

    BasemapStyle m_style;
};

} // namespace cop::basemap
