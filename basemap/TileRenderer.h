#pragma once

#include "BasemapData.h"
#include "BasemapStyle.h"
#include "TileGeometry.h"

#include <QFont>
#include <QImage>

namespace cop::basemap {

struct TileId
{
    int z = 0;
    int x = 0;
    int y = 0;

    friend bool operator==(const TileId &, const TileId &) = default;
};

// Draws one 256 px XYZ tile. Everything is placed from world coordinates only, so labels that
// straddle a tile edge continue seamlessly in the neighbour, and the same input gives the same
// pixels.
class TileRenderer
{
public:
    TileRenderer(const std::vector<Place> &places, const BasemapStyle &style);

    // The area a tile needs of the geometry (normalised Mercator): the tile plus a margin, so
    // clipped edges fall outside it.
    static QRectF clipRect(TileId tile);
    QImage render(TileId tile, const TileGeometry &geometry) const;

private:
    void drawGraticule(QPainter &painter, TileId tile) const;
    void drawPlaces(QPainter &painter, TileId tile) const;

    const std::vector<Place> &m_places;
    BasemapStyle m_style;
    QFont m_cityFont;
    QFont m_capitalFont;
    QFont m_seaFont;
};

} // namespace cop::basemap
