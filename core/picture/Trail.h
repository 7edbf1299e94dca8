#pragma once

#include "geo/GeoPoint.h"

#include <QtGlobal>

#include <atomic>
#include <memory>

namespace cop {

// A track's last positions, oldest first, at most kPoints. Copies share the points, and a trail
// that gains a point while copies share it copies none of them: points are only ever added
// behind the last, into room that the copies of older versions never read. The picture's trails
// are shared with the fusion pass and the overlay by the ten thousand, and each gains a point a
// second; copying each on write cost the GUI thread 30,000 copies a second at 3 x 10,000 tracks.
class Trail
{
public:
    static constexpr qsizetype kPoints = 120;

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const GeoPoint *begin() const { return m_room ? m_room->points.get() + m_first : nullptr; }
    const GeoPoint *end() const { return begin() + m_size; }
    const GeoPoint &front() const { return *begin(); }
    const GeoPoint &back() const { return end()[-1]; }
    const GeoPoint &operator[](qsizetype i) const { return begin()[i]; }
    // How many points the trail's room holds from its first on, before the next must move.
    qsizetype capacity() const { return m_room ? m_room->capacity - m_first : 0; }

    // Adds a point at the end, dropping the first when the trail holds kPoints.
    void append(const GeoPoint &point);

private:
    struct Room
    {
        explicit Room(qsizetype size);

        const qsizetype capacity;
        // The end of the points any trail sharing this room has written: only the trail whose
        // end it is may add behind it; any other moves to a room of its own.
        std::atomic<qsizetype> claimed = 0;
        const std::unique_ptr<GeoPoint[]> points;
    };

    void moveAppending(const GeoPoint &point);

    std::shared_ptr<Room> m_room;
    qsizetype m_first = 0;
    qsizetype m_size = 0;
};

} // namespace cop
