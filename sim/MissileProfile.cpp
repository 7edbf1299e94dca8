#include "MissileProfile.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cop::sim {

double BurnStage::accelerationAt(double sinceIgnitionS) const
{
    if (constantAccelerationMps2 > 0.0)
        return constantAccelerationMps2;
    const double burnRate = propellantKg / burnS;
    return thrustN / (massKg - burnRate * std::clamp(sinceIgnitionS, 0.0, burnS));
}

double MissileProfile::burnS() const
{
    return std::accumulate(stages.begin(), stages.end(), 0.0,
                           [](double sum, const BurnStage &stage) { return sum + stage.burnS; });
}

double MissileProfile::ignitionS(size_t index) const
{
    double t = 0.0;
    for (size_t i = 0; i < index && i < stages.size(); ++i)
        t += stages[i].burnS;
    return t;
}

double MissileProfile::thrustAccelerationAt(double t) const
{
    if (t < 0.0 || t >= cutoffS)
        return 0.0;
    for (const BurnStage &stage : stages) {
        if (t < stage.burnS)
            return stage.accelerationAt(t);
        t -= stage.burnS;
    }
    return 0.0;
}

double MissileProfile::thrustElevationDegAt(double t) const
{
    const double pitchedS = verticalRiseS + pitchOverS;
    if (t > pitchedS && !std::isnan(insertionElevationDeg)) {
        const double progress = std::clamp((t - pitchedS) / (burnS() - pitchedS), 0.0, 1.0);
        return burnoutElevationDeg + progress * (insertionElevationDeg - burnoutElevationDeg);
    }
    const double progress = std::clamp((t - verticalRiseS) / pitchOverS, 0.0, 1.0);
    return 90.0 + progress * (burnoutElevationDeg - 90.0);
}

double MissileProfile::thrustYawDegAt(double t) const
{
    if (doglegDeg == 0.0 || t <= doglegStartS)
        return 0.0;
    return doglegDeg * std::clamp((t - doglegStartS) / (burnS() - doglegStartS), 0.0, 1.0);
}

MissileProfile MissileProfile::ofClass(cop::sim::v1::MissileClass missileClass, double rangeKm,
                                       double apogeeKm)
{
    using namespace cop::sim::v1;
    if (missileClass == MISSILE_CLASS_UNSPECIFIED) {
        missileClass = apogeeKm > 1200.0   ? MISSILE_CLASS_ICBM
                       : rangeKm <= 900.0  ? MISSILE_CLASS_SRBM
                       : rangeKm <= 2500.0 ? MISSILE_CLASS_MRBM
                       : rangeKm <= 5500.0 ? MISSILE_CLASS_IRBM
                                           : MISSILE_CLASS_ICBM;
    }
    MissileProfile profile;
    switch (missileClass) {
    case MISSILE_CLASS_SRBM: // solid, KN-23 class: ~3.4 km/s ideal
        profile.stages = {{60.0, 200e3, 6000.0, 4200.0}};
        profile.inverseBeta = 1.0 / 4000.0;
        break;
    case MISSILE_CLASS_MRBM: // liquid, Nodong class: ~4.4 km/s
        profile.stages = {{110.0, 330e3, 16000.0, 12500.0}};
        profile.inverseBeta = 1.0 / 6000.0;
        break;
    case MISSILE_CLASS_IRBM: // liquid, Hwasong-12 class: ~6.2 km/s
        profile.stages = {{130.0, 560e3, 24000.0, 20500.0}};
        profile.inverseBeta = 1.0 / 7000.0;
        break;
    default: // two-stage liquid, Hwasong-17 class: ~10 km/s
        profile.stages = {{120.0, 1600e3, 80000.0, 62000.0}, {160.0, 240e3, 14000.0, 12000.0}};
        profile.inverseBeta = 1.0 / 10000.0;
        break;
    }
    return profile;
}

MissileProfile MissileProfile::forLaunch(const cop::sim::v1::ScriptedLaunch &launch)
{
    MissileProfile profile = ofClass(launch.missile_class(), launch.range_km(), launch.apogee_km());
    if (!launch.stages().empty()) {
        profile.stages.clear();
        for (const auto &stage : launch.stages())
            profile.stages.push_back({stage.burn_time_s(), stage.thrust_n(), stage.mass_kg(),
                                      stage.propellant_mass_kg(), stage.acceleration_mps2()});
    }
    if (launch.boost_duration_s() > 0.0) {
        // Same propellant over a longer or shorter burn: the impulse stays, the thrust scales.
        const double stretch = launch.boost_duration_s() / profile.burnS();
        for (BurnStage &stage : profile.stages) {
            stage.burnS *= stretch;
            stage.thrustN /= stretch;
            stage.constantAccelerationMps2 /= stretch;
        }
    }
    if (launch.ballistic_coefficient_kg_m2() > 0.0)
        profile.inverseBeta = 1.0 / launch.ballistic_coefficient_kg_m2();
    profile.cutoffS = profile.burnS();
    profile.verticalRiseS = std::clamp(0.05 * profile.burnS(), 4.0, 10.0);
    profile.pitchOverS = 0.6 * profile.burnS();
    return profile;
}

} // namespace cop::sim
