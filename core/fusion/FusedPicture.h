#pragma once

#include "DivergenceCheck.h"
#include "TrackFuser.h"

#include <QObject>
#include <QPointer>

namespace cop {

class AlertBook;

// The picture as one track per missile: follows the Picture, associates and fuses the
// services' tracks of each missile, picks the prediction to show, and raises a console advisory
// in the AlertBook (when given one) while the nations disagree about a track.
class FusedPicture : public QObject
{
    Q_OBJECT

public:
    static inline const QString kAdvisoryService = QStringLiteral("console");

    FusedPicture(Picture *picture, AlertBook *alerts = nullptr,
                 NationCoverage coverage = NationCoverage::regional(), QObject *parent = nullptr);

    const Picture *picture() const { return m_picture; }
    std::vector<const FusedTrack *> tracks() const { return m_fuser.tracks(); }
    const FusedTrack *find(const QString &fusedId) const { return m_fuser.find(fusedId); }
    QString fusedIdOf(const ServiceKey &key) const { return m_fuser.fusedIdOf(key); }
    // The prediction to show for a fused track, or nothing.
    const Prediction *prediction(const FusedTrack &track) const;

    static QString advisoryId(const QString &fusedId) { return QStringLiteral("fusion.") + fusedId; }

signals:
    void changed();

private:
    void refresh();
    void choosePrediction(FusedTrack &track) const;
    void updateAdvisories();

    QPointer<Picture> m_picture;
    QPointer<AlertBook> m_alerts;
    TrackFuser m_fuser;
    DivergenceCheck m_divergence;
    QHash<QString, AlertUpdate> m_advisories; // by fused id, while raised
};

} // namespace cop
