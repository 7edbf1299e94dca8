#pragma once

#include "BasemapData.h"

#include <QImage>
#include <QLineF>

#include <vector>

namespace cop::basemap {

// The countries whose territory and EEZ the console watches, rasterised once in Web Mercator so
// the overlay can ask "where does this point fall" per frame. Territory comes from Natural
// Earth's land polygons; the EEZ is approximated as sea within 200 nmi of the coast (no public
// EEZ data is at hand), and callers label it approximate.
class RegionIndex
{
public:
    struct Region
    {
        QString countryId; // ISO 3166-1 numeric
        QString name;
        // The coast, in normalised Web Mercator as core/WebMercator.h.
        std::vector<std::vector<QPointF>> territoryOutline;
        std::vector<QLineF> eezOutline;
    };

    // One bit per region, in regions() order.
    using RegionBits = quint8;

    explicit RegionIndex(const BasemapData &data);
    static const RegionIndex &builtIn();

    const std::vector<Region> &regions() const { return m_regions; }
    RegionBits territoryAt(double latDeg, double lonDeg) const { return sample(m_territory, latDeg, lonDeg); }
    RegionBits eezAt(double latDeg, double lonDeg) const { return sample(m_eez, latDeg, lonDeg); }

private:
    RegionBits sample(const QImage &bits, double latDeg, double lonDeg) const;
    void addCountry(const Country &country, int bit);
    void traceEezOutline(Region &region, int bit) const;

    std::vector<Region> m_regions;
    QImage m_territory; // Grayscale8 used as a bit set per pixel
    QImage m_eez;
};

} // namespace cop::basemap
