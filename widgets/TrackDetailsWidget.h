#pragma once

#include "Picture.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;

namespace cop {

class TrackTableModel;

// Everything known about the track selected on the map: the track table's columns for it, then
// its sensors, launch and predicted impact. Follows the table's refreshes.
class TrackDetailsWidget : public QWidget
{
    Q_OBJECT

public:
    TrackDetailsWidget(Picture *picture, TrackTableModel *tracks, QWidget *parent = nullptr);

    void setTrack(const std::optional<ServiceKey> &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void setRow(const QString &name, const QString &value);

    QPointer<Picture> m_picture;
    TrackTableModel *m_tracks;
    std::optional<ServiceKey> m_key;
    QFormLayout *m_form;
    QLabel *m_placeholder;
};

} // namespace cop
