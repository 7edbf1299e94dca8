#include "interop/SymbolCode.h"

#include <array>

namespace cop {

using namespace Qt::StringLiterals;

namespace {

// A 2525D SIDC is ten fields of fixed width (MIL-STD-2525D, 5.2, "Symbol identification code"):
//   1-2   version             10: MIL-STD-2525D
//   3     context             0 reality, 1 exercise (standard identity 1)
//   4     standard identity   1 unknown, 3 friend, 5 suspect (joker in exercise),
//                             6 hostile (faker in exercise)
//   5-6   symbol set          see below
//   7     status              0 present
//   8     HQ / task force / dummy   0 none
//   9-10  amplifier (echelon / mobility)   00 none: neither applies to a missile or a point
//   11-16 entity, entity type, entity subtype
//   17-18 sector 1 modifier
//   19-20 sector 2 modifier
//
// Symbol sets: 2525D gives missiles in flight sets of their own, apart from the air (01) and space
// (05) sets, which hold aircraft and spacecraft: 02 air missile and 06 space missile. A ballistic
// missile is an air missile while in the atmosphere (boost, reentry) and a space missile above it
// (midcourse), as the standard draws a track where it is; each set marks it "ballistic" with its
// own sector 1 modifier (02: 06, 06: 01). Points are control measures (25): 250300 "Launch Point"
// (fires points), 210900 "Predicted Impact Point" and 210800 "Impact Point" (maritime control
// points, the ones ballistic missile defence uses). A space launch is the space set's (05):
// 111900 "Space Launched Vehicle (SLV)", 110700 "Satellite" for what it puts into orbit, and
// 110100 "Space Vehicle" for its spent stages and other pieces, which the standard has no
// symbol of their own for (a missile's would call them a threat they are not).
constexpr double kSpaceFloorM = 100'000.0; // the Karman line: where space begins

QChar standardIdentity(Affiliation affiliation)
{
    switch (affiliation) {
    case Affiliation::Friend: return u'3';
    case Affiliation::Suspect: return u'5';
    case Affiliation::Hostile: return u'6';
    case Affiliation::Unknown: break;
    }
    return u'1';
}

QString composeSymbolCode(SymbolEntity entity, Affiliation affiliation, bool exercise, double heightM)
{
    struct Fields
    {
        QLatin1StringView symbolSet, entity, modifiers;
    };
    const Fields fields = [&]() -> Fields {
        switch (entity) {
        case SymbolEntity::BallisticMissile:
            return heightM >= kSpaceFloorM ? Fields{"06"_L1, "110000"_L1, "0100"_L1}
                                           : Fields{"02"_L1, "110000"_L1, "0600"_L1};
        case SymbolEntity::LaunchPoint: return {"25"_L1, "250300"_L1, "0000"_L1};
        case SymbolEntity::PredictedImpactPoint: return {"25"_L1, "210900"_L1, "0000"_L1};
        case SymbolEntity::SpaceLaunchVehicle: return {"05"_L1, "111900"_L1, "0000"_L1};
        case SymbolEntity::SpacePiece: return {"05"_L1, "110100"_L1, "0000"_L1};
        case SymbolEntity::Satellite: return {"05"_L1, "110700"_L1, "0000"_L1};
        case SymbolEntity::ImpactPoint: break;
        }
        return {"25"_L1, "210800"_L1, "0000"_L1};
    }();
    const QLatin1StringView statusHqAmplifier = "0000"_L1;
    return "10"_L1 + QChar(exercise ? u'1' : u'0') + standardIdentity(affiliation) + fields.symbolSet
           + statusHqAmplifier + fields.entity + fields.modifiers;
}

constexpr int kEntities = int(SymbolEntity::Satellite) + 1;
constexpr int kAffiliations = int(Affiliation::Friend) + 1;

constexpr int codeIndex(SymbolEntity entity, Affiliation affiliation, bool exercise, bool inSpace)
{
    return ((int(entity) * kAffiliations + int(affiliation)) * 2 + int(exercise)) * 2 + int(inSpace);
}

} // namespace

QString symbolCode(SymbolEntity entity, Affiliation affiliation, bool exercise, double heightM)
{
    // Made once: the overlay asks for one per track in every build, tens of thousands a second.
    static const auto codes = [] {
        std::array<QString, kEntities * kAffiliations * 4> all;
        for (int e = 0; e < kEntities; ++e) {
            for (int a = 0; a < kAffiliations; ++a) {
                for (const bool exercise : {false, true}) {
                    for (const bool inSpace : {false, true}) {
                        all[size_t(codeIndex(SymbolEntity(e), Affiliation(a), exercise, inSpace))] =
                            composeSymbolCode(SymbolEntity(e), Affiliation(a), exercise, inSpace ? kSpaceFloorM : 0.0);
                    }
                }
            }
        }
        return all;
    }();
    const int index = codeIndex(entity, affiliation, exercise, heightM >= kSpaceFloorM);
    return index >= 0 && index < int(codes.size()) ? codes[size_t(index)]
                                                   : composeSymbolCode(entity, affiliation, exercise, heightM);
}

SymbolEntity trackSymbolEntity(ObjectKind objectKind, LaunchKind launchKind)
{
    switch (objectKind) {
    case ObjectKind::Stage:
    case ObjectKind::Fairing:
    case ObjectKind::Debris:
        return SymbolEntity::SpacePiece;
    case ObjectKind::Payload:
        return launchKind == LaunchKind::SpaceLaunch ? SymbolEntity::Satellite : SymbolEntity::BallisticMissile;
    case ObjectKind::Vehicle:
    case ObjectKind::Unknown:
        break;
    }
    return launchKind == LaunchKind::SpaceLaunch ? SymbolEntity::SpaceLaunchVehicle : SymbolEntity::BallisticMissile;
}

QStringList symbolCodes()
{
    QStringList codes;
    for (const SymbolEntity entity : {SymbolEntity::BallisticMissile, SymbolEntity::LaunchPoint,
                                      SymbolEntity::PredictedImpactPoint, SymbolEntity::ImpactPoint,
                                      SymbolEntity::SpaceLaunchVehicle, SymbolEntity::SpacePiece,
                                      SymbolEntity::Satellite}) {
        for (const Affiliation affiliation :
             {Affiliation::Hostile, Affiliation::Suspect, Affiliation::Unknown, Affiliation::Friend}) {
            for (const bool exercise : {false, true}) {
                for (const double heightM : {0.0, kSpaceFloorM}) {
                    const QString code = symbolCode(entity, affiliation, exercise, heightM);
                    if (!codes.contains(code))
                        codes.append(code);
                }
            }
        }
    }
    return codes;
}

} // namespace cop
