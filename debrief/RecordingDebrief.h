#pragma once

#include "DebriefSurvey.h"
#include "picture/Picture.h"
#include "ReplayEngine.h"

#include <QCoreApplication>

#include <optional>

namespace cop {

// A recording surveyed for a debrief: opened as the console's --replay opens it (a segment file,
// a run's folder or a journal folder for its newest run) and played through the window in
// journal order, so that the survey holds everything that existed in it, not only what is left
// at its end. The alerts' final states come from an AlertBook following the replayed picture,
// in the alert panel's own words (AlertText), so the debrief says what the panel said.
class RecordingDebrief
{
    Q_DECLARE_TR_FUNCTIONS(RecordingDebrief)

public:
    RecordingDebrief();

    // False, with the reason, when the recording has no readable segment.
    bool open(const QString &path, QString *error);
    // What was left out of a damaged recording (see JournalReader::problems).
    const QStringList &problems() const { return m_engine.journal().problems(); }
    qint64 startUtcUs() const { return m_engine.startUtcUs(); }
    qint64 endUtcUs() const { return m_engine.endUtcUs(); }

    // Whether survey() also collects the console's Cursor-on-Target output over the window
    // (DebriefSurvey::cot): a fusion pass for every second of it, so only for a format that
    // reads it.
    void setCollectCot(bool collect) { m_collectCot = collect; }

    // The window [from, to] (the recording's start and end where not given), once per opening.
    // False, with the reason, when the window holds none of the recording.
    bool survey(std::optional<qint64> fromUtcUs, std::optional<qint64> toUtcUs, DebriefSurvey *survey,
                QString *error);

private:
    Picture m_picture;
    ReplayEngine m_engine;
    bool m_collectCot = false;
};

} // namespace cop
