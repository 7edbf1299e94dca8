#include "RegionIndex.h"

#include "Clipping.h"
#include "WebMercator.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <map>
#include <numbers>

namespace cop::basemap {

namespace {

// The nations this console warns for, Japan and the Republic of Korea (the US territory at risk,
// Guam, lies outside the region). Every other coast would outline itself around every salvo:
// the approximate EEZs of the Sea of Japan all overlap.
constexpr const char *kWatchedCountries[] = {"392", "410"};

// The raster: 100E-170E, 10N-60N at zoom 5 (about 4 km a pixel here).
constexpr double kWestDeg = 100.0, kEastDeg = 170.0, kNorthDeg = 60.0, kSouthDeg = 10.0;
constexpr double kPixelsPerUnit = 256.0 * 32.0;
constexpr double kEezM = 370'400.0;
constexpr double kEquatorM = 40'075'016.686;

QPointF rasterPoint(QPointF lonLat)
{
    return {(mercator::xFromLon(lonLat.x()) - mercator::xFromLon(kWestDeg)) * kPixelsPerUnit,
            (mercator::yFromLat(lonLat.y()) - mercator::yFromLat(kNorthDeg)) * kPixelsPerUnit};
}

QPointF normalisedFromRaster(QPointF p)
{
    return {mercator::xFromLon(kWestDeg) + p.x() / kPixelsPerUnit,
            mercator::yFromLat(kNorthDeg) + p.y() / kPixelsPerUnit};
}

QImage emptyRaster()
{
    const QPointF corner = rasterPoint({kEastDeg, kSouthDeg});
    QImage image(int(std::ceil(corner.x())), int(std::ceil(corner.y())), QImage::Format_Grayscale8);
    image.fill(0);
    return image;
}

// The parts of a line (raster coordinates) within reach, as runs in normalised Mercator.
void addRuns(const std::vector<QPointF> &line, const QRectF &reach, std::vector<std::vector<QPointF>> *out)
{
    std::vector<QPointF> run;
    auto flush = [&] {
        if (run.size() > 1)
            out->push_back(std::move(run));
        run.clear();
    };
    for (size_t i = 1; i < line.size(); ++i) {
        const QPointF a = line[i - 1], b = line[i];
        if (!reach.contains(a) && !reach.contains(b)) {
            flush();
            continue;
        }
        if (run.empty())
            run.push_back(normalisedFromRaster(a));
        run.push_back(normalisedFromRaster(b));
    }
    flush();
}

void orBits(QImage &target, const QImage &mask, int bit)
{
    for (int y = 0; y < target.height(); ++y) {
        uchar *out = target.scanLine(y);
        const uchar *in = mask.constScanLine(y);
        for (int x = 0; x < target.width(); ++x)
            if (in[x])
                out[x] |= uchar(1 << bit);
    }
}

} // namespace

RegionIndex::RegionIndex(const BasemapData &data)
    : m_territory(emptyRaster())
    , m_eez(emptyRaster())
{
    for (const char *id : kWatchedCountries) {
        if (const Country *country = data.country(QString::fromLatin1(id)))
            addCountry(*country, int(m_regions.size()));
    }
    // An EEZ is sea: land within 200 nmi of a neighbour's coast is not in it.
    for (int y = 0; y < m_eez.height(); ++y) {
        uchar *eez = m_eez.scanLine(y);
        const uchar *land = m_territory.constScanLine(y);
        for (int x = 0; x < m_eez.width(); ++x)
            if (land[x])
                eez[x] = 0;
    }
    for (size_t i = 0; i < m_regions.size(); ++i)
        traceEezOutline(m_regions[i], int(i));
}

const RegionIndex &RegionIndex::builtIn()
{
    static const RegionIndex index(BasemapData::builtIn());
    return index;
}

RegionIndex::RegionBits RegionIndex::sample(const QImage &bits, double latDeg, double lonDeg) const
{
    const QPointF at = rasterPoint({lonDeg, latDeg});
    const QPoint p(int(std::floor(at.x())), int(std::floor(at.y())));
    return bits.valid(p) ? bits.constScanLine(p.y())[p.x()] : 0;
}

void RegionIndex::addCountry(const Country &country, int bit)
{
    Region region{country.id, country.name, {}, {}};
    const QRectF raster(QPointF(0, 0), QSizeF(m_territory.size()));
    const QRectF reach = raster.adjusted(-200, -200, 200, 200);

    QImage territory = emptyRaster();
    QImage eez = emptyRaster();
    QPainterPath land;
    land.setFillRule(Qt::OddEvenFill);
    // Coast segments grouped by whole degree of latitude: a stroke's width in Mercator pixels
    // grows with 1/cos(latitude), and a degree's band keeps the error under a per cent.
    std::map<int, QPainterPath> coastByLatitude;
    for (const LonLatLine &ring : country.rings) {
        std::vector<QPointF> points;
        points.reserve(ring.size());
        for (const QPointF &p : ring)
            points.push_back(rasterPoint(p));
        const std::vector<QPointF> inside = clipRing(points, reach);
        if (inside.size() < 3)
            continue;
        land.addPolygon(QPolygonF(QList<QPointF>(inside.begin(), inside.end())));
        land.closeSubpath();
    }
    // Only the coast makes an EEZ, and only the coast is outlined: a land border would outline
    // a neighbour as well.
    for (const LonLatLine &coast : country.coastlines) {
        std::vector<QPointF> points;
        points.reserve(coast.size());
        for (const QPointF &p : coast)
            points.push_back(rasterPoint(p));
        addRuns(points, reach, &region.territoryOutline);
        for (size_t i = 1; i < coast.size(); ++i) {
            const QPointF a = rasterPoint(coast[i - 1]), b = rasterPoint(coast[i]);
            if (!reach.contains(a) && !reach.contains(b))
                continue;
            QPainterPath &band = coastByLatitude[int(std::floor(coast[i].y()))];
            band.moveTo(a);
            band.lineTo(b);
        }
    }
    {
        QPainter painter(&territory);
        painter.fillPath(land, Qt::white);
    }
    {
        QPainter painter(&eez);
        painter.fillPath(land, Qt::white);
        for (const auto &[latitude, path] : coastByLatitude) {
            const double metresPerPixel = kEquatorM * std::cos((latitude + 0.5) * std::numbers::pi / 180.0)
                                          / kPixelsPerUnit;
            painter.strokePath(path, QPen(Qt::white, 2.0 * kEezM / metresPerPixel, Qt::SolidLine,
                                          Qt::RoundCap, Qt::RoundJoin));
        }
    }
    orBits(m_territory, territory, bit);
    orBits(m_eez, eez, bit);
    m_regions.push_back(std::move(region));
}

// Marching squares over the region's EEZ bit: a segment across every cell the edge crosses.
void RegionIndex::traceEezOutline(Region &region, int bit) const
{
    const uchar mask = uchar(1 << bit);
    // Land counts as inside, so only the seaward limit is traced, not the coast.
    auto in = [&](int x, int y) {
        return (m_eez.constScanLine(y)[x] & mask) != 0 || m_territory.constScanLine(y)[x] != 0;
    };
    for (int y = 0; y + 1 < m_eez.height(); ++y) {
        for (int x = 0; x + 1 < m_eez.width(); ++x) {
            const bool a = in(x, y), b = in(x + 1, y), c = in(x + 1, y + 1), d = in(x, y + 1);
            if (a == b && b == c && c == d)
                continue;
            std::vector<QPointF> crossings;
            if (a != b) crossings.emplace_back(x + 0.5, y);
            if (b != c) crossings.emplace_back(x + 1, y + 0.5);
            if (c != d) crossings.emplace_back(x + 0.5, y + 1);
            if (d != a) crossings.emplace_back(x, y + 0.5);
            for (size_t i = 0; i + 1 < crossings.size(); i += 2)
                region.eezOutline.emplace_back(normalisedFromRaster(crossings[i] + QPointF(0.5, 0.5)),
                                               normalisedFromRaster(crossings[i + 1] + QPointF(0.5, 0.5)));
        }
    }
}

} // namespace cop::basemap
