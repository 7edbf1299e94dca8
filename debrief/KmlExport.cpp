#include "KmlExport.h"

#include "DebriefLayers.h"
#include "DebriefText.h"

#include <QIODevice>
#include <QObject>
#include <QXmlStreamWriter>

namespace cop {

using namespace Qt::StringLiterals;

namespace {

QString coordinates(const std::vector<GeoPoint> &points)
{
    QStringList parts;
    for (const GeoPoint &p : points)
        parts.append(u"%1,%2,%3"_s.arg(p.lonDeg, 0, 'f', 6).arg(p.latDeg, 0, 'f', 6).arg(p.heightM, 0, 'f', 0));
    return parts.join(u' ');
}

QString text(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? u"true"_s : u"false"_s;
    return value.toString();
}

class Kml
{
public:
    explicit Kml(QIODevice *out) : m_xml(out) { m_xml.setAutoFormatting(true); }

    QXmlStreamWriter &xml() { return m_xml; }

    void data(const QString &name, const QString &value)
    {
        m_xml.writeStartElement(u"Data"_s);
        m_xml.writeAttribute(u"name"_s, name);
        m_xml.writeTextElement(u"value"_s, value);
        m_xml.writeEndElement();
    }

    void placemark(const DebriefFeature &feature)
    {
        m_xml.writeStartElement(u"Placemark"_s);
        m_xml.writeTextElement(u"name"_s, feature.name);
        if (!feature.description.isEmpty())
            m_xml.writeTextElement(u"description"_s, feature.description);
        time(feature);
        m_xml.writeStartElement(u"ExtendedData"_s);
        for (const auto &[name, value] : feature.properties)
            data(name, text(value));
        data(u"sidc"_s, feature.symbolCode);
        m_xml.writeEndElement();
        geometry(feature);
        m_xml.writeEndElement();
    }

private:
    void time(const DebriefFeature &feature)
    {
        if (feature.beginUtcUs == 0)
            return;
        if (feature.endUtcUs == 0) {
            m_xml.writeStartElement(u"TimeStamp"_s);
            m_xml.writeTextElement(u"when"_s, debriefTime(feature.beginUtcUs));
        } else {
            m_xml.writeStartElement(u"TimeSpan"_s);
            m_xml.writeTextElement(u"begin"_s, debriefTime(feature.beginUtcUs));
            m_xml.writeTextElement(u"end"_s, debriefTime(feature.endUtcUs));
        }
        m_xml.writeEndElement();
    }

    void geometry(const DebriefFeature &feature)
    {
        switch (feature.geometry) {
        case DebriefFeature::Geometry::Point:
            m_xml.writeStartElement(u"Point"_s);
            break;
        case DebriefFeature::Geometry::LineString:
            m_xml.writeStartElement(u"LineString"_s);
            break;
        case DebriefFeature::Geometry::Polygon:
            m_xml.writeStartElement(u"Polygon"_s);
            break;
        }
        if (feature.flown)
            m_xml.writeTextElement(u"altitudeMode"_s, u"absolute"_s);
        if (feature.geometry == DebriefFeature::Geometry::Polygon) {
            m_xml.writeStartElement(u"outerBoundaryIs"_s);
            m_xml.writeStartElement(u"LinearRing"_s);
            m_xml.writeTextElement(u"coordinates"_s, coordinates(feature.points));
            m_xml.writeEndElement();
            m_xml.writeEndElement();
        } else {
            m_xml.writeTextElement(u"coordinates"_s, coordinates(feature.points));
        }
        m_xml.writeEndElement();
    }

    QXmlStreamWriter m_xml;
};

} // namespace

bool writeKml(const DebriefSurvey &survey, QIODevice *out, QString *error)
{
    Kml kml(out);
    QXmlStreamWriter &xml = kml.xml();
    xml.writeStartDocument();
    xml.writeStartElement(u"kml"_s);
    xml.writeDefaultNamespace(u"http://www.opengis.net/kml/2.2"_s);
    xml.writeStartElement(u"Document"_s);
    xml.writeTextElement(u"name"_s, debriefTitle(survey));
    const QString marking = markingLine(survey.marking);
    xml.writeTextElement(u"description"_s, marking);
    xml.writeStartElement(u"ExtendedData"_s);
    kml.data(u"classification"_s, marking);
    xml.writeEndElement();
    for (const DebriefLayer &layer : debriefLayers(survey)) {
        xml.writeStartElement(u"Folder"_s);
        xml.writeAttribute(u"id"_s, layer.id);
        xml.writeTextElement(u"name"_s, layer.title);
        for (const DebriefFeature &feature : layer.features)
            kml.placemark(feature);
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return !xml.hasError() || exportFailed(out, error);
}

} // namespace cop
