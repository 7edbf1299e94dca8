#include "dynamics/PlausibleBoosts.h"

#include "dynamics/EarthModel.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace cop::dynamics {

namespace {

constexpr double kMu = EarthModel{}.mu;
constexpr double kRadiusM = 6371000.0; // mean
constexpr double kG = 9.80665;
constexpr double kStepS = 0.25;
constexpr int kStepsPerSample = 8;
constexpr double kDeg = std::numbers::pi / 180.0;
constexpr double kMaxAccelerationMps2 = 15.0 * kG;

struct Boost
{
    double burnS;
    double liftOffAccelerationMps2;
    double burntFraction;  // of the lift-off mass, by burnout
    double elevationDeg;   // of the thrust above the launch site's horizon, after pitch-over

    double accelerationAt(double t) const
    {
        return liftOffAccelerationMps2 / (1.0 - burntFraction * t / burnS);
    }
    double elevationAt(double t) const
    {
        const double verticalS = std::clamp(0.05 * burnS, 4.0, 10.0);
        const double progress = std::clamp((t - verticalS) / (0.6 * burnS), 0.0, 1.0);
        return (90.0 + progress * (elevationDeg - 90.0)) * kDeg;
    }
};

BoostSample sampleOf(double t, const Eigen::Vector2d &r, const Eigen::Vector2d &v)
{
    const Eigen::Vector2d up = r.normalized();
    const Eigen::Vector2d horizontal(up.y(), -up.x());
    return {t, r.norm() - kRadiusM, v.norm(), std::atan2(v.dot(up), v.dot(horizontal)) / kDeg,
            kRadiusM * std::atan2(r.x(), r.y())};
}

// In the plane of the flight, the launch site at (0, R), downrange along x.
PlausibleBoost fly(const Boost &boost)
{
    using Vec = Eigen::Vector2d;
    const auto derivative = [&](const Vec &r, double t) {
        const double e = boost.elevationAt(t);
        return Vec(-kMu * r / std::pow(r.norm(), 3) + boost.accelerationAt(t) * Vec(std::cos(e), std::sin(e)));
    };
    Vec r(0.0, kRadiusM), v(0.0, 0.0);
    PlausibleBoost samples{sampleOf(0.0, r, v)};
    const int steps = int(std::lround(boost.burnS / kStepS));
    for (int i = 0; i < steps; ++i) {
        const double t = i * kStepS;
        // RK4 on (r, v).
        const Vec a1 = derivative(r, t);
        const Vec r2 = r + kStepS / 2 * v, v2 = v + kStepS / 2 * a1;
        const Vec a2 = derivative(r2, t + kStepS / 2);
        const Vec r3 = r + kStepS / 2 * v2, v3 = v + kStepS / 2 * a2;
        const Vec a3 = derivative(r3, t + kStepS / 2);
        const Vec r4 = r + kStepS * v3, v4 = v + kStepS * a3;
        const Vec a4 = derivative(r4, t + kStepS);
        r += kStepS / 6 * (v + 2 * v2 + 2 * v3 + v4);
        v += kStepS / 6 * (a1 + 2 * a2 + 2 * a3 + a4);
        if ((i + 1) % kStepsPerSample == 0 || i + 1 == steps)
            samples.push_back(sampleOf(t + kStepS, r, v));
    }
    return samples;
}

std::vector<PlausibleBoost> flyAll()
{
    std::vector<PlausibleBoost> boosts;
    for (double burnS = 20.0; burnS <= 300.0; burnS *= 1.2)
        for (const double g : {1.5, 2.0, 2.5, 3.0, 3.5, 4.0})
            for (const double burnt : {0.3, 0.45, 0.6, 0.75, 0.87})
                for (double elevation = 15.0; elevation <= 85.0; elevation += 5.0) {
                    const Boost boost{burnS, g * kG, burnt, elevation};
                    // No airframe takes more than about 15 g at the end of its burn.
                    if (boost.accelerationAt(burnS) <= kMaxAccelerationMps2)
                        boosts.push_back(fly(boost));
                }
    // A boost that never gets far off the ground, or comes down while still burning, is no missile.
    std::erase_if(boosts, [](const PlausibleBoost &b) {
        return b.back().heightM < 10'000.0
               || std::any_of(b.begin() + 1, b.end(), [](const BoostSample &s) { return s.flightPathDeg < 0.0; });
    });
    return boosts;
}

} // namespace

const std::vector<PlausibleBoost> &plausibleBoosts()
{
    static const std::vector<PlausibleBoost> boosts = flyAll();
    return boosts;
}

std::optional<BoostSample> sampleAt(const PlausibleBoost &boost, double heightM)
{
    const auto above = std::find_if(boost.begin(), boost.end(), [&](const BoostSample &s) { return s.heightM >= heightM; });
    if (above == boost.begin() || above == boost.end())
        return std::nullopt;
    const BoostSample &a = *(above - 1), &b = *above;
    const double f = (heightM - a.heightM) / (b.heightM - a.heightM);
    const auto mix = [f](double x, double y) { return x + f * (y - x); };
    return BoostSample{mix(a.timeS, b.timeS), heightM, mix(a.speedMps, b.speedMps),
                       mix(a.flightPathDeg, b.flightPathDeg), mix(a.downrangeM, b.downrangeM)};
}

} // namespace cop::dynamics
