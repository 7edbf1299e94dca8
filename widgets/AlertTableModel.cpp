#include "AlertTableModel.h"

#include "AlertText.h"
#include "LanguageChangeWatch.h"
#include "base/SecondTicker.h"
#include "picture/ImpactArea.h"
#include "regions/RegionMap.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace cop {

AlertTableModel::AlertTableModel(AlertBook *alerts, Picture *picture, QObject *parent)
    : QAbstractItemModel(parent)
    , m_alerts(alerts)
    , m_picture(picture)
{
    connect(new LanguageChangeWatch(this), &LanguageChangeWatch::languageChanged, this, [this] {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        everyCellChanged();
    });
    connect(alerts, &AlertBook::changed, this, [this] { refresh(); });
    connect(SecondTicker::instance(), &SecondTicker::tick, this, [this] { everyCellChanged({Qt::DisplayRole}); });
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

void AlertTableModel::refresh(bool cellsChanged)
{
    if (!m_alerts)
        return;
    QList<const Alert *> sorted;
    for (const Alert &alert : m_alerts->alerts()) {
        if (isOnActiveList(alert.state()))
            sorted.append(&alert);
    }
    // A condition present outranks one that has returned to normal: the row of a missile shows
    // its worst current severity, not the worst it ever had.
    std::sort(sorted.begin(), sorted.end(), [](const Alert *a, const Alert *b) {
        const bool aShelved = a->state() == AlertState::Shelved;
        const bool bShelved = b->state() == AlertState::Shelved;
        return std::tuple(aShelved, !a->lifecycle.conditionActive, b->report.severity, b->report.raisedUtcUs,
                          a->key.service, a->key.id)
               < std::tuple(bShelved, !b->lifecycle.conditionActive, a->report.severity, a->report.raisedUtcUs,
                            b->key.service, b->key.id);
    });
    QList<AlertGroups::Group> next = m_groups.group(sorted, m_fusion);
    if (next != m_rows) {
        beginResetModel();
        m_rows = std::move(next);
        endResetModel();
    } else if (cellsChanged) {
        everyCellChanged();
    }
}

void AlertTableModel::everyCellChanged(const QList<int> &roles)
{
    if (m_rows.isEmpty())
        return;
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), roles);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (const int children = rowCount(index(row, 0)); children > 0)
            emit dataChanged(index(0, 0, index(row, 0)), index(children - 1, ColumnCount - 1, index(row, 0)), roles);
    }
}

void AlertTableModel::setFusion(FusedPicture *fusion)
{
    m_fusion = fusion;
    // An alert can arrive a moment before its track is fused with the others': rows regroup at
    // once, while what cells say of the fused track waits for the next second, as every view's
    // clock does (each repaint of the table is a frame of the whole window, the map's included).
    connect(fusion, &FusedPicture::changed, this, [this] { refresh(false); });
    refresh();
}

QModelIndex AlertTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, kTopLevel) : QModelIndex();
    return row < rowCount(parent) ? createIndex(row, column, quintptr(parent.row()) + 1) : QModelIndex();
}

QModelIndex AlertTableModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int AlertTableModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    // Only a missile's row has children, and they have none.
    if (parent.internalId() != kTopLevel || parent.column() != 0 || m_rows.at(parent.row()).missileId.isEmpty())
        return 0;
    return int(m_rows.at(parent.row()).keys.size());
}

int AlertTableModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

int AlertTableModel::rowOf(const ServiceKey &key) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].keys.contains(key))
            return int(row);
    }
    return -1;
}

QModelIndex AlertTableModel::indexOf(const ServiceKey &key, int column) const
{
    const int row = rowOf(key);
    if (row < 0)
        return {};
    const QModelIndex top = index(row, column);
    return m_rows[row].missileId.isEmpty() ? top : index(int(m_rows[row].keys.indexOf(key)), column, index(row, 0));
}

QList<ServiceKey> AlertTableModel::keysOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kTopLevel)
        return keysAt(index.row());
    return {m_rows.value(int(index.internalId() - 1)).keys.value(index.row())};
}

const Alert *AlertTableModel::alert(const ServiceKey &key) const
{
    if (!m_alerts)
        return nullptr;
    const auto it = m_alerts->alerts().constFind(key);
    return it == m_alerts->alerts().cend() ? nullptr : &*it;
}

const Alert *AlertTableModel::alertAt(int row) const
{
    return row < 0 || row >= m_rows.size() ? nullptr : alert(m_rows.at(row).keys.first());
}

const Alert *AlertTableModel::alertOf(const QModelIndex &index) const
{
    const QList<ServiceKey> keys = keysOf(index);
    return keys.isEmpty() ? nullptr : alert(keys.first());
}

void AlertTableModel::setHighlightUnacknowledged(bool on)
{
    if (m_highlight == on)
        return;
    m_highlight = on;
    // Only unacknowledged rows flash: without one, a flash would repaint the table unchanged.
    if (!m_alerts)
        return;
    for (const Alert &alert : m_alerts->alerts()) {
        if (isOnActiveList(alert.state()) && isUnacknowledged(alert.state())) {
            everyCellChanged({Qt::BackgroundRole, Qt::ForegroundRole});
            return;
        }
    }
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

const Launch *AlertTableModel::launchOf(const Alert &alert) const
{
    if (!m_picture || alert.report.trackId.isEmpty())
        return nullptr;
    // The fused track's one launch, as the dock and the map show it.
    const ServiceKey track{alert.key.service, alert.report.trackId};
    return m_fusion ? m_fusion->launchOf(track) : m_picture->launchOf(track);
}

const Prediction *AlertTableModel::missilePrediction(int row) const
{
    const FusedTrack *track = m_fusion ? m_fusion->find(m_rows.at(row).missileId) : nullptr;
    return track ? m_fusion->prediction(*track) : nullptr;
}

QString AlertTableModel::missileRegion(int row) const
{
    const Prediction *shown = missilePrediction(row);
    // Without a prediction shown there is nothing of the console's to say: the most pressing
    // alert that says where it comes down speaks, the current outlook first.
    if (!shown) {
        for (const ServiceKey &key : m_rows.at(row).keys) {
            const Alert *a = alert(key);
            if (a && namesImpactRegion(a->report.kind))
                return AlertText::region(a->report);
        }
        return {};
    }
    // The map's words for the same prediction, and beside them each nation's own statement
    // (its most pressing alert that names a region) where it says otherwise.
    const QString console = impactAreaText(impactAreaOf(regions::RegionMap::builtIn(), *shown));
    QStringList stated, otherwise;
    for (const ServiceKey &key : m_rows.at(row).keys) {
        const Alert *a = alert(key);
        if (!a || !namesImpactRegion(a->report.kind) || a->report.regionId.isEmpty() || stated.contains(key.service))
            continue;
        stated.append(key.service);
        if (const QString said = AlertText::region(a->report.regionId); said != console)
            otherwise.append(AlertText::serviceSays(key.service, said));
    }
    return otherwise.isEmpty() ? console : AlertText::regionAndOtherwise(console, otherwise);
}

QVariant AlertTableModel::display(const QModelIndex &index, const Alert &alert) const
{
    const AlertUpdate &r = alert.report;
    const bool missileRow = index.internalId() == kTopLevel && !m_rows.at(index.row()).missileId.isEmpty();
    const AlertGroups::Group &group = m_rows.at(index.internalId() == kTopLevel ? index.row() : int(index.internalId() - 1));
    // A missile's row speaks for all its alerts: the first of them that knows.
    const auto firstTime = [&](auto timeOf) {
        for (const ServiceKey &key : group.keys) {
            if (const Alert *a = this->alert(key); a && timeOf(*a) > 0)
                return timeOf(*a);
        }
        return qint64(0);
    };
    switch (Column(index.column())) {
    case SeverityColumn:
        return AlertText::severity(r.severity);
    case Kind:
        return AlertText::kind(r.kind);
    case Track:
        return group.label.isEmpty() ? r.trackId : group.label;
    case Region:
        return missileRow ? missileRegion(index.row()) : AlertText::region(r);
    case Nations: {
        QStringList nations;
        for (const ServiceKey &key : missileRow ? group.keys : QList<ServiceKey>{alert.key}) {
            if (key.service != FusedPicture::kAdvisoryService && !nations.contains(key.service))
                nations.append(key.service);
        }
        sortNations(nations);
        return nations.join(QStringLiteral(", "));
    }
    case LaunchTime: {
        const Launch *launch = missileRow ? nullptr : launchOf(alert);
        for (const ServiceKey &key : missileRow ? group.keys : QList<ServiceKey>()) {
            if (const Alert *a = this->alert(key); a && (launch = launchOf(*a)))
                break;
        }
        return AlertText::launchTime(launch);
    }
    case TimeToImpact: {
        qint64 impact = 0;
        if (missileRow) {
            const Prediction *p = missilePrediction(index.row());
            impact = p && p->impactTimeUtcUs > 0 ? p->impactTimeUtcUs
                                                 : firstTime([this](const Alert &a) { return impactTimeOf(a); });
        } else {
            impact = impactTimeOf(alert);
        }
        return AlertText::countdown(impact, m_alerts->now());
    }
    case State:
        return AlertText::state(alert);
    case AcknowledgedBy:
        return AlertText::acknowledgedBy(r);
    case ColumnCount:
        break;
    }
    return {};
}

bool AlertTableModel::unacknowledged(const QModelIndex &index) const
{
    const QList<ServiceKey> keys = keysOf(index);
    return std::any_of(keys.begin(), keys.end(), [this](const ServiceKey &key) {
        const Alert *a = alert(key);
        return a && isUnacknowledged(a->state());
    });
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    const Alert *alert = alertOf(index);
    if (!alert)
        return {};
    const bool unacknowledged = this->unacknowledged(index);
    const bool shelved = alert->state() == AlertState::Shelved;
    switch (role) {
    case Qt::DisplayRole:
        return display(index, *alert);
    case Qt::ToolTipRole:
        if (const QString why = AlertText::stateExplanation(alert->state());
            index.column() == State && !why.isEmpty())
            return why;
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
        return QAbstractItemModel::headerData(section, orientation, role);
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
