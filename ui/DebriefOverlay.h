#pragma once

#include "picture/ImpactDebrief.h"
#include "ShapeBatch.h"

#include <QQuickPaintedItem>

#include <vector>

namespace cop {

// The debrief's drawing over the map, apart from the live overlay: for each track that impacted,
// the 95 % ellipse of every prediction received up to the replay time (older ones fainter, the
// predicted impact points joined in order) and the actual impact point. Follows the same map
// centre and zoom as the track overlay it is given.
class DebriefOverlay : public QQuickPaintedItem
{
    Q_OBJECT

public:
    explicit DebriefOverlay(QQuickItem *trackOverlay);

    void setImpacts(std::vector<ImpactDebrief> impacts);
    void setTime(qint64 utcUs);

    void paint(QPainter *painter) override;

private:
    ShapeBatch build() const;

    QQuickItem *m_trackOverlay;
    std::vector<ImpactDebrief> m_impacts;
    qint64 m_timeUtcUs = 0;
};

} // namespace cop
