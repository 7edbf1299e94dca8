#pragma once

#include "picture/Picture.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QFormLayout;
class QLabel;
class QTableView;

namespace cop {

class ContributorTableModel;
class FusedPicture;
struct FusedTrack;
class TrackTableModel;

// Everything known about the selected track: the track table's columns for it, then its
// sensors, launch and predicted impact; for a fused track also why the nations disagree, if
// they do, and each nation's own track of it. Follows the table's refreshes.
class TrackDetailsWidget : public QWidget
{
    Q_OBJECT

public:
    TrackDetailsWidget(Picture *picture, FusedPicture *fusion, TrackTableModel *tracks,
                       QWidget *parent = nullptr);

    // A service's track, or {"", fused id} for a fused track.
    void setTrack(const std::optional<ServiceKey> &key);
    ContributorTableModel *contributors() const { return m_contributors; }
    // Names the place of a launch or impact point ("85 km ENE of Niigata") beside its
    // coordinates; the gazetteer is the basemap's, which the widgets do not know.
    using PlaceNamer = std::function<QString(const GeoPoint &)>;
    void setPlaceNamer(PlaceNamer namer);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QString where(const GeoPoint &point) const;
    void refreshFusion(const FusedTrack *fused);
    // How a space launch ended: its orbit, or what failed and where its debris falls.
    QString outcome(const Launch &launch) const;
    void setRow(const QString &name, const QString &value);

    QPointer<Picture> m_picture;
    QPointer<FusedPicture> m_fusion;
    TrackTableModel *m_tracks;
    std::optional<ServiceKey> m_key;
    QFormLayout *m_form;
    QLabel *m_placeholder;
    QLabel *m_divergence;
    PlaceNamer m_placeNamer;
    ContributorTableModel *m_contributors;
    QTableView *m_contributorView;
};

} // namespace cop
