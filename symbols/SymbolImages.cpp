#include "SymbolImages.h"

#include <QHash>
#include <QMutex>
#include <QPainter>
#include <QSvgRenderer>

namespace cop::symbolImages {

using namespace Qt::StringLiterals;

namespace {

struct Key
{
    QString sidc;
    qreal ratio;
    Look look;
    friend bool operator==(const Key &, const Key &) = default;
    friend size_t qHash(const Key &key, size_t seed = 0) { return qHashMulti(seed, key.sidc, key.ratio, key.look); }
};

QImage render(const QString &sidc, qreal ratio)
{
    QSvgRenderer svg(u":/cop/symbols/"_s + sidc + u".svg"_s);
    if (!svg.isValid())
        return {};
    QImage image((QSizeF(svg.defaultSize()) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    svg.render(&painter);
    painter.end();
    // In the overlay raster's format (the texture's): drawn without a conversion per symbol.
    image = image.convertToFormat(QImage::Format_RGBA8888_Premultiplied);
    image.setDevicePixelRatio(ratio);
    return image;
}

// Grey at the brightness of each pixel, dimmed: the shape stays legible, the colour that says
// hostile or friend goes.
QImage greyed(const QImage &image)
{
    QImage grey = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < grey.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(grey.scanLine(y));
        for (int x = 0; x < grey.width(); ++x) {
            const int level = qGray(line[x]) * 3 / 4;
            line[x] = qRgba(level, level, level, qAlpha(line[x]));
        }
    }
    return grey.convertToFormat(QImage::Format_RGBA8888_Premultiplied);
}

QRectF opaqueExtent(const QImage &image)
{
    QRect opaque;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                opaque |= QRect(x, y, 1, 1);
    return QRectF(opaque).translated(-image.width() / 2.0, -image.height() / 2.0);
}

QMutex mutex;
QHash<Key, QImage> images;
QHash<QString, QRectF> extents;

} // namespace

QImage image(const QString &sidc, qreal devicePixelRatio, Look look)
{
    const QMutexLocker lock(&mutex);
    const Key key{sidc, devicePixelRatio, look};
    auto found = images.constFind(key);
    if (found != images.constEnd())
        return *found;
    QImage drawn = render(sidc, devicePixelRatio);
    if (look == Look::Stale && !drawn.isNull()) {
        drawn = greyed(drawn);
        drawn.setDevicePixelRatio(devicePixelRatio);
    }
    images.insert(key, drawn);
    return drawn;
}

QRectF extent(const QString &sidc)
{
    {
        const QMutexLocker lock(&mutex);
        const auto found = extents.constFind(sidc);
        if (found != extents.constEnd())
            return *found;
    }
    const QImage drawn = image(sidc, 1.0);
    const QRectF covered = drawn.isNull() ? QRectF() : opaqueExtent(drawn);
    const QMutexLocker lock(&mutex);
    extents.insert(sidc, covered);
    return covered;
}

} // namespace cop::symbolImages
