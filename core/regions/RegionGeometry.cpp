#include "regions/RegionGeometry.h"

#include "regions/DisputedIslands.h"
#include "regions/RegionGrid.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace cop::regions {

namespace {

constexpr const char *kJapan = "392";
constexpr const char *kKorea = "410";
// Coast points at most this far apart, so the distance to the nearest point is the distance to
// the coast within a few metres.
constexpr double kCoastSpacingDeg = 0.01;
constexpr double kMetresPerDegree = 111'195.0;

bool inDisputedIslands(const LonLatLine &line)
{
    return std::any_of(std::begin(kDisputedIslands), std::end(kDisputedIslands), [&line](const DisputedIslands &box) {
        return std::all_of(line.begin(), line.end(), [&box](const LonLat &p) { return box.holds(p.latDeg, p.lonDeg); });
    });
}

// Coasts that can bound an EEZ anywhere on the grid: the grid and 200 nmi around it.
bool nearGrid(const LonLat &p)
{
    return p.latDeg > RegionGrid::kSouthDeg - 4.0 && p.latDeg < RegionGrid::kNorthDeg + 4.0
           && p.lonDeg > RegionGrid::kWestDeg - 6.0;
}

void addCoast(const LonLatLine &line, RegionCode waterCode, std::vector<CoastIndex::Point> &points)
{
    for (size_t i = 0; i < line.size(); ++i) {
        const LonLat &b = line[i];
        if (i > 0) {
            const LonLat &a = line[i - 1];
            const int steps = int(std::ceil(std::max(std::abs(b.lonDeg - a.lonDeg), std::abs(b.latDeg - a.latDeg))
                                            / kCoastSpacingDeg));
            for (int s = 1; s < steps; ++s) {
                const double f = double(s) / steps;
                const LonLat p{a.lonDeg + (b.lonDeg - a.lonDeg) * f, a.latDeg + (b.latDeg - a.latDeg) * f};
                if (nearGrid(p))
                    points.push_back({p.latDeg, p.lonDeg, int(waterCode)});
            }
        }
        if (nearGrid(b))
            points.push_back({b.latDeg, b.lonDeg, int(waterCode)});
    }
}

// The crossing test of the even-odd rule, shared by the point test and the scan-line fill so
// that a cell holds exactly what its centre is.
bool crosses(const LonLat &a, const LonLat &b, double latDeg)
{
    return (a.latDeg > latDeg) != (b.latDeg > latDeg);
}

double crossingLon(const LonLat &a, const LonLat &b, double latDeg)
{
    return (b.lonDeg - a.lonDeg) * (latDeg - a.latDeg) / (b.latDeg - a.latDeg) + a.lonDeg;
}

std::vector<CoastIndex::Point> coastPoints(const std::vector<StateShape> &states)
{
    std::vector<CoastIndex::Point> points;
    for (const StateShape &state : states) {
        const RegionCode water = state.isoNumeric == kJapan   ? RegionCode::JapanEez
                                 : state.isoNumeric == kKorea ? RegionCode::KoreaEez
                                                              : RegionCode::OpenSea;
        for (const LonLatLine &coast : state.coastlines)
            addCoast(coast, inDisputedIslands(coast) ? RegionCode::BoundaryNotAgreed : water, points);
    }
    return points;
}

} // namespace

RegionGeometry::RegionGeometry(const std::vector<StateShape> &states)
    : m_coasts(coastPoints(states))
{
    double south = 90.0, north = -90.0, west = 180.0, east = -180.0;
    for (const StateShape &state : states) {
        const RegionCode code = state.isoNumeric == kJapan   ? RegionCode::JapanTerritory
                                : state.isoNumeric == kKorea ? RegionCode::KoreaTerritory
                                                             : RegionCode::OtherLand;
        Land own{code, {}}, disputed{RegionCode::OtherLand, {}};
        for (const LonLatLine &points : state.rings) {
            Ring ring{points, 90.0, -90.0, 180.0, -180.0};
            for (const LonLat &p : points) {
                ring.south = std::min(ring.south, p.latDeg);
                ring.north = std::max(ring.north, p.latDeg);
                ring.west = std::min(ring.west, p.lonDeg);
                ring.east = std::max(ring.east, p.lonDeg);
            }
            const bool claimed = inDisputedIslands(points);
            if (code != RegionCode::OtherLand || claimed) {
                south = std::min(south, ring.south);
                north = std::max(north, ring.north);
                west = std::min(west, ring.west);
                east = std::max(east, ring.east);
            }
            (claimed ? disputed : own).rings.push_back(std::move(ring));
        }
        for (Land *land : {&own, &disputed})
            if (!land->rings.empty())
                m_land.push_back(std::move(*land));
    }
    // 200 nmi around the watched nations' and the disputed islands' land, a cell to spare.
    const double latMargin = kEezLimitM / kMetresPerDegree + RegionGrid::kCellDeg;
    const double widest = std::cos(std::min(89.0, std::max(std::abs(south), std::abs(north)) + latMargin)
                                   * std::numbers::pi / 180.0);
    const double lonMargin = latMargin / widest;
    m_window.firstRow = std::max(0, RegionGrid::row(south - latMargin));
    m_window.lastRow = std::min(RegionGrid::kRows - 1, RegionGrid::row(north + latMargin));
    m_window.firstColumn = std::max(0, RegionGrid::column(west - lonMargin));
    m_window.lastColumn = std::min(RegionGrid::kColumns - 1, RegionGrid::column(east + lonMargin));
}

RegionCode RegionGeometry::sea(double latDeg, double lonDeg) const
{
    const CoastIndex::Nearest nearest = m_coasts.nearest(latDeg, lonDeg, kEezLimitM);
    return nearest.label >= 0 ? RegionCode(nearest.label) : RegionCode::OpenSea;
}

Region RegionGeometry::at(double latDeg, double lonDeg) const
{
    const int row = RegionGrid::row(latDeg), column = RegionGrid::column(lonDeg);
    if (row < 0 || row >= RegionGrid::kRows || column < 0 || column >= RegionGrid::kColumns)
        return {};
    for (const Land &land : m_land) {
        bool inside = false;
        for (const Ring &ring : land.rings) {
            if (latDeg < ring.south || latDeg > ring.north || lonDeg < ring.west || lonDeg > ring.east)
                continue;
            const LonLatLine &p = ring.points;
            for (size_t i = 0, j = p.size() - 1; i < p.size(); j = i++)
                if (crosses(p[i], p[j], latDeg) && lonDeg < crossingLon(p[i], p[j], latDeg))
                    inside = !inside;
        }
        if (inside)
            return {land.code};
    }
    const bool inWindow = row >= m_window.firstRow && row <= m_window.lastRow && column >= m_window.firstColumn
                          && column <= m_window.lastColumn;
    return {inWindow ? sea(latDeg, lonDeg) : RegionCode::OpenSea};
}

void RegionGeometry::fillLand(const Land &land, std::vector<RegionCode> &cells) const
{
    std::vector<std::vector<double>> crossings(RegionGrid::kRows);
    for (const Ring &ring : land.rings) {
        const LonLatLine &p = ring.points;
        for (size_t i = 0, j = p.size() - 1; i < p.size(); j = i++) {
            const double low = std::min(p[i].latDeg, p[j].latDeg), high = std::max(p[i].latDeg, p[j].latDeg);
            const int first = std::max(0, RegionGrid::row(low)), last = std::min(RegionGrid::kRows - 1, RegionGrid::row(high));
            for (int row = first; row <= last; ++row) {
                const double lat = RegionGrid::centreLat(row);
                if (crosses(p[i], p[j], lat))
                    crossings[size_t(row)].push_back(crossingLon(p[i], p[j], lat));
            }
        }
    }
    for (int row = 0; row < RegionGrid::kRows; ++row) {
        std::vector<double> &xs = crossings[size_t(row)];
        std::sort(xs.begin(), xs.end());
        // A centre is inside when an odd number of crossings lie east of it.
        for (size_t k = 0; k + 1 < xs.size(); k += 2) {
            int column = std::max(0, RegionGrid::column(xs[k]));
            for (; column < RegionGrid::kColumns && RegionGrid::centreLon(column) < xs[k + 1]; ++column)
                if (RegionCode &cell = cells[size_t(row) * RegionGrid::kColumns + size_t(column)];
                    RegionGrid::centreLon(column) >= xs[k] && cell == RegionCode::OpenSea)
                    cell = land.code; // the first land that holds a point has it, as in at()
        }
    }
}

std::vector<RegionCode> RegionGeometry::raster() const
{
    std::vector<RegionCode> cells(size_t(RegionGrid::kRows) * RegionGrid::kColumns, RegionCode::OpenSea);
    for (const Land &land : m_land)
        fillLand(land, cells);
    for (int row = m_window.firstRow; row <= m_window.lastRow; ++row) {
        for (int column = m_window.firstColumn; column <= m_window.lastColumn; ++column) {
            RegionCode &cell = cells[size_t(row) * RegionGrid::kColumns + size_t(column)];
            if (cell == RegionCode::OpenSea)
                cell = sea(RegionGrid::centreLat(row), RegionGrid::centreLon(column));
        }
    }
    return cells;
}

} // namespace cop::regions
