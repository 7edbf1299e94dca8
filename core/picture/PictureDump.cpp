#include "picture/PictureDump.h"

#include "picture/Picture.h"

#include <algorithm>
#include <map>

namespace cop {

namespace {

// Appends space-separated fields; doubles with 17 significant digits, which round-trip exactly.
class Line
{
public:
    Line &operator<<(const QString &text)
    {
        field(text.toUtf8().replace(' ', "\\x20"));
        return *this;
    }
    Line &operator<<(const char *text)
    {
        field(text);
        return *this;
    }
    Line &operator<<(double value)
    {
        field(QByteArray::number(value, 'g', 17));
        return *this;
    }
    Line &operator<<(qint64 value)
    {
        field(QByteArray::number(value));
        return *this;
    }
    Line &operator<<(quint64 value)
    {
        field(QByteArray::number(value));
        return *this;
    }
    Line &operator<<(int value) { return *this << qint64(value); }
    Line &operator<<(bool value) { return *this << (value ? "1" : "0"); }
    Line &operator<<(const GeoPoint &p) { return *this << p.latDeg << p.lonDeg << p.heightM; }

    QByteArray text() const { return m_text + '\n'; }

private:
    void field(const QByteArray &value)
    {
        if (!m_text.isEmpty())
            m_text += ' ';
        m_text += value;
    }
    QByteArray m_text;
};

template<size_t N>
Line &operator<<(Line &line, const std::optional<std::array<double, N>> &values)
{
    if (!values)
        return line << "-";
    for (double v : *values)
        line << v;
    return line;
}

Line &operator<<(Line &line, const TrackUpdate &t)
{
    line << t.trackId << t.timeUtcUs << t.position << t.positionEcef[0] << t.positionEcef[1]
         << t.positionEcef[2] << t.velocityEcef[0] << t.velocityEcef[1] << t.velocityEcef[2]
         << t.covarianceUpper << int(t.phase) << int(t.affiliation) << double(t.quality)
         << t.sensors.join(u',') << t.exercise << int(t.objectKind) << t.parentTrackId << int(t.stage)
         << t.separatedUtcUs;
    return line;
}

Line &operator<<(Line &line, const std::vector<ImpactEllipse> &ellipses)
{
    line << "ellipses";
    for (const ImpactEllipse &e : ellipses)
        line << e.confidence << e.semiMajorM << e.semiMinorM << e.orientationDeg;
    return line;
}

Line &operator<<(Line &line, const Track &t)
{
    line << t.state << t.receivedUtcUs << t.trailHeadUtcUs << "trail";
    for (const GeoPoint &p : t.trail)
        line << p;
    return line;
}

Line &operator<<(Line &line, const Launch &l)
{
    line << l.trackId << l.launchTimeUtcUs << l.launchTimeSigmaS << l.point << l.pointCovarianceEn << l.exercise
         << int(l.kind) << l.origin << l.outcomeUtcUs;
    if (l.orbit)
        line << "orbit" << l.orbit->perigeeHeightM << l.orbit->apogeeHeightM << l.orbit->inclinationDeg;
    if (l.failure) {
        line << "failure" << int(l.failure->mode) << int(l.failure->stage) << l.failure->debrisPoint
             << l.failure->debrisFromUtcUs << l.failure->debrisUntilUtcUs << l.failure->debrisEllipses;
    }
    return line;
}

Line &operator<<(Line &line, const Prediction &p)
{
    line << p.issuedUtcUs << p.apogee << p.impactPoint << p.impactTimeUtcUs << p.impactTimeSigmaS
         << p.provisional << p.exercise << p.orbital << "trajectory";
    for (const TrajectorySample &s : p.trajectory)
        line << s.timeUtcUs << s.point;
    return line << p.ellipses;
}

Line &operator<<(Line &line, const AlertUpdate &a)
{
    line << int(a.kind) << int(a.severity) << a.trackId << a.regionId << int(a.state)
         << a.raisedUtcUs << a.predictedImpactUtcUs << a.exercise << "acks";
    for (const Acknowledgement &ack : a.acknowledgements)
        line << ack.operatorName << ack.consoleId << ack.timeUtcUs;
    return line;
}

Line &operator<<(Line &line, const FeedStatus &f)
{
    const FeedCounters &c = f.counters;
    return line << f.address << feedStateId(f.state) << f.lastError << f.lastHeardUtcUs
                << c.eventsApplied << c.snapshots << c.duplicates << c.gaps << c.malformed
                << c.reconnects;
}

// Any container keyed by ServiceKey: the tracks' table and the picture's hashes.
template<typename Keyed>
void dumpHash(QByteArray &out, const char *section, const Keyed &hash)
{
    std::map<std::pair<QString, QString>, QByteArray> sorted;
    for (auto it = hash.cbegin(); it != hash.cend(); ++it) {
        Line line;
        line << section << it.key().service << it.key().id << it.value();
        sorted.emplace(std::pair(it.key().service, it.key().id), line.text());
    }
    for (const auto &entry : sorted)
        out += entry.second;
}

} // namespace

QByteArray canonicalDump(const Picture &picture)
{
    QByteArray out;
    dumpHash(out, "track", picture.tracks());
    dumpHash(out, "launch", picture.launches());
    dumpHash(out, "prediction", picture.predictions());
    dumpHash(out, "alert", picture.alerts());
    QStringList services = picture.feeds().keys();
    std::sort(services.begin(), services.end());
    for (const QString &service : services) {
        Line line;
        line << "feed" << service << picture.feeds().value(service);
        out += line.text();
    }
    return out;
}

} // namespace cop
