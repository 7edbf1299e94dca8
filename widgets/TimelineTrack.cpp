#include "TimelineTrack.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace cop {

namespace {

constexpr int kMargin = 8;

} // namespace

TimelineTrack::TimelineTrack(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(34);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
}

QSize TimelineTrack::sizeHint() const
{
    return {600, 34};
}

QColor TimelineTrack::markerColor(MarkerKind kind)
{
    switch (kind) {
    case MarkerKind::Launch:
        return {0xff, 0xff, 0xff};
    case MarkerKind::Alert:
        return {0xff, 0x45, 0x3a};
    case MarkerKind::Acknowledgement:
        return {0x30, 0xd1, 0x58};
    case MarkerKind::OperatorAction:
        return {0x64, 0xd2, 0xff};
    }
    return Qt::gray;
}

void TimelineTrack::setRange(qint64 startUtcUs, qint64 endUtcUs)
{
    m_start = startUtcUs;
    m_end = std::max(endUtcUs, startUtcUs + 1);
    update();
}

void TimelineTrack::setMarkers(std::vector<Marker> markers)
{
    m_markers = std::move(markers);
    update();
}

void TimelineTrack::setPosition(qint64 utcUs)
{
    if (utcUs == m_position)
        return;
    m_position = utcUs;
    update();
}

double TimelineTrack::xOf(qint64 utcUs) const
{
    const double span = double(m_end - m_start);
    return kMargin + (width() - 2 * kMargin) * double(utcUs - m_start) / span;
}

qint64 TimelineTrack::timeAt(double x) const
{
    const double fraction = std::clamp((x - kMargin) / std::max(1, width() - 2 * kMargin), 0.0, 1.0);
    return m_start + qint64(std::llround(fraction * double(m_end - m_start)));
}

const TimelineTrack::Marker *TimelineTrack::markerNear(double x) const
{
    const Marker *nearest = nullptr;
    double best = 5.0;
    for (const Marker &marker : m_markers) {
        const double distance = std::abs(xOf(marker.timeUtcUs) - x);
        if (distance <= best) {
            best = distance;
            nearest = &marker;
        }
    }
    return nearest;
}

void TimelineTrack::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const double mid = height() / 2.0;
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(QRectF(kMargin, mid - 4, width() - 2 * kMargin, 8), 4, 4);
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.drawRoundedRect(QRectF(kMargin, mid - 4, xOf(m_position) - kMargin, 8), 4, 4);

    // Launches above the bar, alerts and acknowledgements below: they often coincide.
    for (const Marker &marker : m_markers) {
        const double x = xOf(marker.timeUtcUs);
        painter.setPen(QPen(markerColor(marker.kind), 2));
        if (marker.kind == MarkerKind::Launch)
            painter.drawLine(QPointF(x, 2), QPointF(x, mid - 5));
        else
            painter.drawLine(QPointF(x, mid + 5), QPointF(x, height() - 2));
    }

    const double x = xOf(m_position);
    painter.setPen(QPen(palette().color(QPalette::BrightText), 1));
    painter.setBrush(palette().color(QPalette::BrightText));
    painter.drawEllipse(QPointF(x, mid), 6, 6);
}

void TimelineTrack::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit seekRequested(timeAt(event->position().x()));
}

void TimelineTrack::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        emit seekRequested(timeAt(event->position().x()));
}

bool TimelineTrack::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const Marker *marker = markerNear(help->pos().x()))
            QToolTip::showText(help->globalPos(), marker->tip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace cop
