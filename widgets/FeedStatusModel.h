#pragma once

#include "picture/Picture.h"

#include "TranslatedTableModel.h"
#include <QPointer>

namespace cop {

// One row per configured track service: its connection state and what the client counted.
class FeedStatusModel : public TranslatedTableModel
{
    Q_OBJECT

public:
    enum Column {
        Service,
        State,
        Address,
        Security,
        Peer,
        CertificateExpires,
        Marking,
        Events,
        Snapshots,
        Gaps,
        Duplicates,
        Malformed,
        Reconnects,
        Refused,
        TracksRefused,
        LastRefusal,
        LastError,
        ColumnCount
    };

    explicit FeedStatusModel(Picture *picture, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString stateName(FeedState state);
    static QColor stateColor(FeedState state);
    // "TLS" or "Plaintext", and who the service's certificate says it is.
    static QString securityText(const FeedSecurity &security);
    static QString peerText(const FeedSecurity &security);

private:
    // countersToo false: the rows' counters are taken in but shown with the next second (each
    // batch moves them, and each repaint of a table is a frame of the whole window, the map's
    // included); anything else a row shows at once.
    void refresh(bool countersToo);
    // What the rows show apart from their counters.
    QList<QVariant> shownButCounters() const;

    QPointer<Picture> m_picture;
    QList<FeedStatus> m_rows;
};

} // namespace cop
