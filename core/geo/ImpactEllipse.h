#pragma once

namespace cop {

// An impact ellipse on the ellipsoid surface around a predicted impact point. Plain data with no
// Qt, so the flight-dynamics code (which the simulator uses too) can produce it.
struct ImpactEllipse
{
    double confidence = 0.0;     // probability mass inside, e.g. 0.5 or 0.95
    double semiMajorM = 0.0;
    double semiMinorM = 0.0;
    double orientationDeg = 0.0; // azimuth of the major axis, clockwise from true north
};

} // namespace cop
