#include "AlertHistoryModel.h"

#include "AlertText.h"

namespace cop {

AlertHistoryModel::AlertHistoryModel(AlertBook *alerts, std::optional<ServiceKey> only,
                                     QObject *parent)
    : TranslatedTableModel(parent)
    , m_alerts(alerts)
    , m_only(std::move(only))
{
    connect(alerts, &AlertBook::changed, this, &AlertHistoryModel::catchUp);
    catchUp();
}

void AlertHistoryModel::catchUp()
{
    if (!m_alerts)
        return;
    const std::vector<AlertHistoryEntry> &history = m_alerts->history();
    std::vector<size_t> fresh;
    for (; m_seen < history.size(); ++m_seen) {
        if (!m_only || history[m_seen].key == *m_only)
            fresh.push_back(m_seen);
    }
    if (fresh.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.insert(m_rows.end(), fresh.begin(), fresh.end());
    endInsertRows();
}

int AlertHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!m_alerts || !index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const AlertHistoryEntry &entry = m_alerts->history().at(m_rows[size_t(index.row())]);
    if (role == TimeRole)
        return entry.timeUtcUs;
    const Alert alert = m_alerts->alerts().value(entry.key);
    if (role == AlertTableModel::ExerciseRole)
        return alert.report.exercise;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Time:
        return AlertText::utcTime(entry.timeUtcUs);
    case AlertId:
        return alert.report.exercise ? tr("%1 (exercise)").arg(entry.key.id) : entry.key.id;
    case Nation:
        return entry.key.service;
    case Kind:
        return alert.key.id.isEmpty() ? QString() : AlertText::kind(alert.report.kind);
    case Event:
        return entry.note != AlertNote::None ? AlertText::note(entry.note, entry.key.service)
                                             : AlertText::event(entry.event);
    case From:
        return entry.from == AlertState::Unknown ? QString() : AlertText::stateName(entry.from);
    case To:
        return AlertText::stateName(entry.to);
    case SeverityColumn:
        return AlertText::severity(entry.severity);
    case Operator:
        return entry.operatorName;
    case Console:
        return entry.consoleId;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AlertHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time (UTC)");
    case AlertId:
        return tr("Alert");
    case Nation:
        return tr("Reported by");
    case Kind:
        return tr("Kind");
    case Event:
        return tr("Change");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case SeverityColumn:
        return tr("Severity");
    case Operator:
        return tr("Operator");
    case Console:
        return tr("Console");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cop
