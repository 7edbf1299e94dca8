#pragma once

#include <QColor>

// Colours of the map overlay, chosen for a dim watch floor: saturated symbols on a dark sea,
// grey for anything that is no longer current.
namespace cop::overlayStyle {

inline const QColor kHostile{0xff, 0x3b, 0x30};
inline const QColor kExercise{0xc0, 0x7b, 0xff};
inline const QColor kStale{0x7a, 0x84, 0x8e};
inline const QColor kTrail{0xff, 0x8a, 0x80, 0xa0};
inline const QColor kTrajectory{0xff, 0xd6, 0x0a};
// Predictions this console computed itself (no service sent one): cyan, so they never pass for
// a service's own.
inline const QColor kLocalTrajectory{0x64, 0xd2, 0xff};
inline const QColor kEllipse95{0xff, 0x9f, 0x0a};
inline const QColor kEllipse50{0xff, 0x45, 0x3a};
inline const QColor kLaunch{0xff, 0xff, 0xff};
inline const QColor kGraticule{0x1f, 0x3a, 0x52};
inline const QColor kLabel{0xe6, 0xed, 0xf3};
// Fused tracks: a badge per reporting nation, and a ring while the nations disagree.
inline const QColor kBadgeUs{0x4f, 0x8c, 0xff};
inline const QColor kBadgeJp{0xff, 0xff, 0xff};
inline const QColor kBadgeKr{0x34, 0xc7, 0x59};
inline const QColor kBadgeOther{0x8e, 0xa4, 0xb8};
inline const QColor kDivergence{0xff, 0xb3, 0x40};
inline constexpr float kBadgeSize = 6.0f;

inline constexpr float kSymbolHalfSize = 8.0f;
inline constexpr float kSymbolStroke = 2.5f;
inline constexpr float kLineWidth = 1.5f;
inline constexpr double kLeaderSeconds = 60.0;
inline constexpr qint64 kStaleAfterUs = 10'000'000;

} // namespace cop::overlayStyle
