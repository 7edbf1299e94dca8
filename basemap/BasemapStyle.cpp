#include "BasemapStyle.h"

namespace cop::basemap {

QByteArray BasemapStyle::fingerprint() const
{
    QByteArray bytes;
    for (const QColor &color : {sea, land, coastline, border, graticule, city, cityLabel, seaLabel})
        bytes += color.name(QColor::HexArgb).toLatin1();
    bytes += QByteArray::number(labelPixelSize);
    return bytes;
}

} // namespace cop::basemap
