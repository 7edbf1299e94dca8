#pragma once

#include "base/BackgroundPool.h"
#include "CotLink.h"
#include "interop/CotSchedule.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace cop {

class FusedPicture;

// The console's live Cursor-on-Target output (--cot; README, "Cursor-on-Target"): once a second
// the fused picture's events that are due (CotSchedule: each thing at most once a second, at
// most a bounded number a round) are made on a background thread and handed to the link, and a
// receiver that (re)connects is sent the whole picture. The GUI thread only takes the picture
// (a pointer and shared hashes) and passes finished messages on.
class CotFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kRoundInterval{CotSchedule::kCotRoundIntervalMs};

    // Every uid begins with `uidPrefix`, naming the console.
    CotFeed(FusedPicture *picture, CotEndpoint endpoint, QString uidPrefix, QObject *parent = nullptr);
    ~CotFeed() override;

    void start();
    CotLink *link() { return &m_link; }

private:
    void round();
    void deliver(std::vector<QByteArray> messages);

    QPointer<FusedPicture> m_picture;
    const QString m_uidPrefix;
    CotLink m_link;
    QTimer m_timer;
    std::shared_ptr<CotSchedule> m_schedule; // touched by one round at a time, on the pool's thread
    bool m_running = false;
    bool m_wholePicture = false;
    BackgroundPool m_pool{QStringLiteral("CoT output"), 1};
};

} // namespace cop
