#pragma once

namespace cop::regions {

// Islands that more than one state claims, as boxes that hold all of their land in Natural
// Earth 4.1 and no other land. Natural Earth draws them as one state's (de facto control); the
// region model assigns neither the islands nor their waters to any claimant (docs/regions.md).
struct DisputedIslands
{
    double southDeg, northDeg, westDeg, eastDeg;

    bool holds(double latDeg, double lonDeg) const
    {
        return latDeg >= southDeg && latDeg <= northDeg && lonDeg >= westDeg && lonDeg <= eastDeg;
    }
};

inline constexpr DisputedIslands kDisputedIslands[] = {
    {37.1, 37.4, 131.7, 132.0},   // Dokdo / Takeshima
    {25.5, 26.1, 123.3, 124.7},   // Senkaku / Diaoyu
    {43.2, 45.7, 145.3, 148.95},  // Etorofu/Iturup, Kunashiri/Kunashir, Shikotan, Habomai
};

} // namespace cop::regions
