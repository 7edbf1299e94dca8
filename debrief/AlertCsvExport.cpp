#include "AlertCsvExport.h"

#include "AlertText.h"
#include "DebriefSurvey.h"
#include "DebriefText.h"
#include "fusion/FusedPicture.h"

#include <QIODevice>

namespace cop {

using namespace Qt::StringLiterals;

namespace {

// RFC 4180: quote a field that holds a separator, a quote or a line break.
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

} // namespace

bool writeAlertCsv(const DebriefSurvey &survey, QIODevice *out, QString *error)
{
    QStringList rows{u"raised_utc,kind,region,nations,acknowledged_utc,acknowledged_by,"
                     "time_to_acknowledge_s,final_state,severity,track_id,alert_id"_s};
    for (const DebriefAlert &alert : survey.alerts) {
        const AlertUpdate &first = alert.first;
        // As the panel's "Reported by": the console's own advisories name no nation.
        const QString nations = alert.service == FusedPicture::kAdvisoryService ? QString() : alert.service;
        QStringList row{debriefTime(first.raisedUtcUs), AlertText::kind(first.kind),
                        AlertText::region(first), nations};
        if (const auto &ack = alert.firstAcknowledgement) {
            AlertUpdate acknowledged;
            acknowledged.acknowledgements = {*ack};
            row << debriefTime(ack->timeUtcUs) << AlertText::acknowledgedBy(acknowledged)
                << QString::number(double(ack->timeUtcUs - first.raisedUtcUs) / 1e6, 'f', 1);
        } else {
            row << QString() << QString() << QString();
        }
        row << alert.finalState << AlertText::severity(first.severity) << first.trackId << first.alertId;
        for (QString &field : row)
            field = csvField(field);
        rows.append(row.join(u','));
    }
    // The marking above and below the table, as on any marked document.
    const QString marking = u"# "_s + markingLine(survey.marking);
    rows.prepend(marking);
    rows.append(marking);
    const QByteArray bytes = (rows.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
    return out->write(bytes) == bytes.size() || exportFailed(out, error);
}

} // namespace cop
