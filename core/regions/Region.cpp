#include "regions/Region.h"

#include <array>

namespace cop::regions {

namespace {

// In RegionCode order.
constexpr std::array<std::string_view, kRegionCodeCount> kIds{
    "sea", "land", "boundary-not-agreed", "jp.eez", "kr.eez", "jp.territory", "kr.territory"};

} // namespace

RegionKind Region::kind() const
{
    switch (code) {
    case RegionCode::OpenSea:
        return RegionKind::OpenSea;
    case RegionCode::OtherLand:
    case RegionCode::JapanTerritory:
    case RegionCode::KoreaTerritory:
        return RegionKind::Territory;
    case RegionCode::BoundaryNotAgreed:
        return RegionKind::BoundaryNotAgreed;
    case RegionCode::JapanEez:
    case RegionCode::KoreaEez:
        return RegionKind::Eez;
    }
    return RegionKind::OpenSea;
}

Nation Region::nation() const
{
    switch (code) {
    case RegionCode::JapanEez:
    case RegionCode::JapanTerritory:
        return Nation::Japan;
    case RegionCode::KoreaEez:
    case RegionCode::KoreaTerritory:
        return Nation::RepublicOfKorea;
    default:
        return Nation::None;
    }
}

std::string_view Region::id() const
{
    return kIds[size_t(code)];
}

std::optional<Region> Region::fromId(std::string_view id)
{
    for (size_t i = 0; i < kIds.size(); ++i)
        if (kIds[i] == id)
            return Region{RegionCode(i)};
    return std::nullopt;
}

Region Region::territoryOf(Nation nation)
{
    switch (nation) {
    case Nation::Japan:
        return {RegionCode::JapanTerritory};
    case Nation::RepublicOfKorea:
        return {RegionCode::KoreaTerritory};
    case Nation::None:
        break;
    }
    return {RegionCode::OtherLand};
}

Region RegionMask::worst() const
{
    Region worst;
    forEachWorstFirst([&worst](Region region) {
        if (worst.code == RegionCode::OpenSea)
            worst = region;
    });
    return worst;
}

} // namespace cop::regions
