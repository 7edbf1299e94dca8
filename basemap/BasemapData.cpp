#include "BasemapData.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>


namespace cop::basemap {

namespace {

// TopoJSON arcs are quantised and delta-encoded; this undoes both.
std::vector<LonLatLine> decodeArcs(const QJsonObject &topology)
{
    const QJsonObject transform = topology[u"transform"].toObject();
    const QJsonArray scale = transform[u"scale"].toArray();
    const QJsonArray translate = transform[u"translate"].toArray();
    const double sx = scale[0].toDouble(1.0), sy = scale[1].toDouble(1.0);
    const double tx = translate[0].toDouble(), ty = translate[1].toDouble();
    const bool quantised = !transform.isEmpty();

    std::vector<LonLatLine> arcs;
    const QJsonArray source = topology[u"arcs"].toArray();
    arcs.reserve(source.size());
    for (const QJsonValue &arcValue : source) {
        const QJsonArray arc = arcValue.toArray();
        LonLatLine line;
        line.reserve(arc.size());
        double x = 0, y = 0;
        for (const QJsonValue &pointValue : arc) {
            const QJsonArray point = pointValue.toArray();
            if (quantised) {
                x += point[0].toDouble();
                y += point[1].toDouble();
                line.emplace_back(x * sx + tx, y * sy + ty);
            } else {
                line.emplace_back(point[0].toDouble(), point[1].toDouble());
            }
        }
        arcs.push_back(std::move(line));
    }
    return arcs;
}

// A negative index ~i means arc i reversed; consecutive arcs share their joining point.
LonLatLine ringFromArcs(const QJsonArray &indices, const std::vector<LonLatLine> &arcs,
                        std::vector<int> &uses, std::vector<int> &owner, int country)
{
    LonLatLine ring;
    for (const QJsonValue &value : indices) {
        const int index = value.toInt();
        const int arc = index >= 0 ? index : ~index;
        if (arc < 0 || arc >= int(arcs.size()))
            continue;
        ++uses[arc];
        owner[arc] = country;
        const LonLatLine &points = arcs[arc];
        const size_t skip = ring.empty() ? 0 : 1;
        if (index >= 0)
            ring.insert(ring.end(), points.begin() + std::min(skip, points.size()), points.end());
        else
            ring.insert(ring.end(), points.rbegin() + std::min(skip, points.size()), points.rend());
    }
    return ring;
}

std::optional<Place::Kind> placeKind(const QString &kind)
{
    if (kind == u"city")
        return Place::Kind::City;
    if (kind == u"sea")
        return Place::Kind::Sea;
    return std::nullopt;
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("basemap: resource %s missing from the build", qPrintable(path));
    return file.readAll();
}

} // namespace

QString Place::nameFor(const QLocale &locale) const
{
    return localNames.value(QLocale::languageToCode(locale.language(), QLocale::ISO639Part1), name);
}

std::optional<BasemapData> BasemapData::fromJson(const QByteArray &topoJson, const QByteArray &placesJson,
                                                 QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument topology = QJsonDocument::fromJson(topoJson, &parseError);
    const QJsonObject countries = topology[u"objects"][u"countries"].toObject();
    if (parseError.error != QJsonParseError::NoError || countries.isEmpty()) {
        *error = QStringLiteral("country data is not a TopoJSON topology with \"countries\": %1")
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    BasemapData data;
    const std::vector<LonLatLine> arcs = decodeArcs(topology.object());
    std::vector<int> uses(arcs.size(), 0);
    std::vector<int> owner(arcs.size(), -1);
    for (const QJsonValue &geometryValue : countries[u"geometries"].toArray()) {
        const QJsonObject geometry = geometryValue.toObject();
        Country country{geometry[u"id"].toString(), geometry[u"properties"][u"name"].toString(), {}, {}};
        QJsonArray polygons = geometry[u"arcs"].toArray();
        if (geometry[u"type"].toString() == u"Polygon")
            polygons = QJsonArray{polygons};
        for (const QJsonValue &polygon : polygons) {
            for (const QJsonValue &ring : polygon.toArray()) {
                LonLatLine points = ringFromArcs(ring.toArray(), arcs, uses, owner,
                                                 int(data.m_countries.size()));
                if (points.size() < 3)
                    continue;
                for (const QPointF &p : points)
                    country.bounds |= QRectF(p, QSizeF(1e-9, 1e-9));
                country.rings.push_back(std::move(points));
            }
        }
        // Keeps indices in owner valid: a country without rings still takes its slot.
        data.m_countries.push_back(std::move(country));
    }
    for (size_t i = 0; i < arcs.size(); ++i) {
        if (uses[i] == 1) {
            data.m_coastlines.push_back(arcs[i]);
            data.m_countries[owner[i]].coastlines.push_back(arcs[i]);
        } else if (uses[i] > 1) {
            data.m_borders.push_back(arcs[i]);
        }
    }
    std::erase_if(data.m_countries, [](const Country &c) { return c.rings.empty(); });

    const QJsonDocument places = QJsonDocument::fromJson(placesJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !places.isArray()) {
        *error = QStringLiteral("places are not a JSON array: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    for (const QJsonValue &value : places.array()) {
        const QJsonObject object = value.toObject();
        const auto kind = placeKind(object[u"kind"].toString());
        if (!kind || object[u"id"].toString().isEmpty()) {
            *error = QStringLiteral("place %1 needs an id and a kind of city or sea")
                         .arg(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
            return std::nullopt;
        }
        QHash<QString, QString> localNames;
        for (const QString &language : {QStringLiteral("ko"), QStringLiteral("ja")}) {
            if (object.contains(language))
                localNames.insert(language, object[language].toString());
        }
        data.m_places.push_back({object[u"id"].toString(), object[u"name"].toString(), std::move(localNames),
                                 object[u"lat"].toDouble(), object[u"lon"].toDouble(), *kind,
                                 object[u"min_zoom"].toInt(3), object[u"capital"].toBool()});
    }

    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(topoJson);
    hash.addData(placesJson);
    data.m_fingerprint = hash.result();
    return data;
}

const BasemapData &BasemapData::builtIn()
{
    static const BasemapData data = [] {
        QString error;
        auto loaded = fromJson(readResource(QStringLiteral(":/cop/basemap/countries-10m.json")),
                               readResource(QStringLiteral(":/cop/basemap/places.json")), &error);
        if (!loaded)
            qFatal("basemap: built-in data is invalid: %s", qPrintable(error));
        return std::move(*loaded);
    }();
    return data;
}

const Country *BasemapData::country(const QString &id) const
{
    for (const Country &c : m_countries) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace cop::basemap
