#include "DebriefText.h"

#include "DebriefSurvey.h"

#include <QDateTime>
#include <QIODevice>
#include <QObject>
#include <QTimeZone>

namespace cop {

QString debriefTime(qint64 utcUs)
{
    return QDateTime::fromMSecsSinceEpoch(utcUs / 1000, QTimeZone::UTC).toString(Qt::ISODateWithMs);
}

QString debriefTitle(const DebriefSurvey &survey)
{
    return QObject::tr("COP debrief, %1 to %2")
        .arg(debriefTime(survey.window.fromUtcUs), debriefTime(survey.window.toUtcUs));
}

bool exportFailed(QIODevice *out, QString *error)
{
    *error = QObject::tr("cannot write the export: %1").arg(out->errorString());
    return false;
}

} // namespace cop
