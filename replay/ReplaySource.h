#pragma once

#include "session/PictureSource.h"
#include "ReplayClock.h"
#include "ReplayEngine.h"

namespace cop {

class Picture;

// A recording in place of the track services: the journal's replay engine, driven by the replay
// clock. Nothing is contacted.
class ReplaySource : public PictureSource
{
    Q_OBJECT

public:
    ReplaySource(Picture *picture, QString path, QObject *parent = nullptr);

    // Opens the recording it was made for and plays it from its start at 1x.
    bool start(QString *error) override;
    // Another recording (a segment file, a run's folder or a journal folder for its newest run),
    // paused at its start. False, with the reason, leaves the one playing as it was.
    bool open(const QString &path, QString *error);

    ReplayEngine &engine() { return m_engine; }
    ReplayClock &clock() { return m_clock; }

signals:
    // A recording was opened, just before the clock moves to its start.
    void opened();

private:
    const QString m_path;
    ReplayEngine m_engine;
    ReplayClock m_clock;
};

} // namespace cop
