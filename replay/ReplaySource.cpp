#include "ReplaySource.h"

namespace cop {

ReplaySource::ReplaySource(Picture *picture, QString path, QObject *parent)
    : PictureSource(parent)
    , m_path(std::move(path))
    , m_engine(picture)
{
    connect(&m_clock, &ReplayClock::positionChanged, &m_engine, &ReplayEngine::seek);
}

bool ReplaySource::start(QString *error)
{
    if (!open(m_path, error))
        return false;
    m_clock.play();
    return true;
}

bool ReplaySource::open(const QString &path, QString *error)
{
    m_clock.pause();
    if (!m_engine.open(path, error))
        return false;
    emit opened();
    m_clock.setRange(m_engine.startUtcUs(), m_engine.endUtcUs());
    return true;
}

} // namespace cop
