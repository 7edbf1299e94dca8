#include "regions/bake/BasemapStates.h"

namespace cop::regions {

namespace {

LonLatLine plain(const basemap::LonLatLine &line)
{
    LonLatLine points;
    points.reserve(line.size());
    for (const QPointF &p : line)
        points.push_back({p.x(), p.y()});
    return points;
}

} // namespace

std::vector<StateShape> statesOf(const basemap::BasemapData &data)
{
    std::vector<StateShape> shapes;
    for (const basemap::Country &country : data.countries()) {
        StateShape shape{country.id.toStdString(), {}, {}};
        for (const auto &ring : country.rings)
            shape.rings.push_back(plain(ring));
        for (const auto &coast : country.coastlines)
            shape.coastlines.push_back(plain(coast));
        shapes.push_back(std::move(shape));
    }
    return shapes;
}

} // namespace cop::regions
