#pragma once

#include "AlertBook.h"
#include "FusedPicture.h"

#include "TranslatedTableModel.h"
#include <QPointer>
#include <QTimer>

namespace cop {

// The alerts on the active list: not shelved before shelved, then most severe first, then newest
// first. With a fused picture, the alerts several services raised about one event (same kind,
// their tracks fused into one) share a row that lists the reporting nations; the row shows the
// most pressing of them, and acting on the row acts on each. Rows are rebuilt as soon as the book
// changes (an alert must not wait for a refresh tick); the countdown column moves once a second.
class AlertTableModel : public TranslatedTableModel
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
    enum Role { ExerciseRole = Qt::UserRole + 1, UnacknowledgedRole };

    AlertTableModel(AlertBook *alerts, Picture *picture, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Groups this model's rows by fused track from now on.
    void setFusion(FusedPicture *fusion);

    // The row's most pressing alert; keysAt() lists every alert in the row.
    ServiceKey keyAt(int row) const { return m_rows.value(row).value(0); }
    QList<ServiceKey> keysAt(int row) const { return m_rows.value(row); }
    int rowOf(const ServiceKey &key) const;
    const Alert *alertAt(int row) const;

    // Unacknowledged rows are drawn highlighted while `on`; the panel toggles it to flash them.
    void setHighlightUnacknowledged(bool on);
    bool highlightsUnacknowledged() const { return m_highlight; }

    // The predicted impact time: the newest prediction for the track, else the alert's own.
    qint64 impactTimeOf(const Alert &alert) const;
    qint64 launchTimeOf(const Alert &alert) const;

    static QColor severityColor(Severity severity);

private:
    void refresh();
    QVariant display(int row, const Alert &alert, int column) const;
    QString fusedIdOf(const Alert &alert) const;

    QPointer<AlertBook> m_alerts;
    QPointer<Picture> m_picture;
    QPointer<FusedPicture> m_fusion;
    QList<QList<ServiceKey>> m_rows;
    bool m_highlight = true;
    QTimer m_countdownTimer;
};

} // namespace cop
