#pragma once

#include "Picture.h"

#include "TranslatedTableModel.h"
#include <QPointer>
#include <QTimer>

namespace cop {

// The picture's tracks as table rows, one per service track. Refreshes at most 5 times a second
// however fast the picture changes, and keeps rows (and so the selection) stable while the set of
// tracks does not change.
class TrackTableModel : public TranslatedTableModel
{
    Q_OBJECT

public:
    enum Column { Service, TrackId, Phase, Latitude, Longitude, Altitude, Speed, Age, Quality, ColumnCount };

    explicit TrackTableModel(Picture *picture, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    ServiceKey keyAt(int row) const { return m_keys.value(row); }
    int rowOf(const ServiceKey &key) const { return int(m_keys.indexOf(key)); }

private:
    void refresh();

    QPointer<Picture> m_picture;
    QList<ServiceKey> m_keys;
    QTimer m_refreshTimer;
};

} // namespace cop
