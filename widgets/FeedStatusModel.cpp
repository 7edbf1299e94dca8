#include "FeedStatusModel.h"

#include "alerts/AlertBook.h"
#include "base/SecondTicker.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace cop {

FeedStatusModel::FeedStatusModel(Picture *picture, QObject *parent)
    : TranslatedTableModel(parent)
    , m_picture(picture)
{
    connect(picture, &Picture::feedChanged, this, [this] { refresh(false); });
    connect(SecondTicker::instance(), &SecondTicker::tick, this, [this] { refresh(true); });
    refresh(true);
}

QString FeedStatusModel::stateName(FeedState state)
{
    switch (state) {
    case FeedState::Connecting:
        return tr("Connecting");
    case FeedState::Live:
        return tr("Live");
    case FeedState::Stale:
        return tr("Stale");
    case FeedState::Down:
        return tr("Down");
    }
    return {};
}

QColor FeedStatusModel::stateColor(FeedState state)
{
    switch (state) {
    case FeedState::Live:
        return QColor(0x30, 0xd1, 0x58);
    case FeedState::Stale:
        return QColor(0xff, 0xd6, 0x0a);
    case FeedState::Down:
        return QColor(0xff, 0x45, 0x3a);
    case FeedState::Connecting:
        break;
    }
    return QColor(0x8e, 0xa4, 0xb8);
}

QString FeedStatusModel::securityText(const FeedSecurity &security)
{
    return security.tls ? tr("TLS") : tr("Plaintext (loopback)");
}

QString FeedStatusModel::peerText(const FeedSecurity &security)
{
    if (!security.tls)
        return {};
    return security.peerIdentity.isEmpty() ? tr("not verified")
                                           : tr("%1 (verified)").arg(security.peerIdentity);
}

namespace {

QString expiryText(const FeedSecurity &security)
{
    if (security.peerNotAfterUtcS <= 0)
        return {};
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(security.peerNotAfterUtcS, QTimeZone::UTC),
                              QStringLiteral("yyyy-MM-dd HH:mm'Z'"));
}

} // namespace

QList<QVariant> FeedStatusModel::shownButCounters() const
{
    QList<QVariant> shown;
    for (int row = 0; row < m_rows.size(); ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            if (column >= Events && column <= TracksRefused)
                continue;
            for (int role : {Qt::DisplayRole, Qt::ForegroundRole, Qt::BackgroundRole, Qt::ToolTipRole})
                shown << data(index(row, column), role);
        }
    }
    return shown;
}

void FeedStatusModel::refresh(bool countersToo)
{
    if (!m_picture)
        return;
    QList<FeedStatus> rows = m_picture->feeds().values();
    std::sort(rows.begin(), rows.end(),
              [](const FeedStatus &a, const FeedStatus &b) { return a.service < b.service; });
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    const QList<QVariant> before = countersToo ? QList<QVariant>() : shownButCounters();
    m_rows = std::move(rows);
    if (!m_rows.isEmpty() && (countersToo || shownButCounters() != before))
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int FeedStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeedStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedStatusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const FeedStatus &feed = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == State)
        return stateColor(feed.state);
    if (role == Qt::ForegroundRole && index.column() == CertificateExpires
        && feed.security.peerNotAfterUtcS > 0) {
        const qint64 left = feed.security.peerNotAfterUtcS - QDateTime::currentSecsSinceEpoch();
        if (left < AlertBook::kCertificateWarningS)
            return stateColor(left <= 0 ? FeedState::Down : FeedState::Stale);
    }
    if (role == Qt::ToolTipRole && index.column() == Peer)
        return feed.security.peerSubject;
    // Both texts come from the wire: FeedStatus holds them clipped to one line's worth.
    if (role == Qt::ToolTipRole && index.column() == LastError)
        return feed.lastError;
    if (role == Qt::ToolTipRole && index.column() == LastRefusal)
        return feed.lastRefusal;
    if (role != Qt::DisplayRole)
        return {};
    const FeedCounters &c = feed.counters;
    switch (Column(index.column())) {
    case Service:
        return feed.service;
    case State:
        return stateName(feed.state);
    case Address:
        return feed.address;
    case Security:
        return securityText(feed.security);
    case Peer:
        return peerText(feed.security);
    case CertificateExpires:
        return expiryText(feed.security);
    case Marking:
        return feed.marking.isEmpty() ? tr("none") : feed.marking;
    case Events:
        return QString::number(c.eventsApplied);
    case Snapshots:
        return QString::number(c.snapshots);
    case Gaps:
        return QString::number(c.gaps);
    case Duplicates:
        return QString::number(c.duplicates);
    case Malformed:
        return QString::number(c.malformed);
    case Reconnects:
        return QString::number(c.reconnects);
    case Refused:
        return QString::number(feed.refusedLastMinute);
    case TracksRefused:
        return QString::number(c.tracksRefused);
    case LastRefusal:
        return feed.lastRefusal;
    case LastError:
        return feed.lastError;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FeedStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Service:
        return tr("Service");
    case State:
        return tr("State");
    case Address:
        return tr("Address");
    case Security:
        return tr("Security");
    case Peer:
        return tr("Service identity");
    case CertificateExpires:
        return tr("Certificate expires");
    case Marking:
        return tr("Marking");
    case Events:
        return tr("Events");
    case Snapshots:
        return tr("Snapshots");
    case Gaps:
        return tr("Gaps");
    case Duplicates:
        return tr("Duplicates");
    case Malformed:
        return tr("Malformed");
    case Reconnects:
        return tr("Reconnects");
    case Refused:
        return tr("Refused (1 min)");
    case TracksRefused:
        return tr("Tracks over limit");
    case LastRefusal:
        return tr("Last refusal");
    case LastError:
        return tr("Last error");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cop
