#include "AlertTableModel.h"

#include "AlertText.h"

#include <QColor>
#include <QDateTime>
#include <QFont>

#include <algorithm>

namespace cop {

AlertTableModel::AlertTableModel(AlertBook *alerts, Picture *picture, QObject *parent)
    : TranslatedTableModel(parent)
    , m_alerts(alerts)
    , m_picture(picture)
{
    connect(alerts, &AlertBook::changed, this, &AlertTableModel::refresh);
    m_countdownTimer.setInterval(1000);
    connect(&m_countdownTimer, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, TimeToImpact), index(int(m_rows.size()) - 1, TimeToImpact));
    });
    m_countdownTimer.start();
    refresh();
}

QColor AlertTableModel::severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QColor(0xff, 0x45, 0x3a);
    case Severity::Warning:
        return QColor(0xff, 0xb3, 0x40);
    case Severity::Advisory:
        return QColor(0x64, 0xb5, 0xf6);
    case Severity::Unknown:
        break;
    }
    return QColor(0x8e, 0xa4, 0xb8);
}

void AlertTableModel::refresh()
{
    if (!m_alerts)
        return;
    QList<const Alert *> rows;
    for (const Alert &alert : m_alerts->alerts()) {
        if (isOnActiveList(alert.state()))
            rows.append(&alert);
    }
    std::sort(rows.begin(), rows.end(), [](const Alert *a, const Alert *b) {
        const bool aShelved = a->state() == AlertState::Shelved;
        const bool bShelved = b->state() == AlertState::Shelved;
        return std::tuple(aShelved, b->report.severity, b->report.raisedUtcUs, a->key.service, a->key.id)
               < std::tuple(bShelved, a->report.severity, a->report.raisedUtcUs, b->key.service, b->key.id);
    });
    // Sorted most pressing first, so each group's first alert is the one its row shows.
    QList<QList<ServiceKey>> grouped;
    QHash<std::pair<int, QString>, qsizetype> groupRow;
    for (const Alert *alert : rows) {
        const QString fusedId = fusedIdOf(*alert);
        if (fusedId.isEmpty()) {
            grouped.append({alert->key});
            continue;
        }
        const auto group = std::pair(int(alert->report.kind), fusedId);
        const auto it = groupRow.constFind(group);
        if (it == groupRow.cend()) {
            groupRow.insert(group, grouped.size());
            grouped.append({alert->key});
        } else {
            grouped[*it].append(alert->key);
        }
    }
    replaceRows(m_rows, std::move(grouped), ColumnCount);
}

void AlertTableModel::setFusion(FusedPicture *fusion)
{
    m_fusion = fusion;
    // An alert can arrive a moment before its track is fused with the others'.
    connect(fusion, &FusedPicture::changed, this, &AlertTableModel::refresh);
    refresh();
}

QString AlertTableModel::fusedIdOf(const Alert &alert) const
{
    if (!m_fusion || alert.raisedByConsole || alert.report.trackId.isEmpty())
        return {};
    return m_fusion->fusedIdOf({alert.key.service, alert.report.trackId});
}

int AlertTableModel::rowOf(const ServiceKey &key) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].contains(key))
            return int(row);
    }
    return -1;
}

void AlertTableModel::setHighlightUnacknowledged(bool on)
{
    if (m_highlight == on)
        return;
    m_highlight = on;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                         {Qt::BackgroundRole, Qt::ForegroundRole});
}

const Alert *AlertTableModel::alertAt(int row) const
{
    if (!m_alerts || row < 0 || row >= m_rows.size())
        return nullptr;
    const auto it = m_alerts->alerts().constFind(m_rows.at(row).first());
    return it == m_alerts->alerts().cend() ? nullptr : &*it;
}

qint64 AlertTableModel::impactTimeOf(const Alert &alert) const
{
    if (m_picture && !alert.report.trackId.isEmpty()) {
        const auto it = m_picture->predictions().constFind({alert.key.service, alert.report.trackId});
        if (it != m_picture->predictions().cend() && it->impactTimeUtcUs > 0)
            return it->impactTimeUtcUs;
    }
    return alert.report.predictedImpactUtcUs;
}

qint64 AlertTableModel::launchTimeOf(const Alert &alert) const
{
    if (!m_picture || alert.report.trackId.isEmpty())
        return 0;
    // The fused track's one launch, as the dock and the map show it.
    const ServiceKey track{alert.key.service, alert.report.trackId};
    const Launch *launch = m_fusion ? m_fusion->launchOf(track) : m_picture->launchOf(track);
    return launch ? launch->launchTimeUtcUs : 0;
}

int AlertTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertTableModel::display(int row, const Alert &alert, int column) const
{
    const AlertUpdate &r = alert.report;
    switch (Column(column)) {
    case SeverityColumn:
        return AlertText::severity(r.severity);
    case Kind:
        return AlertText::kind(r.kind);
    case Track: {
        const QString fusedId = fusedIdOf(alert);
        return fusedId.isEmpty() ? r.trackId : fusedId;
    }
    case Region:
        return r.regionId.isEmpty() ? QString() : AlertText::region(r.regionId);
    case Nations: {
        QStringList nations;
        for (const ServiceKey &key : m_rows.at(row))
            nations.append(key.service);
        sortNations(nations);
        return nations.join(QStringLiteral(", "));
    }
    case LaunchTime:
        return AlertText::utcTime(launchTimeOf(alert));
    case TimeToImpact:
        return AlertText::countdown(impactTimeOf(alert), QDateTime::currentMSecsSinceEpoch() * 1000);
    case State:
        return AlertText::state(alert);
    case AcknowledgedBy:
        return AlertText::acknowledgedBy(r);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    const Alert *alert = index.isValid() ? alertAt(index.row()) : nullptr;
    if (!alert)
        return {};
    const bool unacknowledged = isUnacknowledged(alert->state());
    const bool shelved = alert->state() == AlertState::Shelved;
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), *alert, index.column());
    case Qt::ToolTipRole:
        return AlertText::sentence(*alert, impactTimeOf(*alert));
    case Qt::ForegroundRole:
        if (shelved)
            return QColor(0x8e, 0xa4, 0xb8);
        if (unacknowledged && m_highlight)
            return QColor(Qt::white);
        if (index.column() == SeverityColumn)
            return severityColor(alert->report.severity);
        return {};
    case Qt::BackgroundRole:
        if (unacknowledged && m_highlight)
            return severityColor(alert->report.severity).darker(220);
        return {};
    case Qt::FontRole:
        if (unacknowledged) { // a steady cue that does not depend on flashing
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TimeToImpact || index.column() == LaunchTime)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ExerciseRole:
        return alert->report.exercise;
    case UnacknowledgedRole:
        return unacknowledged;
    default:
        return {};
    }
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SeverityColumn:
        return tr("Severity");
    case Kind:
        return tr("Alert");
    case Track:
        return tr("Track");
    case Region:
        return tr("Region");
    case Nations:
        return tr("Reported by");
    case LaunchTime:
        return tr("Launch (est.)");
    case TimeToImpact:
        return tr("Time to impact");
    case State:
        return tr("State");
    case AcknowledgedBy:
        return tr("Acknowledged by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cop
