#include "TrackTableModel.h"

#include "base/SecondTicker.h"
#include "picture/ObjectNames.h"

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

} // namespace

TrackTableModel::TrackTableModel(Picture *picture, QObject *parent)
    : TranslatedTableModel(parent)
    , m_picture(picture)
{
    m_refreshTimer.setInterval(200);
    m_refreshTimer.setSingleShot(true);
    // New and dropped tracks show within the refresh interval; what the rows say moves with the
    // second, together with the ages and every other view's clock: each repaint of a table is a
    // frame of the whole window, the map's included.
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { refresh(false); });
    connect(picture, &Picture::changed, &m_refreshTimer, [this] {
        if (!m_refreshTimer.isActive())
            m_refreshTimer.start();
    });
    connect(SecondTicker::instance(), &SecondTicker::tick, this, [this] { refresh(); });
    refresh();
}

void TrackTableModel::refresh(bool cellsChanged)
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
    replaceRows(m_keys, std::move(keys), ColumnCount, cellsChanged);
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

std::optional<GeoPoint> TrackTableModel::positionAt(int row) const
{
    if (row < 0 || row >= m_keys.size())
        return std::nullopt;
    const std::optional<Row> r = rowAt(row);
    return r ? std::optional(r->position) : std::nullopt;
}

std::optional<TrackTableModel::Row> TrackTableModel::rowAt(int row) const
{
    if (m_fusedView) {
        const FusedTrack *fused = m_fusion->find(m_keys.at(row).id);
        if (!fused)
            return std::nullopt;
        qint64 newest = 0;
        for (const Contributor &contributor : fused->contributors)
            newest = std::max(newest, contributor.receivedUtcUs);
        const Vec3 velocity{fused->state.x(3), fused->state.x(4), fused->state.x(5)};
        // A fused track outlives its services' (held at its predicted impact, for one).
        const auto best = m_picture->tracks().constFind(fused->best().key);
        const bool reported = best != m_picture->tracks().cend();
        return Row{fused->nations().join(u' '), fused->id,
                   reported ? trackedObjectName(best->state, m_fusion->launch(*fused)) : QString(), fused->phase,
                   fused->position, velocity, newest, reported ? best->state.quality : 0.0f,
                   fused->exercise, fused->divergence != Divergence::None, fused->predictedImpactUtcUs != 0};
    }
    const auto it = m_picture->tracks().constFind(m_keys.at(row));
    if (it == m_picture->tracks().cend())
        return std::nullopt;
    const TrackUpdate &state = it->state;
    return Row{it->service, state.trackId, trackedObjectName(state, m_picture->launchOf(it.key())), state.phase,
               state.position, state.velocityEcef,
               it->receivedUtcUs, state.quality, state.exercise, false, false};
}

QVariant TrackTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_picture || !index.isValid() || index.row() >= m_keys.size())
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Latitude ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    const std::optional<Row> row = rowAt(index.row());
    if (!row)
        return {};
    if (role == Qt::ForegroundRole && row->divergent)
        return QColor(0xff, 0xb3, 0x40);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Service:
        return row->nations;
    case TrackId: {
        QString id = row->exercise ? tr("%1 (exercise)").arg(row->id) : row->id;
        if (row->divergent)
            id = tr("%1 — nations disagree").arg(id);
        return id;
    }
    case Object:
        return row->object.isEmpty() ? QStringLiteral("—") : row->object;
    case Phase:
        return row->impactPredicted ? tr("Impact (predicted)") : phaseName(row->phase);
    case Latitude:
        return QString::number(row->position.latDeg, 'f', 3);
    case Longitude:
        return QString::number(row->position.lonDeg, 'f', 3);
    case Altitude:
        return QString::number(row->position.heightM / 1000.0, 'f', 1);
    case Speed: {
        const Vec3 &v = row->velocityEcef;
        return QString::number(std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]) / 1000.0, 'f', 2);
    }
    case Age:
        return QString::number(std::max<qint64>(0, (m_picture->nowUtcUs() - row->receivedUtcUs) / 1'000'000));
    case Quality:
        return QString::number(row->quality, 'f', 2);
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
    case Object:
        return tr("Object");
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
