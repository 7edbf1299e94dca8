#include "OverlayRasterNode.h"

namespace cop {

OverlayRasterNode::OverlayRasterNode()
    : m_geometry(QSGGeometry::defaultAttributes_TexturedPoint2D(), 0)
{
    m_geometry.setDrawingMode(QSGGeometry::DrawTriangles);
    // Premultiplied, mostly transparent: blended over the map.
    m_material.setFlag(QSGMaterial::Blending);
    setGeometry(&m_geometry);
    setMaterial(&m_material);
}

void OverlayRasterNode::setRaster(std::unique_ptr<QSGTexture> texture, const QRectF &area,
                                  const std::vector<QRect> &occupied)
{
    m_texture = std::move(texture);
    m_material.setTexture(m_texture.get());
    const QSize pixels = m_texture->textureSize();
    const QRectF sub = m_texture->normalizedTextureSubRect();
    const double toAreaX = area.width() / pixels.width(), toAreaY = area.height() / pixels.height();
    const double toTextureX = sub.width() / pixels.width(), toTextureY = sub.height() / pixels.height();
    m_geometry.allocate(int(occupied.size()) * 6);
    QSGGeometry::TexturedPoint2D *vertex = m_geometry.vertexDataAsTexturedPoint2D();
    for (const QRect &block : occupied) {
        const auto corner = [&](int x, int y) {
            QSGGeometry::TexturedPoint2D point;
            point.set(float(area.left() + x * toAreaX), float(area.top() + y * toAreaY),
                      float(sub.left() + x * toTextureX), float(sub.top() + y * toTextureY));
            return point;
        };
        const int right = block.x() + block.width(), bottom = block.y() + block.height();
        const QSGGeometry::TexturedPoint2D topLeft = corner(block.x(), block.y()), topRight = corner(right, block.y()),
                                          bottomLeft = corner(block.x(), bottom), bottomRight = corner(right, bottom);
        for (const auto &point : {topLeft, topRight, bottomLeft, topRight, bottomRight, bottomLeft})
            *vertex++ = point;
    }
    markDirty(DirtyGeometry | DirtyMaterial);
}

void OverlayRasterNode::setFiltering(QSGTexture::Filtering filtering)
{
    if (m_material.filtering() == filtering)
        return;
    m_material.setFiltering(filtering);
    markDirty(DirtyMaterial);
}

} // namespace cop
