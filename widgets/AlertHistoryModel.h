#pragma once

#include "alerts/AlertBook.h"

#include "AlertTableModel.h"
#include "TranslatedTableModel.h"

#include <QPointer>

#include <optional>

namespace cop {

// The book's history, oldest first, one row per change: of every alert, or of one alert only.
class AlertHistoryModel : public TranslatedTableModel
{
    Q_OBJECT

public:
    enum Column { Time, AlertId, Nation, Kind, Event, From, To, SeverityColumn, Operator, Console,
                  ColumnCount };
    // UTC microseconds, for sorting. Past the alert list's roles: the views that draw the EXERCISE
    // watermark ask every alert model for AlertTableModel::ExerciseRole.
    static constexpr int TimeRole = AlertTableModel::FirstUnusedRole;

    explicit AlertHistoryModel(AlertBook *alerts, std::optional<ServiceKey> only = std::nullopt,
                               QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void catchUp();

    QPointer<AlertBook> m_alerts;
    const std::optional<ServiceKey> m_only;
    std::vector<size_t> m_rows; // indices into the book's history
    size_t m_seen = 0;          // history entries looked at so far
};

} // namespace cop
