#pragma once

#include <QString>

class QIODevice;

namespace cop {

struct DebriefSurvey;

// ISO 8601 UTC with milliseconds, as every export writes times.
QString debriefTime(qint64 utcUs);
// A debrief's title: the window it covers.
QString debriefTitle(const DebriefSurvey &survey);
// Sets `error` to why writing to `out` failed and returns false.
bool exportFailed(QIODevice *out, QString *error);

} // namespace cop
