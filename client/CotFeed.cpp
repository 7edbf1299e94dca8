#include "CotFeed.h"

#include "base/SteadyClock.h"
#include "fusion/FusedPicture.h"
#include "interop/CotFromPicture.h"

namespace cop {

CotFeed::CotFeed(FusedPicture *picture, CotEndpoint endpoint, QString uidPrefix, QObject *parent)
    : QObject(parent)
    , m_picture(picture)
    , m_uidPrefix(std::move(uidPrefix))
    , m_link(std::move(endpoint))
    , m_schedule(std::make_shared<CotSchedule>())
{
    m_timer.setInterval(kRoundInterval);
    connect(&m_timer, &QTimer::timeout, this, &CotFeed::round);
    connect(&m_link, &CotLink::ready, this, [this] {
        m_wholePicture = true;
        round();
    });
}

CotFeed::~CotFeed()
{
    // The round in flight posts its messages to this object: it must be done before we go.
    m_pool.waitForDone();
}

void CotFeed::start()
{
    m_link.start();
    m_timer.start();
}

void CotFeed::round()
{
    if (m_running || !m_picture || !m_link.canSend())
        return;
    m_running = true;
    const bool wholePicture = std::exchange(m_wholePicture, false);
    m_pool.start([this, picture = CotPicture::of(*m_picture), schedule = m_schedule, wholePicture,
                  steadyMs = steadyNowMs()] {
        if (wholePicture)
            schedule->reset();
        std::vector<QByteArray> messages;
        for (const CotEvent &event : schedule->due(cotEventsOf(picture, m_uidPrefix), steadyMs))
            messages.push_back(cotXml(event, true));
        QMetaObject::invokeMethod(this, [this, messages = std::move(messages)]() mutable {
            deliver(std::move(messages));
        }, Qt::QueuedConnection);
    });
}

void CotFeed::deliver(std::vector<QByteArray> messages)
{
    m_running = false;
    m_link.send(messages);
}

} // namespace cop
