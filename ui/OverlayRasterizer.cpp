#include "OverlayRasterizer.h"

#include "base/BackgroundPool.h"
#include "OverlayCoverage.h"
#include "OverlayStyle.h"

#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cop {

namespace {

// Paints the rows [firstRow, firstRow + rows) of the raster, through an image over just those
// rows of its pixels: each thread paints a device of its own, and every pixel is painted as one
// painter over the whole image would, the band's offset being whole device pixels. Returns
// where the band holds anything, found by the thread that has its pixels at hand.
std::vector<QRect> paintBand(const OverlaySnapshot &snapshot, uchar *pixels, QSize size, qsizetype bytesPerLine,
                             int firstRow, int rows)
{
    const qreal ratio = snapshot.devicePixelRatio;
    QImage band(pixels + firstRow * bytesPerLine, size.width(), rows, bytesPerLine,
                QImage::Format_RGBA8888_Premultiplied);
    band.setDevicePixelRatio(ratio);
    band.fill(Qt::transparent);
    const QRectF area(snapshot.area.left(), snapshot.area.top() + firstRow / ratio, snapshot.area.width(),
                      rows / ratio);

    QPainter painter(&band);
    const bool hairlines = snapshot.shapes.size() > OverlayRasterizer::kHairlineBatches;
    // Hairlines by the thousand are drawn aliased, the raster engine's fastest line, at half the
    // cost: where strokes crowd this thickly, smooth edges show nothing more.
    painter.setRenderHint(QPainter::Antialiasing, !hairlines);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(-area.topLeft());
    for (const auto &shapes : snapshot.shapes) {
        if (shapes->bounds().intersects(area))
            shapes->paint(painter, hairlines);
    }
    snapshot.labelBackgrounds.paint(painter);
    painter.setFont(snapshot.font);
    // A dark shadow keeps a label legible over coastlines and the shapes it names.
    constexpr auto kTextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine;
    const double lineHeight = QFontMetricsF(snapshot.font).height();
    for (const OverlayLabel &label : snapshot.labels) {
        const double top = label.position.y();
        if (top + lineHeight + 2.0 < area.top() || top - 1.0 > area.bottom())
            continue;
        const QRectF box(label.position, QSizeF(1e4, 1e3));
        painter.setPen(overlayStyle::kLabelShadow);
        painter.drawText(box.translated(1, 1), kTextFlags, label.text);
        painter.setPen(label.color);
        painter.drawText(box, kTextFlags, label.text);
    }
    painter.end();
    return overlayCoverage::occupied(pixels, size, bytesPerLine, firstRow, rows);
}

} // namespace

OverlayRaster OverlayRasterizer::paint(const OverlaySnapshot &snapshot, BackgroundPool *helpers)
{
    QElapsedTimer clock;
    clock.start();
    const QSize pixels(int(std::ceil(snapshot.area.width() * snapshot.devicePixelRatio)),
                       int(std::ceil(snapshot.area.height() * snapshot.devicePixelRatio)));
    QImage image(pixels, QImage::Format_RGBA8888_Premultiplied);
    image.setDevicePixelRatio(snapshot.devicePixelRatio);
    uchar *bits = image.bits();
    const qsizetype bytesPerLine = image.bytesPerLine();
    // Painting a raster of tens of thousands of trails is mostly setting pixels: the threads
    // share them out in horizontal bands, each painting only the batches that reach its own.
    const int bands = std::clamp(pixels.height() / kMinBandRows, 1, 1 + (helpers ? helpers->maxThreadCount() : 0));
    const auto firstRow = [&](int band) { return int(qint64(pixels.height()) * band / bands); };
    std::vector<std::vector<QRect>> occupiedByBand(static_cast<size_t>(bands));
    const auto paintBandOf = [&](int band) {
        occupiedByBand[size_t(band)] = paintBand(snapshot, bits, pixels, bytesPerLine, firstRow(band),
                                                 firstRow(band + 1) - firstRow(band));
    };
    if (bands == 1)
        paintBandOf(0);
    else
        helpers->runParts(bands, paintBandOf);
    std::vector<QRect> occupied;
    for (const std::vector<QRect> &band : occupiedByBand)
        occupied.insert(occupied.end(), band.begin(), band.end());
    return {snapshot.frame, snapshot.area, std::move(image), std::move(occupied), double(clock.nsecsElapsed()) / 1e6};
}

} // namespace cop
