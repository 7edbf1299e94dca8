#include "ContributorTableModel.h"

#include "base/SecondTicker.h"

#include <algorithm>

namespace cop {

ContributorTableModel::ContributorTableModel(FusedPicture *fusion, QObject *parent)
    : TranslatedTableModel(parent)
    , m_fusion(fusion)
{
    connect(SecondTicker::instance(), &SecondTicker::tick, this, &ContributorTableModel::refresh);
}

void ContributorTableModel::setTrack(const QString &fusedId)
{
    m_fusedId = fusedId;
    refresh();
}

const FusedTrack *ContributorTableModel::fused() const
{
    return m_fusion && !m_fusedId.isEmpty() ? m_fusion->find(m_fusedId) : nullptr;
}

QString ContributorTableModel::divergenceText() const
{
    const FusedTrack *track = fused();
    if (!track)
        return {};
    const QString nations = track->divergingNations.join(QStringLiteral(", "));
    switch (track->divergence) {
    case Divergence::ImpactDisagrees:
        return tr("Impact predictions disagree beyond their uncertainty: %1").arg(nations);
    case Divergence::UnseenInCoverage:
        return tr("Not reported by %1, though inside its coverage").arg(nations);
    case Divergence::None:
        break;
    }
    return {};
}

void ContributorTableModel::refresh()
{
    QList<ServiceKey> keys;
    if (const FusedTrack *track = fused()) {
        for (const Contributor &contributor : track->contributors)
            keys.append(contributor.key);
    }
    replaceRows(m_keys, std::move(keys), ColumnCount);
}

int ContributorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ContributorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContributorTableModel::data(const QModelIndex &index, int role) const
{
    const FusedTrack *track = fused();
    if (!track || !index.isValid() || index.row() >= m_keys.size())
        return {};
    const auto it = std::find_if(track->contributors.begin(), track->contributors.end(),
                                 [&](const Contributor &c) { return c.key == m_keys.at(index.row()); });
    if (it == track->contributors.end())
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Age && index.column() <= VelocitySigma
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Nation:
        return it->key.service;
    case TrackId:
        return it->key.id;
    case Age: {
        const qint64 ageUs = m_fusion->picture()->nowUtcUs() - it->receivedUtcUs;
        return QString::number(std::max<qint64>(0, ageUs / 1'000'000));
    }
    case PositionSigma:
        return QString::number(it->positionSigmaM, 'f', 0);
    case VelocitySigma:
        return QString::number(it->velocitySigmaMps, 'f', 1);
    case PredictionColumn: {
        const auto prediction = m_fusion->picture()->predictions().constFind(it->key);
        if (prediction == m_fusion->picture()->predictions().cend())
            return tr("none");
        const QString kind = prediction->local ? tr("computed locally") : tr("own");
        return track->predictionSource == it->key ? tr("%1, shown").arg(kind) : kind;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ContributorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Nation:
        return tr("Nation");
    case TrackId:
        return tr("Their track");
    case Age:
        return tr("Age (s)");
    case PositionSigma:
        return tr("Position σ (m)");
    case VelocitySigma:
        return tr("Velocity σ (m/s)");
    case PredictionColumn:
        return tr("Prediction");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cop
