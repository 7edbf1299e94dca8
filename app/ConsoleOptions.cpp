#include "ConsoleOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSysInfo>
#include <QRegularExpression>
#include <QSettings>

#include <cmath>
#include <memory>

namespace cop {

namespace {

std::optional<ServiceAddress> parseService(const QString &name, const QString &address,
                                           QString *error)
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,15}$"));
    static const QRegularExpression validAddress(QStringLiteral("^[^\\s:]+:(\\d{1,5})$|^\\[[0-9a-fA-F:]+\\]:(\\d{1,5})$"));
    if (!validName.match(name).hasMatch()) {
        *error = QCoreApplication::translate("ConsoleOptions",
                                             "invalid service name \"%1\": use letters and digits, e.g. US")
                     .arg(name);
        return std::nullopt;
    }
    const auto match = validAddress.match(address);
    const QString port = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
    if (!match.hasMatch() || port.toInt() < 1 || port.toInt() > 65535) {
        *error = QCoreApplication::translate("ConsoleOptions",
                                             "invalid address \"%1\" for service %2: expected HOST:PORT")
                     .arg(address, name);
        return std::nullopt;
    }
    return ServiceAddress{name, address};
}

bool parseNumber(const QString &text, double *value)
{
    bool ok = false;
    *value = text.toDouble(&ok);
    return ok && std::isfinite(*value);
}

} // namespace

std::optional<ConsoleOptions> parseConsoleOptions(const QStringList &arguments, QString *error)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("ConsoleOptions", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Missile early-warning common operational picture console."));
    const auto helpOption = parser.addHelpOption();
    const auto versionOption = parser.addVersionOption();
    const QCommandLineOption service(QStringLiteral("service"),
                                     tr("Track service to subscribe to, repeatable."),
                                     QStringLiteral("NAME=HOST:PORT"));
    const QCommandLineOption settings(QStringLiteral("settings"),
                                      tr("Settings file (INI) with [services] NAME=HOST:PORT."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption consoleId(QStringLiteral("console-id"),
                                       tr("This console's id, sent with acknowledgements."),
                                       QStringLiteral("ID"));
    const QCommandLineOption operatorName(QStringLiteral("operator"),
                                          tr("Operator name, sent with acknowledgements."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption snapshot(QStringLiteral("snapshot"),
                                      tr("Render the main window to a PNG file, then exit."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption snapshotAfter(QStringLiteral("snapshot-after"),
                                           tr("Seconds to run before the snapshot (default 5)."),
                                           QStringLiteral("SECONDS"), QStringLiteral("5"));
    const QCommandLineOption center(QStringLiteral("center"), tr("Initial map centre."),
                                    QStringLiteral("LAT,LON"));
    const QCommandLineOption zoom(QStringLiteral("zoom"), tr("Initial map zoom level (3-12)."),
                                  QStringLiteral("ZOOM"));
    const QCommandLineOption tiles(QStringLiteral("tiles"),
                                   tr("XYZ tiles for the map instead of the baked basemap: a directory or "
                                      "a URL, with or without %z/%x/%y.png."),
                                   QStringLiteral("URL"));
    parser.addOptions({service, settings, consoleId, operatorName, snapshot, snapshotAfter, center, zoom, tiles});

    ConsoleOptions options;
    options.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    options.showHelp = parser.isSet(helpOption);
    options.showVersion = parser.isSet(versionOption);
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first());
        return std::nullopt;
    }

    std::unique_ptr<QSettings> store;
    if (parser.isSet(settings)) {
        const QString path = parser.value(settings);
        if (!QFileInfo(path).isReadable()) {
            *error = tr("cannot read settings file %1").arg(path);
            return std::nullopt;
        }
        store = std::make_unique<QSettings>(path, QSettings::IniFormat);
    } else {
        store = std::make_unique<QSettings>();
    }

    for (const QString &value : parser.values(service)) {
        const qsizetype eq = value.indexOf(u'=');
        if (eq < 0) {
            *error = tr("--service expects NAME=HOST:PORT, got \"%1\"").arg(value);
            return std::nullopt;
        }
        auto parsed = parseService(value.left(eq), value.mid(eq + 1), error);
        if (!parsed)
            return std::nullopt;
        options.services.append(*parsed);
    }
    if (options.services.isEmpty()) {
        store->beginGroup(QStringLiteral("services"));
        for (const QString &name : store->childKeys()) {
            auto parsed = parseService(name, store->value(name).toString(), error);
            if (!parsed)
                return std::nullopt;
            options.services.append(*parsed);
        }
        store->endGroup();
    }
    for (qsizetype i = 0; i < options.services.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (options.services[i].name == options.services[j].name) {
                *error = tr("service %1 is configured twice").arg(options.services[i].name);
                return std::nullopt;
            }
        }
    }

    options.consoleId = parser.isSet(consoleId)
                            ? parser.value(consoleId)
                            : store->value(QStringLiteral("console/id"), QSysInfo::machineHostName()).toString();
    options.operatorName = parser.isSet(operatorName)
                               ? parser.value(operatorName)
                               : store->value(QStringLiteral("console/operator")).toString();

    if (parser.isSet(snapshot)) {
        options.snapshotPath = parser.value(snapshot);
        if (!parseNumber(parser.value(snapshotAfter), &options.snapshotAfterS)
            || options.snapshotAfterS < 0) {
            *error = tr("--snapshot-after expects seconds, got \"%1\"").arg(parser.value(snapshotAfter));
            return std::nullopt;
        }
    }
    if (parser.isSet(center)) {
        const QStringList parts = parser.value(center).split(u',');
        double lat = 0, lon = 0;
        if (parts.size() != 2 || !parseNumber(parts[0], &lat) || !parseNumber(parts[1], &lon)
            || std::abs(lat) > 85 || std::abs(lon) > 180) {
            *error = tr("--center expects LAT,LON in degrees, got \"%1\"").arg(parser.value(center));
            return std::nullopt;
        }
        options.center = {lat, lon};
    }
    if (parser.isSet(zoom)) {
        double z = 0;
        if (!parseNumber(parser.value(zoom), &z) || z < 3 || z > 12) {
            *error = tr("--zoom expects a level from 3 to 12, got \"%1\"").arg(parser.value(zoom));
            return std::nullopt;
        }
        options.zoom = z;
    }
    options.tiles = parser.value(tiles);
    return options;
}

} // namespace cop
