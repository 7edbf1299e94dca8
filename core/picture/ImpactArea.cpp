#include "picture/ImpactArea.h"

#include "geo/ImpactEllipseOutline.h"
#include "geo/ImpactPredictability.h"
#include "regions/RegionMap.h"
#include "picture/RegionNames.h"

#include <QStringList>

namespace cop {

ImpactArea impactAreaOf(const regions::RegionMap &map, const Prediction &prediction)
{
    ImpactArea area;
    area.orbital = prediction.orbital;
    area.meaningful = !prediction.orbital && impactAreaMeaningful(prediction.provisional, prediction.ellipses);
    // The alerts' rule: a boost-phase impact point or a wide ellipse names no region.
    if (!area.meaningful)
        return area;
    area.impactRegion = map.at(prediction.impactPoint);
    area.touched.add(area.impactRegion);
    area.touched.add(map.touchedBy(impactEllipseOutline(prediction.impactPoint, *ellipse95(prediction.ellipses))));
    return area;
}

QString impactAreaText(const ImpactArea &area)
{
    if (area.orbital)
        return noImpactBoundForOrbit();
    if (!area.meaningful)
        return impactAreaNotYetPredictable();
    QStringList parts;
    area.touched.forEachWorstFirst([&](regions::Region region) {
        // A nation's territory said, its EEZ around it goes without saying.
        const bool ownLandNamed = region.kind() == regions::RegionKind::Eez
                                  && area.touched.contains(regions::Region::territoryOf(region.nation()));
        if (region.isWatched() && !ownLandNamed)
            parts << regionName(QString::fromLatin1(region.id()));
    });
    if (parts.isEmpty())
        parts << regionName(QString::fromLatin1(area.impactRegion.id()));
    return parts.join(QStringLiteral(", "));
}

} // namespace cop
