#pragma once

class QIODevice;
class QString;

namespace cop {

struct DebriefSurvey;

// One row per alert of the window (RFC 4180, UTF-8, under and over the marking as "# " lines):
// when it was raised, what and where in the alert panel's words, the nations that reported it,
// when, by whom and how long after it was raised it was first acknowledged, and its final state
// as the panel showed it; then its ids.
bool writeAlertCsv(const DebriefSurvey &survey, QIODevice *out, QString *error);

} // namespace cop
