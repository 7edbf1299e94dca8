#pragma once

#include "BasemapData.h"
#include "BasemapStyle.h"
#include "TileRenderer.h"

#include <QRectF>
#include <QString>

#include <functional>

namespace cop::basemap {

// What to bake: zoom levels and the area (degrees: x longitude, y latitude).
struct TileRange
{
    int minZoom = 3;
    int maxZoom = 9;
    // The region (18-52N, 110-155E), what a home view at zoom 5 shows around it, and east to
    // the antimeridian, where an IRBM fired east over Japan comes down.
    QRectF bounds{QPointF(100.0, 12.0), QPointF(180.0, 56.0)};

    std::vector<TileId> tilesAt(int zoom) const;
    int tileCount() const;
};

// Bakes an XYZ pyramid (DIR/z/x/y.png) from the basemap data. A finished pyramid carries a
// stamp, and a directory named for the cache key of data, style, renderer and range is never
// baked twice; a bake writes to a private directory first and renames it into place, so
// concurrent bakers (two builds, a build and a console) never see half a pyramid.
class TileBaker
{
public:
    // Called from worker threads; false stops the bake (a console that quits while it bakes).
    using Progress = std::function<bool(int done, int total)>;

    TileBaker(const BasemapData &data, const BasemapStyle &style, const TileRange &range);

    QString cacheKey() const;
    // QStandardPaths::GenericCacheLocation/cop/tiles/<key>: outside any source tree, and not
    // the Qt Location plugin's cache, which prunes what it holds.
    QString defaultDirectory() const;
    static bool isComplete(const QString &directory);
    // file:///DIR/%z/%x/%y.png, the form Qt Location's osm plugin takes.
    static QString urlTemplate(const QString &directory);

    bool bake(const QString &directory, const Progress &progress, QString *error) const;

private:
    const BasemapData &m_data;
    BasemapStyle m_style;
    TileRange m_range;
};

} // namespace cop::basemap
