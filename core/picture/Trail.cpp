#include "picture/Trail.h"

#include <algorithm>

namespace cop {

namespace {

// A full trail moves to new room once every kSlack points, copying kPoints - 1 of them: about
// three points copied a point added, for a third more memory than the points themselves.
constexpr qsizetype kSlack = 40;
constexpr qsizetype kFirstRoom = 8;

qsizetype roomFor(qsizetype points)
{
    return std::min(std::max(kFirstRoom, 2 * points), Trail::kPoints + kSlack);
}

} // namespace

Trail::Room::Room(qsizetype size)
    : capacity(size)
    , points(std::make_unique<GeoPoint[]>(size_t(size)))
{}

void Trail::append(const GeoPoint &point)
{
    const qsizetype end = m_first + m_size;
    qsizetype expected = end;
    if (!m_room || end == m_room->capacity || !m_room->claimed.compare_exchange_strong(expected, end + 1)) {
        moveAppending(point);
        return;
    }
    m_room->points[end] = point;
    if (m_size == kPoints)
        ++m_first;
    else
        ++m_size;
}

void Trail::moveAppending(const GeoPoint &point)
{
    const qsizetype kept = std::min(m_size, kPoints - 1);
    auto room = std::make_shared<Room>(roomFor(kept + 1));
    std::copy(end() - kept, end(), room->points.get());
    room->points[kept] = point;
    room->claimed = kept + 1;
    m_room = std::move(room);
    m_first = 0;
    m_size = kept + 1;
}

} // namespace cop
