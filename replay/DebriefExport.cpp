#include "DebriefExport.h"

#include "picture/ClassificationMarking.h"
#include "picture/ImpactArea.h"
#include "geo/ImpactEllipseOutline.h"
#include "picture/Picture.h"
#include "RecordingSurvey.h"
#include "regions/RegionMap.h"

#include <QDateTime>
#include <QIODevice>
#include <QObject>
#include <QTimeZone>
#include <QXmlStreamWriter>

namespace cop {

using namespace Qt::StringLiterals;

namespace {

QString isoUtc(qint64 utcUs)
{
    return QDateTime::fromMSecsSinceEpoch(utcUs / 1000, QTimeZone::UTC).toString(Qt::ISODateWithMs);
}

QString alertKindId(AlertKind kind)
{
    switch (kind) {
    case AlertKind::LaunchDetected: return QStringLiteral("launch_detected");
    case AlertKind::ImpactInTerritory: return QStringLiteral("impact_in_territory");
    case AlertKind::ImpactInEez: return QStringLiteral("impact_in_eez");
    case AlertKind::ImpactAtSea: return QStringLiteral("impact_at_sea");
    case AlertKind::Overflight: return QStringLiteral("overflight");
    case AlertKind::TrackLost: return QStringLiteral("track_lost");
    case AlertKind::ImpactOccurred: return QStringLiteral("impact_occurred");
    case AlertKind::FeedLost: return QStringLiteral("feed_lost");
    case AlertKind::Divergence: return QStringLiteral("divergence");
    case AlertKind::FeedInvalid: return QStringLiteral("feed_invalid");
    case AlertKind::PictureStalled: return QStringLiteral("picture_stalled");
    case AlertKind::FeedCertificateExpiring: return QStringLiteral("feed_certificate_expiring");
    case AlertKind::FeedMarkingChanged: return QStringLiteral("feed_marking_changed");
    case AlertKind::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Advisory: return QStringLiteral("advisory");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Critical: return QStringLiteral("critical");
    case Severity::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString alertStateId(AlertState state)
{
    switch (state) {
    case AlertState::ActiveUnacknowledged: return QStringLiteral("active_unacknowledged");
    case AlertState::ActiveAcknowledged: return QStringLiteral("active_acknowledged");
    case AlertState::ClearedUnacknowledged: return QStringLiteral("cleared_unacknowledged");
    case AlertState::Cleared: return QStringLiteral("cleared");
    case AlertState::Shelved: return QStringLiteral("shelved");
    case AlertState::Latched: return QStringLiteral("latched");
    case AlertState::Unknown: break;
    }
    return QStringLiteral("unknown");
}

// RFC 4180: quote a field that holds a separator, a quote or a line break.
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString coordinates(const std::vector<GeoPoint> &points)
{
    QStringList parts;
    for (const GeoPoint &p : points)
        parts.append(QStringLiteral("%1,%2,%3").arg(p.lonDeg, 0, 'f', 6).arg(p.latDeg, 0, 'f', 6).arg(p.heightM, 0, 'f', 0));
    return parts.join(u' ');
}

class Kml
{
public:
    explicit Kml(QIODevice *out) : m_xml(out) { m_xml.setAutoFormatting(true); }

    QXmlStreamWriter &xml() { return m_xml; }

    void line(const QString &name, const std::vector<GeoPoint> &points, bool absolute)
    {
        m_xml.writeStartElement(u"Placemark"_s);
        m_xml.writeTextElement(u"name"_s, name);
        m_xml.writeStartElement(u"LineString"_s);
        if (absolute)
            m_xml.writeTextElement(u"altitudeMode"_s, u"absolute"_s);
        m_xml.writeTextElement(u"coordinates"_s, coordinates(points));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    void point(const QString &name, const GeoPoint &p, const QString &description = {})
    {
        m_xml.writeStartElement(u"Placemark"_s);
        m_xml.writeTextElement(u"name"_s, name);
        if (!description.isEmpty())
            m_xml.writeTextElement(u"description"_s, description);
        m_xml.writeStartElement(u"Point"_s);
        m_xml.writeTextElement(u"coordinates"_s, coordinates({p}));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    void ellipses(const QString &name, const Prediction &prediction)
    {
        for (const ImpactEllipse &ellipse : prediction.ellipses) {
            std::vector<GeoPoint> outline = impactEllipseOutline(prediction.impactPoint, ellipse);
            outline.push_back(outline.front());
            line(QStringLiteral("%1 %2 %").arg(name).arg(qRound(ellipse.confidence * 100)), outline, false);
        }
    }

    void folder(const QString &name) { m_xml.writeStartElement(u"Folder"_s); m_xml.writeTextElement(u"name"_s, name); }
    void end() { m_xml.writeEndElement(); }

private:
    QXmlStreamWriter m_xml;
};

bool failed(QIODevice *out, QString *error)
{
    *error = QObject::tr("cannot write the export: %1").arg(out->errorString());
    return false;
}

} // namespace

bool writeAlertCsv(const RecordingSurvey &survey, QIODevice *out, QString *error)
{
    QStringList rows{u"service,alert_id,kind,severity,track_id,region_id,exercise,raised_utc,"
                     "first_received_utc,acknowledged_utc,acknowledged_by,acknowledged_console,"
                     "time_to_acknowledge_s,final_state"_s};
    for (const AlertHistory &alert : survey.alerts) {
        const AlertUpdate &first = alert.first;
        QStringList row{alert.service, first.alertId, alertKindId(first.kind), severityId(first.severity),
                        first.trackId, first.regionId, first.exercise ? u"yes"_s : u"no"_s,
                        isoUtc(first.raisedUtcUs), isoUtc(alert.firstSeenUtcUs)};
        if (const auto &ack = alert.firstAcknowledgement) {
            row << isoUtc(ack->timeUtcUs) << ack->operatorName << ack->consoleId
                << QString::number(double(ack->timeUtcUs - first.raisedUtcUs) / 1e6, 'f', 1);
        } else {
            row << QString() << QString() << QString() << QString();
        }
        row << alertStateId(alert.last.state);
        for (QString &field : row)
            field = csvField(field);
        rows.append(row.join(u','));
    }
    // The marking above and below the table, as on any marked document.
    const QString marking = u"# "_s + markingLine(survey.marking);
    rows.prepend(marking);
    rows.append(marking);
    const QByteArray bytes = (rows.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
    return out->write(bytes) == bytes.size() || failed(out, error);
}

bool writeKml(const Picture &picture, const RecordingSurvey &survey, QIODevice *out, QString *error)
{
    Kml kml(out);
    QXmlStreamWriter &xml = kml.xml();
    xml.writeStartDocument();
    xml.writeStartElement(u"kml"_s);
    xml.writeDefaultNamespace(u"http://www.opengis.net/kml/2.2"_s);
    xml.writeStartElement(u"Document"_s);
    xml.writeTextElement(u"name"_s, QObject::tr("COP debrief at %1").arg(isoUtc(picture.nowUtcUs())));
    const QString marking = markingLine(governingMarking(picture.feeds()));
    xml.writeTextElement(u"description"_s, marking);
    xml.writeStartElement(u"ExtendedData"_s);
    xml.writeStartElement(u"Data"_s);
    xml.writeAttribute(u"name"_s, u"classification"_s);
    xml.writeTextElement(u"value"_s, marking);
    xml.writeEndElement();
    xml.writeEndElement();

    kml.folder(QObject::tr("Tracks"));
    for (const Track &track : picture.tracks()) {
        const QString name = track.service + u' ' + track.state.trackId;
        std::vector<GeoPoint> trail(track.trail.begin(), track.trail.end());
        trail.push_back(track.state.position);
        kml.line(name, trail, true);
        kml.point(name, track.state.position, isoUtc(track.state.timeUtcUs));
    }
    kml.end();

    kml.folder(QObject::tr("Predictions"));
    for (auto it = picture.predictions().cbegin(); it != picture.predictions().cend(); ++it) {
        const Prediction &prediction = it.value();
        const QString name = it.key().service + u' ' + prediction.trackId;
        std::vector<GeoPoint> trajectory;
        for (const TrajectorySample &sample : prediction.trajectory)
            trajectory.push_back(sample.point);
        kml.line(name, trajectory, true);
        // The region in the words of the map's impact label and the alert row.
        kml.point(QObject::tr("%1 impact").arg(name), prediction.impactPoint,
                  isoUtc(prediction.impactTimeUtcUs) + u"  "_s
                      + impactAreaText(impactAreaOf(regions::RegionMap::builtIn(), prediction)));
        kml.ellipses(name, prediction);
    }
    kml.end();

    kml.folder(QObject::tr("Impacts: predicted against actual"));
    for (const ImpactDebrief &impact : survey.impacts) {
        const QString name = impact.service + u' ' + impact.trackId;
        kml.point(QObject::tr("%1 actual impact").arg(name), impact.actualImpact, isoUtc(impact.impactUtcUs));
        for (const Prediction &prediction : impact.predictions) {
            kml.point(QObject::tr("%1 predicted at %2").arg(name, isoUtc(prediction.issuedUtcUs)),
                      prediction.impactPoint, isoUtc(prediction.impactTimeUtcUs));
        }
        if (!impact.predictions.empty())
            kml.ellipses(QObject::tr("%1 last prediction").arg(name), impact.predictions.back());
    }
    kml.end();

    xml.writeEndDocument();
    return !xml.hasError() || failed(out, error);
}

} // namespace cop
