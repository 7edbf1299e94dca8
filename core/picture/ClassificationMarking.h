#pragma once

#include "picture/FeedStatus.h"

#include <QHash>
#include <QStringList>

namespace cop {

// Classification levels in their order of restriction. The level is the first field of a marking
// ("SECRET // REL TO USA, JPN, KOR"), in the convention the three nations' shared channels use.
// A level this console does not know, or a feed that sent no marking, ranks above all: its data
// may be anything, so the picture is treated as at least that restrictive (README,
// "Classification markings").
enum class MarkingLevel : quint8 { Unclassified, Confidential, Secret, TopSecret, Unknown };

MarkingLevel markingLevel(const QString &marking);

// The marking that governs the picture: the most restrictive level among the feeds whose data
// it may hold, and what those feeds said, verbatim.
struct GoverningMarking
{
    bool anyFeed = false;   // false: no feed has delivered anything yet; nothing to mark
    MarkingLevel level = MarkingLevel::Unknown;
    QStringList markings;   // the distinct markings at that level, in service order
    QStringList unmarked;   // services whose data is here without a (valid) marking

    friend bool operator==(const GoverningMarking &, const GoverningMarking &) = default;
};

// Whether a feed's data may be in the picture: once it has been heard from, and still when it
// goes down (its tracks may still be on the map).
bool contributesToPicture(const FeedStatus &feed);

GoverningMarking governingMarking(const QHash<QString, FeedStatus> &feeds);

// One line for files (exports, logs): the markings at the governing level, or what is missing.
// Not translated: files carry markings as the services wrote them.
QString markingLine(const GoverningMarking &marking);

} // namespace cop
