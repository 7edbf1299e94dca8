#include "NearestPlace.h"

#include "geo/GeoPoint.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace cop::basemap {

namespace {

QString compassPoint(double bearingDeg)
{
    static const char *const kPoints[] = {
        QT_TRANSLATE_NOOP("NearestPlace", "N"),  QT_TRANSLATE_NOOP("NearestPlace", "NE"),
        QT_TRANSLATE_NOOP("NearestPlace", "E"),  QT_TRANSLATE_NOOP("NearestPlace", "SE"),
        QT_TRANSLATE_NOOP("NearestPlace", "S"),  QT_TRANSLATE_NOOP("NearestPlace", "SW"),
        QT_TRANSLATE_NOOP("NearestPlace", "W"),  QT_TRANSLATE_NOOP("NearestPlace", "NW")};
    const int index = int(std::lround(bearingDeg / 45.0)) % 8;
    return QCoreApplication::translate("NearestPlace", kPoints[index]);
}

} // namespace

QString nearestPlaceText(const std::vector<Place> &places, double latDeg, double lonDeg, const QLocale &locale)
{
    const GeoPoint point{latDeg, lonDeg, 0.0};
    const Place *city = nullptr;
    const Place *sea = nullptr;
    GeodesicLeg cityLeg{std::numeric_limits<double>::infinity(), 0.0};
    double seaM = std::numeric_limits<double>::infinity();
    for (const Place &place : places) {
        const GeodesicLeg from = geodesicLeg({place.latDeg, place.lonDeg, 0.0}, point);
        if (place.kind == Place::Kind::City && from.distanceM < cityLeg.distanceM) {
            city = &place;
            cityLeg = from;
        } else if (place.kind == Place::Kind::Sea && from.distanceM < seaM) {
            sea = &place;
            seaM = from.distanceM;
        }
    }
    if (city && cityLeg.distanceM <= kNearCityKm * 1000.0) {
        //: %1 distance in km, %2 compass point (N, NE, ...) from the city, %3 the city
        return QCoreApplication::translate("NearestPlace", "%1 km %2 of %3")
            .arg(std::lround(cityLeg.distanceM / 1000.0))
            .arg(compassPoint(cityLeg.azimuthDeg), city->nameFor(locale));
    }
    return sea ? sea->nameFor(locale) : QString();
}

} // namespace cop::basemap
