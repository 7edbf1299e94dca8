#pragma once

#include "fusion/FusedPicture.h"

#include "TranslatedTableModel.h"
#include <QPointer>

namespace cop {

// The nations behind one fused track, one row each: their own track id, how old and how
// accurate their track is, and whose prediction the console shows. Made to sit in a track
// details view; follows the fused picture once a second.
class ContributorTableModel : public TranslatedTableModel
{
    Q_OBJECT

public:
    enum Column { Nation, TrackId, Age, PositionSigma, VelocitySigma, PredictionColumn, ColumnCount };

    explicit ContributorTableModel(FusedPicture *fusion, QObject *parent = nullptr);

    // The fused track to list; an empty id lists nothing.
    void setTrack(const QString &fusedId);
    const QString &track() const { return m_fusedId; }
    // What the track's divergence mark says, or an empty string.
    QString divergenceText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void refresh();
    const FusedTrack *fused() const;

    QPointer<FusedPicture> m_fusion;
    QString m_fusedId;
    QList<ServiceKey> m_keys;
};

} // namespace cop
