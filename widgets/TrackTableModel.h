#pragma once

#include "fusion/FusedPicture.h"
#include "picture/Picture.h"

#include "TranslatedTableModel.h"
#include <QPointer>
#include <QTimer>

#include <optional>

namespace cop {

// The picture's tracks as table rows: one per fused track with its nations' badges (the default
// once a fused picture is set), or one per service track in the raw view. Refreshes at most 5
// times a second however fast the picture changes, and keeps rows (and so the selection) stable
// while the set of tracks does not change.
class TrackTableModel : public TranslatedTableModel
{
    Q_OBJECT

public:
    enum Column { Service, TrackId, Object, Phase, Latitude, Longitude, Altitude, Speed, Age, Quality, ColumnCount };

    explicit TrackTableModel(Picture *picture, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    ServiceKey keyAt(int row) const { return m_keys.value(row); }
    int rowOf(const ServiceKey &key) const { return int(m_keys.indexOf(key)); }
    // Where a row's track is now; nothing once it is gone.
    std::optional<GeoPoint> positionAt(int row) const;
    // The fused track of a row in the fused view, or an empty string.
    QString fusedIdAt(int row) const { return m_fusedView ? m_keys.value(row).id : QString(); }

    void setFusion(FusedPicture *fusion);
    void setFusedView(bool on);
    bool fusedView() const { return m_fusedView; }

private:
    // cellsChanged false: only rows that came or went, the cells stay as they are.
    void refresh(bool cellsChanged = true);
    // What a row shows, from a fused track or a service's own.
    struct Row
    {
        QString nations;
        QString id;
        QString object; // trackedObjectName(): empty for a missile its service does not name
        TrackPhase phase;
        GeoPoint position;
        Vec3 velocityEcef;
        qint64 receivedUtcUs;
        float quality;
        bool exercise;
        bool divergent;
        bool impactPredicted; // coasting met the ground: held at its predicted impact
    };
    std::optional<Row> rowAt(int row) const;

    QPointer<Picture> m_picture;
    QPointer<FusedPicture> m_fusion;
    bool m_fusedView = false;
    QList<ServiceKey> m_keys;
    QTimer m_refreshTimer;
};

} // namespace cop
