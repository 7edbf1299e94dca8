#pragma once

#include <QByteArray>
#include <QHash>
#include <QLocale>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

namespace cop::basemap {

// A closed ring or an open line of geodetic points: x is longitude, y latitude, in degrees.
using LonLatLine = std::vector<QPointF>;

struct Country
{
    QString id;   // ISO 3166-1 numeric, e.g. "392"
    QString name; // Natural Earth's English name
    std::vector<LonLatLine> rings; // exteriors and holes alike: fill them even-odd
    std::vector<LonLatLine> coastlines; // its arcs no other country shares
    QRectF bounds;
};

struct Place
{
    enum class Kind { City, Sea };
    QString id;   // neutral id, e.g. "sea.east" (docs/glossary.md: names are presentation)
    QString name; // English
    QHash<QString, QString> localNames; // by ISO 639-1 code: "ko", "ja"
    double latDeg = 0.0;
    double lonDeg = 0.0;
    Kind kind = Kind::City;
    int minZoom = 3; // first zoom level that shows it
    bool capital = false;

    // The name an operator reads in this locale's language; English where there is none.
    QString nameFor(const QLocale &locale) const;
};

// The public-domain map data the basemap and the region checks are made from: Natural Earth
// countries (world-atlas TopoJSON) and a small gazetteer, both under resources/basemap.
class BasemapData
{
public:
    static std::optional<BasemapData> fromJson(const QByteArray &topoJson, const QByteArray &placesJson,
                                               QString *error);
    // The data compiled into the program; loaded once, then shared read-only between threads.
    static const BasemapData &builtIn();

    const std::vector<Country> &countries() const { return m_countries; }
    const Country *country(const QString &id) const;
    // Arcs that bound one country only are coastline; arcs shared by two are land borders.
    const std::vector<LonLatLine> &coastlines() const { return m_coastlines; }
    const std::vector<LonLatLine> &borders() const { return m_borders; }
    const std::vector<Place> &places() const { return m_places; }
    // Changes whenever any input byte does: part of the tile cache key.
    QByteArray fingerprint() const { return m_fingerprint; }

private:
    std::vector<Country> m_countries;
    std::vector<LonLatLine> m_coastlines;
    std::vector<LonLatLine> m_borders;
    std::vector<Place> m_places;
    QByteArray m_fingerprint;
};

} // namespace cop::basemap
