#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace cop::regions {

enum class RegionKind : uint8_t { OpenSea, Territory, Eez, BoundaryNotAgreed };

// The nations whose territory and EEZ the console warns for; every other state is None.
enum class Nation : uint8_t { None, Japan, RepublicOfKorea };

// What one place is, as the grid stores it. Ordered from least to most serious, so the worst
// of several is the largest.
enum class RegionCode : uint8_t {
    OpenSea,           // beyond the watched nations' EEZs (another state's waters included)
    OtherLand,         // land of any other state, and islands more than one state claims
    BoundaryNotAgreed, // waters nearest islands more than one state claims
    JapanEez,
    KoreaEez,
    JapanTerritory,
    KoreaTerritory,
};
inline constexpr int kRegionCodeCount = 7;

struct Region
{
    RegionCode code = RegionCode::OpenSea;

    RegionKind kind() const;
    Nation nation() const;
    // The neutral id services send and the console localises (docs/glossary.md: ids, not names),
    // e.g. "jp.eez".
    std::string_view id() const;
    static std::optional<Region> fromId(std::string_view id);
    // A watched nation's territory or EEZ, or waters one may claim: what the console warns for.
    bool isWatched() const { return nation() != Nation::None || kind() == RegionKind::BoundaryNotAgreed; }
    // Territory of a watched nation: what an impact or an overflight alert is about.
    bool isWatchedTerritory() const { return kind() == RegionKind::Territory && nation() != Nation::None; }
    static Region territoryOf(Nation nation);

    friend bool operator==(Region, Region) = default;
};

// A set of regions, e.g. all that an impact ellipse touches.
class RegionMask
{
public:
    void add(Region region) { m_bits |= uint8_t(1u << unsigned(region.code)); }
    void add(RegionMask other) { m_bits |= other.m_bits; }
    bool contains(Region region) const { return m_bits & (1u << unsigned(region.code)); }
    bool empty() const { return m_bits == 0; }
    uint8_t bits() const { return m_bits; }
    // The most serious member; open sea when empty.
    Region worst() const;
    // Members, most serious first.
    template<typename F>
    void forEachWorstFirst(F f) const
    {
        for (int code = kRegionCodeCount - 1; code >= 0; --code)
            if (m_bits & (1u << unsigned(code)))
                f(Region{RegionCode(code)});
    }

    friend bool operator==(RegionMask, RegionMask) = default;

private:
    uint8_t m_bits = 0;
};

} // namespace cop::regions
