#pragma once

#include "BasemapData.h"

#include <QLocale>
#include <QString>

#include <vector>

namespace cop::basemap {

// Where a point is, in words an operator takes in faster than coordinates, in the locale's
// language: "85 km ENE of Niigata" from the nearest city of the gazetteer within
// kNearCityKm, else the nearest named sea's label ("Pacific Ocean"). Empty with no places.
inline constexpr double kNearCityKm = 250.0;
QString nearestPlaceText(const std::vector<Place> &places, double latDeg, double lonDeg, const QLocale &locale);

} // namespace cop::basemap
