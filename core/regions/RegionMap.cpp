#include "regions/RegionMap.h"

#include "regions/RegionGrid.h"
#include "regions/RegionGridData.h"

#include <algorithm>
#include <cmath>

namespace cop::regions {

namespace {

using Grid = RegionGrid;

// Half-open column ranges of a row where a predicate on the code holds.
template<typename In>
std::vector<std::pair<int, int>> intervals(int row, In in)
{
    std::vector<std::pair<int, int>> out;
    const uint32_t end = gridData::kRowStarts[row + 1];
    for (uint32_t run = gridData::kRowStarts[row]; run < end; ++run) {
        if (!in(RegionCode(gridData::kRunCodes[run])))
            continue;
        const int first = gridData::kRunColumns[run];
        const int last = run + 1 < end ? gridData::kRunColumns[run + 1] : Grid::kColumns;
        if (!out.empty() && out.back().second == first)
            out.back().second = last;
        else
            out.emplace_back(first, last);
    }
    return out;
}

// Longitudes made continuous along a line, so an outline across the antimeridian stays whole.
std::vector<GeoPoint> unwrapped(const std::vector<GeoPoint> &points)
{
    std::vector<GeoPoint> out = points;
    for (size_t i = 1; i < out.size(); ++i)
        out[i].lonDeg -= 360.0 * std::round((out[i].lonDeg - out[i - 1].lonDeg) / 360.0);
    return out;
}

} // namespace

const RegionMap &RegionMap::builtIn()
{
    static const RegionMap map;
    return map;
}

Region RegionMap::at(double latDeg, double lonDeg) const
{
    if (!std::isfinite(latDeg) || !std::isfinite(lonDeg))
        return {};
    lonDeg -= 360.0 * std::floor((lonDeg + 180.0) / 360.0); // into [-180, 180)
    const int row = Grid::row(latDeg);
    int column = Grid::column(lonDeg);
    if (lonDeg == -180.0)
        column = Grid::kColumns - 1; // the antimeridian belongs to the grid's last column
    if (row < 0 || row >= Grid::kRows || column < 0 || column >= Grid::kColumns)
        return {};
    const uint16_t *first = gridData::kRunColumns + gridData::kRowStarts[row];
    const uint16_t *last = gridData::kRunColumns + gridData::kRowStarts[row + 1];
    const uint16_t *run = std::upper_bound(first, last, uint16_t(column)) - 1;
    return {RegionCode(gridData::kRunCodes[run - gridData::kRunColumns])};
}

RegionMask RegionMap::span(int row, int firstColumn, int endColumn) const
{
    RegionMask mask;
    firstColumn = std::max(firstColumn, 0);
    endColumn = std::min(endColumn, Grid::kColumns);
    if (row < 0 || row >= Grid::kRows || firstColumn >= endColumn)
        return mask;
    const uint16_t *begin = gridData::kRunColumns + gridData::kRowStarts[row];
    const uint16_t *end = gridData::kRunColumns + gridData::kRowStarts[row + 1];
    for (const uint16_t *run = std::upper_bound(begin, end, uint16_t(firstColumn)) - 1;
         run != end && *run < endColumn; ++run)
        mask.add(Region{RegionCode(gridData::kRunCodes[run - gridData::kRunColumns])});
    return mask;
}

RegionMask RegionMap::under(const std::vector<GeoPoint> &points) const
{
    RegionMask mask;
    for (const GeoPoint &p : points)
        mask.add(at(p));
    return mask;
}

RegionMask RegionMap::touchedBy(const std::vector<GeoPoint> &outline) const
{
    const std::vector<GeoPoint> ring = unwrapped(outline);
    RegionMask mask;
    if (ring.empty())
        return mask;
    // The cells the edges pass through, sampled at half a cell ...
    for (size_t i = 0; i < ring.size(); ++i) {
        const GeoPoint &a = ring[i], &b = ring[(i + 1) % ring.size()];
        const double length = std::max(std::abs(b.latDeg - a.latDeg), std::abs(b.lonDeg - a.lonDeg));
        const int steps = std::max(1, int(std::ceil(length / (Grid::kCellDeg / 2.0))));
        for (int s = 0; s < steps; ++s) {
            const double f = double(s) / steps;
            mask.add(at(a.latDeg + (b.latDeg - a.latDeg) * f, a.lonDeg + (b.lonDeg - a.lonDeg) * f));
        }
    }
    if (ring.size() < 3)
        return mask;
    // ... and those whose centres lie inside, row by row (even-odd).
    double south = ring.front().latDeg, north = south;
    for (const GeoPoint &p : ring) {
        south = std::min(south, p.latDeg);
        north = std::max(north, p.latDeg);
    }
    std::vector<double> xs;
    for (int row = std::max(0, Grid::row(south)); row <= std::min(Grid::kRows - 1, Grid::row(north)); ++row) {
        const double lat = Grid::centreLat(row);
        xs.clear();
        for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const GeoPoint &a = ring[i], &b = ring[j];
            if ((a.latDeg > lat) != (b.latDeg > lat))
                xs.push_back((b.lonDeg - a.lonDeg) * (lat - a.latDeg) / (b.latDeg - a.latDeg) + a.lonDeg);
        }
        std::sort(xs.begin(), xs.end());
        for (size_t k = 0; k + 1 < xs.size(); k += 2) {
            // Longitudes east of the antimeridian wrap to the west of the grid, where nothing is.
            const int first = int(std::ceil((xs[k] - Grid::kWestDeg) * Grid::kCellsPerDeg - 0.5));
            const int end = int(std::ceil((xs[k + 1] - Grid::kWestDeg) * Grid::kCellsPerDeg - 0.5));
            mask.add(span(row, first, end));
        }
    }
    return mask;
}

const std::vector<RegionMap::Segment> &RegionMap::outline(Region region) const
{
    const size_t index = size_t(region.code);
    std::call_once(m_outlineOnce[index], [this, region, index] {
        const bool eez = region.kind() == RegionKind::Eez;
        const auto in = [&](RegionCode code) {
            const Region cell{code};
            return cell == region
                   || (eez && cell.kind() == RegionKind::Territory && cell.nation() == region.nation());
        };
        auto lon = [](int column) { return Grid::kWestDeg + column * Grid::kCellDeg; };
        auto lat = [](int row) { return Grid::kSouthDeg + row * Grid::kCellDeg; };
        std::vector<Segment> &out = m_outlines[index];
        std::vector<std::pair<int, int>> below;
        for (int row = 0; row <= Grid::kRows; ++row) {
            std::vector<std::pair<int, int>> here = row < Grid::kRows ? intervals(row, in)
                                                                        : std::vector<std::pair<int, int>>{};
            // Where one of two neighbouring rows is in and the other out, the edge between them.
            std::vector<std::pair<int, int>> toggles;
            for (const auto *side : {&below, &here})
                for (const auto &[first, end] : *side)
                    toggles.insert(toggles.end(), {{first, 1}, {end, -1}});
            std::sort(toggles.begin(), toggles.end());
            int depth = 0, openedAt = 0;
            for (const auto &[column, change] : toggles) {
                const int before = depth;
                depth += change;
                if (before != 1 && depth == 1)
                    openedAt = column;
                else if (before == 1 && depth != 1 && column > openedAt)
                    out.push_back({{lat(row), lon(openedAt), 0.0}, {lat(row), lon(column), 0.0}});
            }
            for (const auto &[first, end] : here) {
                out.push_back({{lat(row), lon(first), 0.0}, {lat(row + 1), lon(first), 0.0}});
                out.push_back({{lat(row), lon(end), 0.0}, {lat(row + 1), lon(end), 0.0}});
            }
            below = std::move(here);
        }
    });
    return m_outlines[index];
}

} // namespace cop::regions
