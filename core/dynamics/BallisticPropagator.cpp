#include "dynamics/BallisticPropagator.h"

#include <cmath>

namespace cop::dynamics {

namespace {

constexpr double kFirstStepS = 1.0;

struct Equations
{
    const BallisticDynamics &dynamics;
    State operator()(const State &s) const { return dynamics.derivative(s); }
};

using Integrator = Dopri5<Equations>;

double radialSpeed(const State &s)
{
    return s.head<3>().dot(s.tail<3>());
}

// The root of f on [a, b] where f(a) and f(b) differ in sign: Illinois false position, which
// converges superlinearly on smooth functions and never leaves the bracket.
template<typename F>
double bracketedRoot(const F &f, double a, double b, double fa, double fb, double tolerance)
{
    int side = 0;
    for (int i = 0; i < 60 && std::abs(b - a) > tolerance; ++i) {
        const double c = (a * fb - b * fa) / (fb - fa);
        const double fc = f(c);
        if (fc == 0.0)
            return c;
        if ((fc > 0.0) == (fb > 0.0)) {
            b = c;
            fb = fc;
            if (side == -1)
                fa *= 0.5;
            side = -1;
        } else {
            a = c;
            fa = fc;
            if (side == 1)
                fb *= 0.5;
            side = 1;
        }
    }
    return (a * fb - b * fa) / (fb - fa);
}

} // namespace

std::optional<ImpactSolution> BallisticPropagator::toImpact(const State &initial,
                                                            double inverseBeta, double maxTimeS,
                                                            std::vector<PathSample> *path,
                                                            double sampleSpacingS) const
{
    const BallisticDynamics dynamics(m_earth, inverseBeta);
    if (dynamics.height(initial.head<3>()) < 0.0)
        return std::nullopt;
    const Equations equations{dynamics};
    Integrator integrator(equations, initial, 0.0, kFirstStepS, m_tolerances);

    ImpactSolution solution;
    solution.apogeeEcef = initial.head<3>();
    solution.apogeeHeightM = dynamics.height(solution.apogeeEcef);
    if (path)
        path->push_back({0.0, initial.head<3>()});
    double nextSampleS = sampleSpacingS;

    while (integrator.time() < maxTimeS) {
        integrator.step(maxTimeS);
        const double t0 = integrator.previousTime();
        const double t1 = integrator.time();
        const auto heightAt = [&](double t) {
            return dynamics.height(integrator.denseAt(t).head<3>());
        };

        // The apogee lies in the step where the radial speed turns negative.
        if (radialSpeed(integrator.previousState()) > 0.0 && radialSpeed(integrator.state()) <= 0.0) {
            const auto radialAt = [&](double t) { return radialSpeed(integrator.denseAt(t)); };
            const double t = bracketedRoot(radialAt, t0, t1, radialSpeed(integrator.previousState()),
                                           radialSpeed(integrator.state()), 1e-3);
            const Eigen::Vector3d p = integrator.denseAt(t).head<3>();
            const double h = dynamics.height(p);
            if (h > solution.apogeeHeightM) {
                solution.apogeeTimeS = t;
                solution.apogeeEcef = p;
                solution.apogeeHeightM = h;
            }
        }

        const double h1 = dynamics.height(integrator.state().head<3>());
        const double end = h1 < 0.0 ? bracketedRoot(heightAt, t0, t1,
                                                     dynamics.height(integrator.previousState().head<3>()),
                                                     h1, 1e-7)
                                    : t1;
        if (path) {
            for (; nextSampleS < end; nextSampleS += sampleSpacingS)
                path->push_back({nextSampleS, integrator.denseAt(nextSampleS).head<3>()});
        }
        if (h1 < 0.0) {
            solution.timeS = end;
            solution.state = integrator.denseAt(end);
            if (path)
                path->push_back({end, solution.state.head<3>()});
            return solution;
        }
    }
    return std::nullopt;
}

State BallisticPropagator::propagate(const State &initial, double inverseBeta,
                                     double durationS) const
{
    const BallisticDynamics dynamics(m_earth, inverseBeta);
    const Equations equations{dynamics};
    Integrator integrator(equations, initial, 0.0, std::copysign(kFirstStepS, durationS),
                          m_tolerances);
    while (integrator.time() != durationS)
        integrator.step(durationS);
    return integrator.state();
}

} // namespace cop::dynamics
