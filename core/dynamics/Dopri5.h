#pragma once

#include <Eigen/Core>

#include <algorithm>
#include <cmath>

namespace cop::dynamics {

struct Tolerances
{
    double relative = 1e-10;
    double absolute = 1e-6; // metres and metres per second alike
};

// Dormand-Prince 5(4) with step-size control and Hairer's 4th-order dense output over the last
// step. One instance per propagation; it holds fixed-size vectors only, so it never allocates.
// Steps may run backwards in time (negative duration).
template<typename Derivative, int N = 6>
class Dopri5
{
public:
    using Vector = Eigen::Matrix<double, N, 1>;

    Dopri5(const Derivative &f, const Vector &y0, double t0, double firstStep, Tolerances tol)
        : m_f(f), m_y(y0), m_t(t0), m_h(firstStep), m_tol(tol)
    {
        m_k1 = m_f(m_y);
    }

    // Takes one accepted step that does not pass tLimit (which lies ahead in the direction of
    // the first step).
    void step(double tLimit)
    {
        // The equations of motion are autonomous, so the stages need no time (no c_i).
        constexpr double a21 = 1.0 / 5;
        constexpr double a31 = 3.0 / 40, a32 = 9.0 / 40;
        constexpr double a41 = 44.0 / 45, a42 = -56.0 / 15, a43 = 32.0 / 9;
        constexpr double a51 = 19372.0 / 6561, a52 = -25360.0 / 2187, a53 = 64448.0 / 6561,
                         a54 = -212.0 / 729;
        constexpr double a61 = 9017.0 / 3168, a62 = -355.0 / 33, a63 = 46732.0 / 5247,
                         a64 = 49.0 / 176, a65 = -5103.0 / 18656;
        constexpr double a71 = 35.0 / 384, a73 = 500.0 / 1113, a74 = 125.0 / 192,
                         a75 = -2187.0 / 6784, a76 = 11.0 / 84;
        constexpr double e1 = 71.0 / 57600, e3 = -71.0 / 16695, e4 = 71.0 / 1920,
                         e5 = -17253.0 / 339200, e6 = 22.0 / 525, e7 = -1.0 / 40;

        for (;;) {
            const double remaining = tLimit - m_t;
            const bool last = std::abs(m_h) >= std::abs(remaining);
            const double h = last ? remaining : m_h;
            const Vector k2 = m_f(m_y + h * a21 * m_k1);
            const Vector k3 = m_f(m_y + h * (a31 * m_k1 + a32 * k2));
            const Vector k4 = m_f(m_y + h * (a41 * m_k1 + a42 * k2 + a43 * k3));
            const Vector k5 = m_f(m_y + h * (a51 * m_k1 + a52 * k2 + a53 * k3 + a54 * k4));
            const Vector k6 = m_f(m_y + h * (a61 * m_k1 + a62 * k2 + a63 * k3 + a64 * k4 + a65 * k5));
            const Vector y1 = m_y + h * (a71 * m_k1 + a73 * k3 + a74 * k4 + a75 * k5 + a76 * k6);
            const Vector k7 = m_f(y1);
            const Vector err = h * (e1 * m_k1 + e3 * k3 + e4 * k4 + e5 * k5 + e6 * k6 + e7 * k7);
            const Vector scale = (m_y.cwiseAbs().cwiseMax(y1.cwiseAbs()) * m_tol.relative)
                                     .array()
                                 + m_tol.absolute;
            const double e = std::sqrt((err.cwiseQuotient(scale)).squaredNorm() / N);
            const double factor = std::clamp(0.9 * std::pow(std::max(e, 1e-12), -0.2), 0.2, 5.0);
            if (e > 1.0) {
                m_h = h * factor;
                continue;
            }
            prepareDense(h, y1, k3, k4, k5, k6, k7);
            m_tPrevious = m_t;
            m_yPrevious = m_y;
            m_t = last ? tLimit : m_t + h;
            m_y = y1;
            m_k1 = k7; // first-same-as-last
            if (!last)
                m_h = h * factor;
            return;
        }
    }

    double time() const { return m_t; }
    const Vector &state() const { return m_y; }
    double previousTime() const { return m_tPrevious; }
    const Vector &previousState() const { return m_yPrevious; }
    const Vector &derivative() const { return m_k1; }

    // The state at t within the last step.
    Vector denseAt(double t) const
    {
        const double theta = (t - m_tPrevious) / (m_t - m_tPrevious);
        const double theta1 = 1.0 - theta;
        return m_yPrevious
               + theta * (m_r2 + theta1 * (m_r3 + theta * (m_r4 + theta1 * m_r5)));
    }

private:
    void prepareDense(double h, const Vector &y1, const Vector &k3, const Vector &k4,
                      const Vector &k5, const Vector &k6, const Vector &k7)
    {
        constexpr double d1 = -12715105075.0 / 11282082432, d3 = 87487479700.0 / 32700410799,
                         d4 = -10690763975.0 / 1880347072, d5 = 701980252875.0 / 199316789632,
                         d6 = -1453857185.0 / 822651844, d7 = 69997945.0 / 29380423;
        m_r2 = y1 - m_y;
        m_r3 = h * m_k1 - m_r2;
        m_r4 = m_r2 - h * k7 - m_r3;
        m_r5 = h * (d1 * m_k1 + d3 * k3 + d4 * k4 + d5 * k5 + d6 * k6 + d7 * k7);
    }

    const Derivative &m_f;
    Vector m_y;
    double m_t;
    double m_h;
    Tolerances m_tol;
    Vector m_k1;
    Vector m_yPrevious;
    double m_tPrevious = 0.0;
    Vector m_r2, m_r3, m_r4, m_r5;
};

} // namespace cop::dynamics
