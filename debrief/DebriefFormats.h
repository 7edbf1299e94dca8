#pragma once

#include <QString>

#include <vector>

class QIODevice;

namespace cop {

struct DebriefSurvey;

// A debrief export format: every one renders the same survey of a window. cop-export offers
// each as --ID FILE, the replay window's Replay menu as an export; a new format is one more entry
// in debriefFormats().
struct DebriefFormat
{
    using Writer = bool (*)(const DebriefSurvey &survey, QIODevice *out, QString *error);

    QString id;      // the command-line option and a stable name: "csv", "kml", "geojson", "cot"
    QString suffix;  // of its files, with the dot
    QString summary; // for cop-export's --help (English, as every program's command line)
    Writer write = nullptr;
    bool readsCot = false; // renders DebriefSurvey::cot (RecordingDebrief::setCollectCot)
};

const std::vector<DebriefFormat> &debriefFormats();
const DebriefFormat *debriefFormat(const QString &id);

// Writes the survey in the format to `path` ("-": standard output) whole or not at all: the file
// appears, or replaces an older one, only once everything is written. False with the reason.
bool writeDebriefFile(const DebriefSurvey &survey, const DebriefFormat &format, const QString &path,
                      QString *error);

} // namespace cop
