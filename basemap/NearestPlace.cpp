#include "NearestPlace.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>
#include <numbers>

namespace cop::basemap {

namespace {

constexpr double kEarthRadiusKm = 6371.0;

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

// Great-circle distance and initial bearing (degrees from north) from a to b, on the sphere:
// to the kilometre an operator reads, the ellipsoid changes nothing.
struct Leg
{
    double km;
    double bearingDeg;
};

Leg leg(double lat1, double lon1, double lat2, double lon2)
{
    const double p1 = radians(lat1), p2 = radians(lat2), dl = radians(lon2 - lon1);
    const double a = std::sin((p2 - p1) / 2) * std::sin((p2 - p1) / 2)
                     + std::cos(p1) * std::cos(p2) * std::sin(dl / 2) * std::sin(dl / 2);
    const double km = 2.0 * kEarthRadiusKm * std::asin(std::sqrt(std::min(1.0, a)));
    const double bearing = std::atan2(std::sin(dl) * std::cos(p2),
                                      std::cos(p1) * std::sin(p2) - std::sin(p1) * std::cos(p2) * std::cos(dl));
    return {km, std::fmod(bearing * 180.0 / std::numbers::pi + 360.0, 360.0)};
}

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
    const Place *city = nullptr;
    const Place *sea = nullptr;
    Leg cityLeg{std::numeric_limits<double>::infinity(), 0.0};
    double seaKm = std::numeric_limits<double>::infinity();
    for (const Place &place : places) {
        const Leg from = leg(place.latDeg, place.lonDeg, latDeg, lonDeg);
        if (place.kind == Place::Kind::City && from.km < cityLeg.km) {
            city = &place;
            cityLeg = from;
        } else if (place.kind == Place::Kind::Sea && from.km < seaKm) {
            sea = &place;
            seaKm = from.km;
        }
    }
    if (city && cityLeg.km <= kNearCityKm) {
        //: %1 distance in km, %2 compass point (N, NE, ...) from the city, %3 the city
        return QCoreApplication::translate("NearestPlace", "%1 km %2 of %3")
            .arg(std::lround(cityLeg.km))
            .arg(compassPoint(cityLeg.bearingDeg), city->nameFor(locale));
    }
    return sea ? sea->nameFor(locale) : QString();
}

} // namespace cop::basemap
