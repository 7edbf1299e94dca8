#pragma once

#include "alerts/AlertBook.h"
#include "fusion/AlertGroups.h"
#include "fusion/FusedPicture.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace cop {

// The alerts on the active list as the operator reads them: one top-level row per missile
// (AlertGroups: its fused track, across nations and across a nation re-initiating its track),
// showing the worst current severity, the predicted impact region, the countdown and the
// nations; the missile's individual alerts (kind x nation, each with its own ISA-18.2 state)
// are its children. An alert about no missile (a feed, the console's health) is a top-level row
// of its own. Rows: not shelved before shelved, conditions present before returned to normal,
// then most severe first, then newest first. Acting on a missile row acts on each child. Rows
// are rebuilt as soon as the book changes (an alert must not wait for a refresh tick); the
// countdown column moves once a second, on the book's clock (the replay clock in replay).
class AlertTableModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        Kind,
        Track,
        Region,
        Nations,
        LaunchTime,
        TimeToImpact,
        State,
        AcknowledgedBy,
        ColumnCount
    };
    enum Role { ExerciseRole = Qt::UserRole + 1, UnacknowledgedRole, FirstUnusedRole };

    AlertTableModel(AlertBook *alerts, Picture *picture, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Groups this model's rows by missile (fused track) from now on.
    void setFusion(FusedPicture *fusion);

    // Top-level rows: the row's most pressing alert, every alert in it, the row holding `key`.
    ServiceKey keyAt(int row) const { return m_rows.value(row).keys.value(0); }
    QList<ServiceKey> keysAt(int row) const { return m_rows.value(row).keys; }
    int rowOf(const ServiceKey &key) const;
    const Alert *alertAt(int row) const;
    // Any row: the alerts it stands for (a missile row: all its children), and its alert.
    QList<ServiceKey> keysOf(const QModelIndex &index) const;
    const Alert *alertOf(const QModelIndex &index) const;
    // The missile a top-level row is about; empty for an alert about no missile.
    QString missileAt(int row) const { return m_rows.value(row).missileId; }
    // The row of one alert: a missile's child, or a top-level row of its own.
    QModelIndex indexOf(const ServiceKey &key, int column = 0) const;

    // Unacknowledged rows are drawn highlighted while `on`; the panel toggles it to flash them.
    void setHighlightUnacknowledged(bool on);
    bool highlightsUnacknowledged() const { return m_highlight; }

    // The predicted impact time: the newest prediction for the track, else the alert's own.
    qint64 impactTimeOf(const Alert &alert) const;
    const Launch *launchOf(const Alert &alert) const;

    static QColor severityColor(Severity severity);

private:
    static constexpr quintptr kTopLevel = 0; // internal id of top-level rows; children: parent + 1

    // cellsChanged false: only if the rows change, the cells stay as they are.
    void refresh(bool cellsChanged = true);
    void everyCellChanged(const QList<int> &roles = {});
    QVariant display(const QModelIndex &index, const Alert &alert) const;
    QString missileRegion(int row) const;
    const Prediction *missilePrediction(int row) const;
    bool unacknowledged(const QModelIndex &index) const;
    const Alert *alert(const ServiceKey &key) const;

    QPointer<AlertBook> m_alerts;
    QPointer<Picture> m_picture;
    QPointer<FusedPicture> m_fusion;
    AlertGroups m_groups;
    QList<AlertGroups::Group> m_rows;
    bool m_highlight = true;
};

} // namespace cop
