#pragma once

#include <QColor>
#include <QString>

// Colours of the map overlay, chosen for a dim watch floor: saturated symbols on a dark sea,
// grey for anything that is no longer current.
namespace cop::overlayStyle {

inline const QColor kHostile{0xff, 0x3b, 0x30};
inline const QColor kFriend{0x6c, 0xd4, 0xff};
inline const QColor kUnknown{0xff, 0xf0, 0x6a};
inline const QColor kExercise{0xc0, 0x7b, 0xff};
inline const QColor kStale{0x7a, 0x84, 0x8e};
inline const QColor kTrail{0xff, 0x8a, 0x80, 0xa0};
inline const QColor kTrajectory{0xff, 0xd6, 0x0a};
// Predictions this console computed itself (no service sent one): cyan, so they never pass for
// a service's own.
inline const QColor kLocalTrajectory{0x64, 0xd2, 0xff};
inline const QColor kEllipse95{0xff, 0x9f, 0x0a};
inline const QColor kEllipse50{0xff, 0x45, 0x3a};
// The launch label's; the symbols themselves are MIL-STD-2525D images (SymbolImages).
inline const QColor kLaunch{0xff, 0xff, 0xff};
inline const QColor kLaunchEllipse{0xff, 0xff, 0xff, 0xb0};
inline const QColor kRegion{0xff, 0x7a, 0xd9};
// An approximate EEZ is context, not a coastline: fainter than the territory it surrounds.
inline const QColor kRegionEez{0xff, 0x7a, 0xd9, 0x70};
inline const QColor kSelection{0x5a, 0xc8, 0xfa};
// Around a fused track whose nations disagree (impact or coverage): amber, an advisory.
inline const QColor kDivergence{0xff, 0xb3, 0x40};
inline const QColor kGraticule{0x1f, 0x3a, 0x52};
inline const QColor kLabel{0xe6, 0xed, 0xf3};
inline const QColor kLabelShadow{0x05, 0x0b, 0x12, 0xc0};

// Source badges: muted, so a badge never reads as a threat colour.
inline QColor badgeColor(const QString &service)
{
    if (service == u"US")
        return {0x1f, 0x4e, 0x99};
    if (service == u"JP")
        return {0x5a, 0x60, 0x6a};
    if (service == u"KR")
        return {0x1c, 0x6b, 0x5a};
    return {0x44, 0x44, 0x44};
}

inline constexpr float kSymbolStroke = 2.5f;
inline constexpr float kLineWidth = 1.5f;
inline constexpr double kLeaderSeconds = 60.0;
inline constexpr double kTickSeconds = 60.0;
inline constexpr double kOrbitEndRadiusPx = 6.0; // the open circle that ends a ground track into orbit

} // namespace cop::overlayStyle
