#include "TrackTableModel.h"

#include <QColor>
#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace cop {

namespace {

QString phaseName(TrackPhase phase)
{
    switch (phase) {
    case TrackPhase::Boost:
        return TrackTableModel::tr("Boost");
    case TrackPhase::Midcourse:
        return TrackTableModel::tr("Midcourse");
    case TrackPhase::Terminal:
        return TrackTableModel::tr("Terminal");
    case TrackPhase::Unknown:
        break;
    }
    return TrackTableModel::tr("Unknown");
}

double speedOf(const Vec3 &v)
{
    return std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
}

QString ageText(qint64 nowUtcUs, qint64 receivedUtcUs)
{
    return QString::number(std::max<qint64>(0, (nowUtcUs - receivedUtcUs) / 1'000'000));
}

} // namespace

TrackTableModel::TrackTableModel(Picture *picture, QObject *parent)
    : TranslatedTableModel(parent)
    , m_picture(picture)
{
    m_refreshTimer.setInterval(200);
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TrackTableModel::refresh);
    connect(picture, &Picture::changed, &m_refreshTimer, [this] {
        if (!m_refreshTimer.isActive())
            m_refreshTimer.start();
    });
    // Ages move even when nothing arrives.
    auto *ageTimer = new QTimer(this);
    connect(ageTimer, &QTimer::timeout, this, &TrackTableModel::refresh);
    ageTimer->start(1000);
    refresh();
}

void TrackTableModel::refresh()
{
    if (!m_picture)
        return;
    QList<ServiceKey> keys;
    if (m_fusedView) {
        for (const FusedTrack *fused : m_fusion->tracks())
            keys.append({QString(), fused->id});
    } else {
        keys = m_picture->tracks().keys();
        std::sort(keys.begin(), keys.end(), [](const ServiceKey &a, const ServiceKey &b) {
            return std::tie(a.service, a.id) < std::tie(b.service, b.id);
        });
    }
    if (keys != m_keys) {
        beginResetModel();
        m_keys = std::move(keys);
        endResetModel();
    } else if (!m_keys.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_keys.size()) - 1, ColumnCount - 1));
    }
}

int TrackTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int TrackTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TrackTableModel::setFusion(FusedPicture *fusion)
{
    m_fusion = fusion;
    setFusedView(true);
}

void TrackTableModel::setFusedView(bool on)
{
    m_fusedView = on && m_fusion;
    refresh();
    emit headerDataChanged(Qt::Horizontal, Service, Service);
}

QVariant TrackTableModel::fusedData(const FusedTrack &fused, int column) const
{
    switch (Column(column)) {
    case Service:
        return fused.nations().join(u' ');
    case TrackId: {
        QString id = fused.exercise ? tr("%1 (exercise)").arg(fused.id) : fused.id;
        if (fused.divergence != Divergence::None)
            id = tr("%1 — nations disagree").arg(id);
        return id;
    }
    case Phase:
        return phaseName(fused.phase);
    case Latitude:
        return QString::number(fused.position.latDeg, 'f', 3);
    case Longitude:
        return QString::number(fused.position.lonDeg, 'f', 3);
    case Altitude:
        return QString::number(fused.position.heightM / 1000.0, 'f', 1);
    case Speed:
        return QString::number(speedOf({fused.state.x(3), fused.state.x(4), fused.state.x(5)}) / 1000.0, 'f', 2);
    case Age: {
        qint64 newest = 0;
        for (const Contributor &contributor : fused.contributors)
            newest = std::max(newest, contributor.receivedUtcUs);
        return ageText(m_picture->nowUtcUs(), newest);
    }
    case Quality:
        return QString::number(m_picture->tracks().value(fused.best().key).state.quality, 'f', 2);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TrackTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_picture || !index.isValid() || index.row() >= m_keys.size())
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Latitude ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (m_fusedView) {
        const FusedTrack *fused = m_fusion->find(m_keys.at(index.row()).id);
        if (!fused)
            return {};
        if (role == Qt::ForegroundRole && fused->divergence != Divergence::None)
            return QColor(0xff, 0xb3, 0x40);
        if (role != Qt::DisplayRole)
            return {};
        return fusedData(*fused, index.column());
    }
    const auto it = m_picture->tracks().constFind(m_keys.at(index.row()));
    if (it == m_picture->tracks().cend())
        return {};
    const Track &track = *it;
    const TrackUpdate &state = track.state;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Service:
        return track.service;
    case TrackId:
        return state.exercise ? tr("%1 (exercise)").arg(state.trackId) : state.trackId;
    case Phase:
        return phaseName(state.phase);
    case Latitude:
        return QString::number(state.position.latDeg, 'f', 3);
    case Longitude:
        return QString::number(state.position.lonDeg, 'f', 3);
    case Altitude:
        return QString::number(state.position.heightM / 1000.0, 'f', 1);
    case Speed:
        return QString::number(speedOf(state.velocityEcef) / 1000.0, 'f', 2);
    case Age:
        return ageText(m_picture->nowUtcUs(), track.receivedUtcUs);
    case Quality:
        return QString::number(state.quality, 'f', 2);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TrackTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Service:
        return m_fusedView ? tr("Nations") : tr("Nation");
    case TrackId:
        return tr("Track");
    case Phase:
        return tr("Phase");
    case Latitude:
        return tr("Lat (°)");
    case Longitude:
        return tr("Lon (°)");
    case Altitude:
        return tr("Alt (km)");
    case Speed:
        return tr("Speed (km/s)");
    case Age:
        return tr("Age (s)");
    case Quality:
        return tr("Quality");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cop
