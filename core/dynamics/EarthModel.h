#pragma once

namespace cop::dynamics {

// The Earth a trajectory is flown over: gravity, the surface that ends the flight, rotation and
// whether there is air. Propagation is in the Earth-fixed frame (ECEF), so rotation shows up as
// Coriolis and centrifugal terms; that keeps track states, which services report in ECEF, and
// the atmosphere, which turns with the Earth, in their own frame without conversions.
struct EarthModel
{
    double mu = 3.986004418e14;           // m^3/s^2
    double j2 = 1.08262668e-3;            // 0: point-mass gravity
    double equatorialRadiusM = 6378137.0; // of the surface and of the J2 term
    double polarRadiusM = 6356752.314245; // equal to the equatorial radius: a sphere
    double rotationRadPerS = 7.292115e-5; // 0: a non-rotating Earth
    bool atmosphere = true;

    // WGS-84 with J2, rotation and the standard atmosphere: what predictions use.
    static EarthModel wgs84() { return {}; }

    // Vacuum, point-mass gravity, a sphere: the textbook case with closed-form answers.
    static EarthModel sphere(double radiusM, double rotationRadPerS)
    {
        return {3.986004418e14, 0.0, radiusM, radiusM, rotationRadPerS, false};
    }

    // The same Earth without air: the instantaneous impact point during boost.
    EarthModel vacuum() const
    {
        EarthModel model = *this;
        model.atmosphere = false;
        return model;
    }
};

} // namespace cop::dynamics
