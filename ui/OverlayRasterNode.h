#pragma once

#include <QRect>
#include <QSGGeometryNode>
#include <QSGTextureMaterial>

#include <memory>
#include <vector>

namespace cop {

// The overlay's raster on screen: its texture drawn as quads over the blocks that hold anything
// (OverlayRaster::occupied), not as one quad over the whole raster. Lives on the render thread
// with the texture it owns.
class OverlayRasterNode : public QSGGeometryNode
{
public:
    OverlayRasterNode();

    // `area` is where the raster lies (frame coordinates); `occupied` in its texture's pixels.
    void setRaster(std::unique_ptr<QSGTexture> texture, const QRectF &area, const std::vector<QRect> &occupied);
    void setFiltering(QSGTexture::Filtering filtering);

private:
    std::unique_ptr<QSGTexture> m_texture;
    QSGGeometry m_geometry;
    QSGTextureMaterial m_material;
};

} // namespace cop
