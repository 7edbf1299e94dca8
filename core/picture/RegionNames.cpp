#include "picture/RegionNames.h"

#include <QCoreApplication>

namespace cop {

// The translation contexts are those each name was first translated in (the map overlay, the
// alert text), so the existing translations still match.
QString regionName(const QString &regionId)
{
    if (regionId == u"jp.territory")
        return QCoreApplication::translate("OverlayScene", "Japanese territory");
    if (regionId == u"kr.territory")
        return QCoreApplication::translate("OverlayScene", "Republic of Korea territory");
    // Equidistance from Natural Earth's coasts, not the states' own lines (docs/regions.md).
    if (regionId == u"jp.eez")
        return QCoreApplication::translate("OverlayScene", "Japan's EEZ (approx.)");
    if (regionId == u"kr.eez")
        return QCoreApplication::translate("OverlayScene", "Republic of Korea EEZ (approx.)");
    // Names no state's claim, in any language (docs/glossary.md).
    if (regionId == u"boundary-not-agreed")
        return QCoreApplication::translate("OverlayScene", "Boundary not agreed (approx.)");
    if (regionId == u"land")
        return QCoreApplication::translate("OverlayScene", "Other land");
    if (regionId == u"sea")
        return QCoreApplication::translate("AlertText", "Open sea");
    if (regionId == u"sea-of-japan")
        return QCoreApplication::translate("AlertText", "Sea of Japan (East Sea)");
    return regionId;
}

QString impactAreaNotYetPredictable()
{
    return QCoreApplication::translate("AlertText", "Impact area not yet predictable");
}

QString noImpactBoundForOrbit()
{
    return QCoreApplication::translate("AlertText", "No impact: bound for orbit");
}

} // namespace cop
