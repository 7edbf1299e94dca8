#include "interop/CotEvent.h"

#include <QDateTime>
#include <QIODevice>
#include <QTimeZone>
#include <QXmlStreamWriter>

namespace cop {

using namespace Qt::StringLiterals;

namespace {

QString cotTime(qint64 utcUs)
{
    return QDateTime::fromMSecsSinceEpoch(utcUs / 1000, QTimeZone::UTC).toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'");
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

// TAK colours are signed 32-bit ARGB integers.
QString argb(quint32 color)
{
    return QString::number(qint32(color));
}

void writeDetail(QXmlStreamWriter &xml, const CotEvent &event)
{
    xml.writeStartElement(u"detail"_s);
    if (!event.callsign.isEmpty()) {
        xml.writeEmptyElement(u"contact"_s);
        xml.writeAttribute(u"callsign"_s, event.callsign);
    }
    if (event.courseDeg && event.speedMps) {
        xml.writeEmptyElement(u"track"_s);
        xml.writeAttribute(u"course"_s, number(*event.courseDeg, 1));
        xml.writeAttribute(u"speed"_s, number(*event.speedMps, 1));
    }
    if (event.ellipse) {
        xml.writeStartElement(u"shape"_s);
        xml.writeEmptyElement(u"ellipse"_s);
        xml.writeAttribute(u"major"_s, number(event.ellipse->majorM, 1));
        xml.writeAttribute(u"minor"_s, number(event.ellipse->minorM, 1));
        xml.writeAttribute(u"angle"_s, number(event.ellipse->angleDeg, 1));
        xml.writeEndElement();
    }
    if (event.colorArgb) {
        xml.writeEmptyElement(u"strokeColor"_s);
        xml.writeAttribute(u"value"_s, argb(*event.colorArgb));
        xml.writeEmptyElement(u"fillColor"_s);
        xml.writeAttribute(u"value"_s, argb((*event.colorArgb & 0x00ffffffu) | 0x40000000u));
    }
    if (!event.sidc.isEmpty()) {
        // ATAK and WinTAK draw a 2525D symbol from it; clients that do not read it show the
        // event's type and the remarks below.
        xml.writeEmptyElement(u"__milsym"_s);
        xml.writeAttribute(u"id"_s, event.sidc);
    }
    if (!event.parentUid.isEmpty()) {
        xml.writeEmptyElement(u"link"_s);
        xml.writeAttribute(u"uid"_s, event.parentUid);
        xml.writeAttribute(u"type"_s, event.parentType);
        xml.writeAttribute(u"relation"_s, u"p-p"_s);
    }
    if (!event.remarks.isEmpty())
        xml.writeTextElement(u"remarks"_s, event.remarks);
    xml.writeEndElement();
}

} // namespace

QByteArray cotXml(const CotEvent &event, bool declaration)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(u"event"_s);
    xml.writeAttribute(u"version"_s, u"2.0"_s);
    xml.writeAttribute(u"uid"_s, event.uid);
    xml.writeAttribute(u"type"_s, event.type);
    xml.writeAttribute(u"how"_s, event.how);
    xml.writeAttribute(u"time"_s, cotTime(event.timeUtcUs));
    xml.writeAttribute(u"start"_s, cotTime(event.startUtcUs));
    xml.writeAttribute(u"stale"_s, cotTime(event.staleUtcUs));
    if (event.exercise)
        xml.writeAttribute(u"opex"_s, u"e"_s);
    xml.writeEmptyElement(u"point"_s);
    xml.writeAttribute(u"lat"_s, number(event.point.latDeg, 7));
    xml.writeAttribute(u"lon"_s, number(event.point.lonDeg, 7));
    xml.writeAttribute(u"hae"_s, number(event.point.heightM, 1));
    xml.writeAttribute(u"ce"_s, number(event.ceM, 1));
    xml.writeAttribute(u"le"_s, number(event.leM, 1));
    writeDetail(xml, event);
    xml.writeEndElement();
    return declaration ? R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)" + out : out;
}

bool writeCotFile(QIODevice *device, const std::vector<CotEvent> &events)
{
    for (const CotEvent &event : events) {
        const QByteArray line = cotXml(event) + '\n';
        if (device->write(line) != line.size())
            return false;
    }
    return true;
}

} // namespace cop
