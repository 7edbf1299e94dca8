#pragma once

#include "geo/GeoPoint.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

class QIODevice;

namespace cop {

// CoT's value for an error nobody knows (the CoT event schema's "9999999").
inline constexpr double kCotUnknownErrorM = 9'999'999.0;

// An ellipse drawn by a TAK client (the shape of a "u-d-c-e" event), as ATAK writes and reads it:
// full axis lengths (its DrawingEllipseImporter halves them), the major axis's azimuth.
struct CotEllipse
{
    double majorM = 0.0;
    double minorM = 0.0;
    double angleDeg = 0.0; // clockwise from true north

    friend bool operator==(const CotEllipse &, const CotEllipse &) = default;
};

// One Cursor-on-Target event: what the console says about one thing it shows, in the form the
// CoT event schema (version 2.0) and TAK clients read. Times are UTC microseconds.
struct CotEvent
{
    QString uid;       // the same thing keeps its uid: a client replaces what it had under it
    QString type;      // e.g. "a-h-A-W-M"
    QString how;       // "m-f": machine, fused
    qint64 timeUtcUs = 0;  // when the event was made
    qint64 startUtcUs = 0; // from when it holds
    qint64 staleUtcUs = 0; // after this a client shows it as old or drops it
    bool exercise = false; // opex="e": exercise traffic, never a real event
    GeoPoint point;        // height above the WGS-84 ellipsoid (CoT's hae)
    double ceM = kCotUnknownErrorM; // one sigma, horizontal
    double leM = kCotUnknownErrorM; // one sigma, vertical
    std::optional<double> courseDeg; // clockwise from true north
    std::optional<double> speedMps;
    std::optional<CotEllipse> ellipse;
    std::optional<quint32> colorArgb; // of a shape's line; its fill is the same, mostly clear
    QString callsign; // the name a client labels it with
    QString sidc;     // MIL-STD-2525D symbol identification code (interop/SymbolCode.h)
    QString remarks;
    QString parentUid; // the event this one belongs to (a track's launch point, its impact)
    QString parentType;

    friend bool operator==(const CotEvent &, const CotEvent &) = default;
};

// The event as one line of XML, without a line break. With `declaration`, preceded by the XML
// declaration, as each CoT message on the wire is.
QByteArray cotXml(const CotEvent &event, bool declaration = false);

// A CoT file: one event per line, in order, without an XML declaration (several root elements
// make no XML document, so none is claimed). False when the device would not take it all.
bool writeCotFile(QIODevice *device, const std::vector<CotEvent> &events);

} // namespace cop
