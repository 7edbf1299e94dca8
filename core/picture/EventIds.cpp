#include "picture/EventIds.h"

#include <array>

namespace cop {

namespace {

// From the names in declaration order; the first (Unknown) for a value past them.
template <typename Enum, size_t N>
QString idOf(Enum value, const std::array<const char *, N> &names)
{
    const auto index = size_t(value);
    return QString::fromLatin1(names[index < N ? index : 0]);
}

} // namespace

QString phaseId(TrackPhase phase)
{
    static constexpr std::array names{"unknown", "boost", "midcourse", "terminal"};
    return idOf(phase, names);
}

QString affiliationId(Affiliation affiliation)
{
    static constexpr std::array names{"unknown", "hostile", "suspect", "friend"};
    return idOf(affiliation, names);
}

QString dropReasonId(DropReason reason)
{
    static constexpr std::array names{"unknown", "lost", "impacted", "ended"};
    return idOf(reason, names);
}

} // namespace cop
