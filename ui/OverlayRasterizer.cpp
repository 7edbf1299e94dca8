#include "OverlayRasterizer.h"

#include "OverlayStyle.h"

#include <QElapsedTimer>
#include <QPainter>

#include <cmath>

namespace cop {

OverlayRaster OverlayRasterizer::paint(const OverlaySnapshot &snapshot)
{
    QElapsedTimer clock;
    clock.start();
    const QSize pixels(int(std::ceil(snapshot.area.width() * snapshot.devicePixelRatio)),
                       int(std::ceil(snapshot.area.height() * snapshot.devicePixelRatio)));
    QImage image(pixels, QImage::Format_RGBA8888_Premultiplied);
    image.setDevicePixelRatio(snapshot.devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    const bool hairlines = snapshot.shapes.size() > kHairlineBatches;
    // Hairlines by the thousand are drawn aliased, the raster engine's fastest line, at half the
    // cost: where strokes crowd this thickly, smooth edges show nothing more.
    painter.setRenderHint(QPainter::Antialiasing, !hairlines);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(-snapshot.area.topLeft());
    for (const auto &shapes : snapshot.shapes)
        shapes->paint(painter, hairlines);
    snapshot.labelBackgrounds.paint(painter);
    painter.setFont(snapshot.font);
    // A dark shadow keeps a label legible over coastlines and the shapes it names.
    constexpr auto kTextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine;
    for (const OverlayLabel &label : snapshot.labels) {
        const QRectF box(label.position, QSizeF(1e4, 1e3));
        painter.setPen(overlayStyle::kLabelShadow);
        painter.drawText(box.translated(1, 1), kTextFlags, label.text);
        painter.setPen(label.color);
        painter.drawText(box, kTextFlags, label.text);
    }
    painter.end();
    return {snapshot.frame, snapshot.area, std::move(image), double(clock.nsecsElapsed()) / 1e6};
}

} // namespace cop
