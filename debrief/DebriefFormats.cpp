#include "DebriefFormats.h"

#include "AlertCsvExport.h"
#include "DebriefSurvey.h"
#include "DebriefText.h"
#include "GeoJsonExport.h"
#include "KmlExport.h"

#include <QFile>
#include <QObject>
#include <QSaveFile>

#include <cstdio>

namespace cop {

using namespace Qt::StringLiterals;

namespace {

bool writeCot(const DebriefSurvey &survey, QIODevice *out, QString *error)
{
    return writeCotFile(out, survey.cot) || exportFailed(out, error);
}

} // namespace

const std::vector<DebriefFormat> &debriefFormats()
{
    static const std::vector<DebriefFormat> formats{
        {u"csv"_s, u".csv"_s,
         u"Write the alerts of the window as CSV: raised, kind, region, nations, acknowledged, by "
         "whom, time to acknowledge, final state as the alert panel showed it."_s,
         writeAlertCsv},
        {u"kml"_s, u".kml"_s,
         u"Write KML: every track of the window with its trail, every prediction with its "
         "trajectory and 50/95 % ellipses, the launches, each impact predicted against actual."_s,
         writeKml},
        {u"geojson"_s, u".geojson"_s,
         u"Write the same features as the KML as RFC 7946 GeoJSON (WGS-84 longitude, latitude)."_s,
         writeGeoJson},
        {u"cot"_s, u".cot"_s,
         u"Write what the console's Cursor-on-Target output sends for the window: the fused "
         "picture's tracks, launch points and predicted impacts, each at most once a second, one "
         "<event> per line, timed by the recording's clock."_s,
         writeCot, true},
    };
    return formats;
}

const DebriefFormat *debriefFormat(const QString &id)
{
    for (const DebriefFormat &format : debriefFormats()) {
        if (format.id == id)
            return &format;
    }
    return nullptr;
}

bool writeDebriefFile(const DebriefSurvey &survey, const DebriefFormat &format, const QString &path,
                      QString *error)
{
    if (path == u"-"_s) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            *error = QObject::tr("cannot write to standard output: %1").arg(out.errorString());
            return false;
        }
        return format.write(survey, &out, error) && out.flush();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QObject::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!format.write(survey, &file, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = QObject::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace cop
