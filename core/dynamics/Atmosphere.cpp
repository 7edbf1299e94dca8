#include "dynamics/Atmosphere.h"

#include <array>
#include <cmath>

namespace cop::dynamics {

namespace {

struct Layer
{
    double baseM;
    double density;
    double scaleHeightM;
};

// Vallado, Fundamentals of Astrodynamics and Applications, table 8-4.
constexpr std::array<Layer, 28> kLayers{{
    {0.0, 1.225, 7249.0},           {25e3, 3.899e-2, 6349.0},     {30e3, 1.774e-2, 6682.0},
    {40e3, 3.972e-3, 7554.0},       {50e3, 1.057e-3, 8382.0},     {60e3, 3.206e-4, 7714.0},
    {70e3, 8.770e-5, 6549.0},       {80e3, 1.905e-5, 5799.0},     {90e3, 3.396e-6, 5382.0},
    {100e3, 5.297e-7, 5877.0},      {110e3, 9.661e-8, 7263.0},    {120e3, 2.438e-8, 9473.0},
    {130e3, 8.484e-9, 12636.0},     {140e3, 3.845e-9, 16149.0},   {150e3, 2.070e-9, 22523.0},
    {180e3, 5.464e-10, 29740.0},    {200e3, 2.789e-10, 37105.0},  {250e3, 7.248e-11, 45546.0},
    {300e3, 2.418e-11, 53628.0},    {350e3, 9.518e-12, 53298.0},  {400e3, 3.725e-12, 58515.0},
    {450e3, 1.585e-12, 60828.0},    {500e3, 6.967e-13, 63822.0},  {600e3, 1.454e-13, 71835.0},
    {700e3, 3.614e-14, 88667.0},    {800e3, 1.170e-14, 124640.0}, {900e3, 5.245e-15, 181050.0},
    {1000e3, 3.019e-15, 268000.0},
}};

} // namespace

double airDensity(double heightM)
{
    if (heightM >= kLayers.back().baseM)
        return 0.0;
    size_t i = 0;
    while (i + 1 < kLayers.size() && heightM >= kLayers[i + 1].baseM)
        ++i;
    const Layer &layer = kLayers[i];
    return layer.density * std::exp(-(heightM - layer.baseM) / layer.scaleHeightM);
}

} // namespace cop::dynamics
