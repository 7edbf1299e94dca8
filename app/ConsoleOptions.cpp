#include "ConsoleOptions.h"

#include "Loopback.h"
#include "StandardOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSysInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <cmath>
#include <memory>

namespace cop {

using namespace Qt::StringLiterals;

namespace {

std::optional<ServiceAddress> parseService(const QString &name, const QString &address,
                                           QString *error)
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,15}$"));
    static const QRegularExpression validAddress(QStringLiteral("^[^\\s:]+:(\\d{1,5})$|^\\[[0-9a-fA-F:]+\\]:(\\d{1,5})$"));
    if (!validName.match(name).hasMatch()) {
        *error = ConsoleOptions::tr("invalid service name \"%1\": use letters and digits, e.g. US").arg(name);
        return std::nullopt;
    }
    const auto match = validAddress.match(address);
    const QString port = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
    if (!match.hasMatch() || port.toInt() < 1 || port.toInt() > 65535) {
        *error = ConsoleOptions::tr("invalid address \"%1\" for service %2: expected HOST:PORT")
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

// [journal] dir, segment_mb, segment_minutes, retain_gb, retain_days, keyframe_seconds;
// --journal wins over dir.
bool parseJournalSettings(QSettings &store, const QString &directory, JournalSettings *journal,
                          QString *error)
{
    store.beginGroup(QStringLiteral("journal"));
    journal->directory = !directory.isEmpty()
                             ? directory
                             : store.value(QStringLiteral("dir"),
                                           QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                               + QStringLiteral("/journal"))
                                   .toString();
    // Bounded so that every value converts to the integer it configures: a settings file typed
    // by hand can hold any number (fuzz_settings found retain_days=7.7e127).
    const auto inRange = [&](const char *key, double fallback, double lowest, double highest, double *value) {
        if (!parseNumber(store.value(QLatin1String(key), fallback).toString(), value) || *value < lowest
            || *value > highest) {
            *error = ConsoleOptions::tr("[journal] %1 must be a number from %2 to %3")
                         .arg(QLatin1String(key))
                         .arg(lowest)
                         .arg(highest);
            return false;
        }
        return true;
    };
    double segmentMb = 0, segmentMinutes = 0, retainGb = 0, retainDays = 0, keyframeSeconds = 0;
    const bool ok = inRange("segment_mb", double(journal->segmentBytes >> 20), 1, 65536, &segmentMb)
                    && inRange("segment_minutes", double(journal->segmentAge.count()) / 60.0, 1, 10080, &segmentMinutes)
                    && inRange("retain_gb", double(journal->retainBytes >> 30), 0.01, 1e6, &retainGb)
                    && inRange("retain_days", double(journal->retainAge.count()) / 24.0, 1, 36500, &retainDays)
                    && inRange("keyframe_seconds", double(journal->keyframeInterval.count()) / 1000.0, 0.1, 3600,
                               &keyframeSeconds);
    store.endGroup();
    if (!ok)
        return false;
    journal->segmentBytes = qint64(segmentMb * (1 << 20));
    journal->segmentAge = std::chrono::seconds(qint64(segmentMinutes * 60));
    journal->retainBytes = qint64(retainGb * (1 << 30));
    journal->retainAge = std::chrono::hours(qint64(retainDays * 24));
    journal->keyframeInterval = std::chrono::milliseconds(qint64(keyframeSeconds * 1000));
    return true;
}

struct TlsSettings
{
    QString certFile, keyFile;
    QHash<QString, QString> caFiles; // by service name
    bool insecureLoopback = false;
};

// Every service gets TLS or a reason it may not be reached; plaintext is never a fallback.
bool applyTlsSettings(const TlsSettings &settings, QList<ServiceAddress> *services, QString *error)
{
    for (ServiceAddress &service : *services) {
        const QString caFile = settings.caFiles.value(service.name);
        const bool anyTls = !caFile.isEmpty() || !settings.certFile.isEmpty() || !settings.keyFile.isEmpty();
        if (!anyTls) {
            if (!settings.insecureLoopback) {
                *error = ConsoleOptions::tr("service %1 (%2): no TLS settings. Give the console's "
                                            "certificate and key ([tls] cert, key) and the service's "
                                            "CA ([tls] ca.%1), or --insecure-loopback for plaintext "
                                            "to a loopback address")
                             .arg(service.name, service.address);
                return false;
            }
            if (!security::isLoopbackAddress(service.address.toStdString())) {
                *error = ConsoleOptions::tr("service %1 (%2): plaintext refused, the address is not "
                                            "loopback; configure TLS ([tls] cert, key, ca.%1)")
                             .arg(service.name, service.address);
                return false;
            }
            continue;
        }
        const TlsFiles files{caFile, settings.certFile, settings.keyFile};
        for (const auto &[file, what] : {std::pair{files.caFile, u"[tls] ca.%1"_s.arg(service.name)},
                                         std::pair{files.certFile, u"[tls] cert"_s},
                                         std::pair{files.keyFile, u"[tls] key"_s}}) {
            if (file.isEmpty()) {
                *error = ConsoleOptions::tr("service %1: TLS needs %2").arg(service.name, what);
                return false;
            }
            if (!QFileInfo(file).isReadable()) {
                *error = ConsoleOptions::tr("service %1: cannot read %2 (%3)").arg(service.name, file, what);
                return false;
            }
        }
        service.security.tls = files;
    }
    return true;
}

// --cot and [cot]: where the picture goes as CoT, and for TLS the server's CA and the console's
// certificate and key (its own for the services unless [cot] cert and key name others).
bool parseCotSettings(QSettings &store, const QString &url, const QString &caFile, const TlsSettings &tls,
                      std::optional<CotEndpoint> *cot, QString *error)
{
    store.beginGroup(u"cot"_s);
    const QString text = url.isEmpty() ? store.value(u"url"_s).toString() : url;
    TlsFiles files{caFile.isEmpty() ? store.value(u"ca"_s).toString() : caFile,
                   store.value(u"cert"_s, tls.certFile).toString(), store.value(u"key"_s, tls.keyFile).toString()};
    store.endGroup();
    if (text.isEmpty())
        return true;
    *cot = parseCotEndpoint(text, error);
    if (!*cot)
        return false;
    if ((*cot)->transport != CotEndpoint::Transport::Tls)
        return true;
    for (const auto &[file, what] : {std::pair{files.caFile, u"[cot] ca (--cot-ca)"_s},
                                     std::pair{files.certFile, u"[cot] cert or [tls] cert"_s},
                                     std::pair{files.keyFile, u"[cot] key or [tls] key"_s}}) {
        if (file.isEmpty()) {
            *error = ConsoleOptions::tr("CoT output over TLS needs %1").arg(what);
            return false;
        }
        if (!QFileInfo(file).isReadable()) {
            *error = ConsoleOptions::tr("CoT output: cannot read %1 (%2)").arg(file, what);
            return false;
        }
    }
    (*cot)->tls = files;
    return true;
}

} // namespace

std::optional<ConsoleOptions> parseConsoleOptions(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ConsoleOptions::tr("Missile early-warning common operational picture console."));
    const QCommandLineOption service(QStringLiteral("service"),
                                     ConsoleOptions::tr("Track service to subscribe to, repeatable."),
                                     QStringLiteral("NAME=HOST:PORT"));
    const QCommandLineOption settings(QStringLiteral("settings"),
                                      ConsoleOptions::tr("Settings file (INI) with [services] NAME=HOST:PORT."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption consoleId(QStringLiteral("console-id"),
                                       ConsoleOptions::tr("This console's id, sent with acknowledgements."),
                                       QStringLiteral("ID"));
    const QCommandLineOption operatorName(QStringLiteral("operator"),
                                          ConsoleOptions::tr("Operator name, sent with acknowledgements."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption snapshot(QStringLiteral("snapshot"),
                                      ConsoleOptions::tr("Render the main window to a PNG file, then exit."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption snapshotAfter(QStringLiteral("snapshot-after"),
                                           ConsoleOptions::tr("Seconds to run before the snapshot (default 5)."),
                                           QStringLiteral("SECONDS"), QStringLiteral("5"));
    const QCommandLineOption center(QStringLiteral("center"), ConsoleOptions::tr("Initial map centre."),
                                    QStringLiteral("LAT,LON"));
    const QCommandLineOption zoom(QStringLiteral("zoom"), ConsoleOptions::tr("Initial map zoom level (3-12)."),
                                  QStringLiteral("ZOOM"));
    const QCommandLineOption tiles(QStringLiteral("tiles"),
                                   ConsoleOptions::tr("XYZ tiles for the map instead of the baked basemap: a directory or "
                                      "a URL, with or without %z/%x/%y.png."),
                                   QStringLiteral("URL"));
    const QCommandLineOption reduceMotion(QStringLiteral("reduce-motion"),
                                          ConsoleOptions::tr("Do not flash: highlight unacknowledged alerts steadily."));
    const QCommandLineOption language(QStringLiteral("language"),
                                      ConsoleOptions::tr("Display language: en, ko or ja (remembered)."),
                                      QStringLiteral("LANG"));

    const QCommandLineOption replay(QStringLiteral("replay"),
                                    ConsoleOptions::tr("Replay a recording (segment file, session folder or journal folder) instead of subscribing."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption journal(QStringLiteral("journal"),
                                     ConsoleOptions::tr("Folder the live console records into (default: the application data folder)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption tlsCa(QStringLiteral("tls-ca"),
                                   ConsoleOptions::tr("CA that issues a service's certificate, repeatable (settings: [tls] ca.NAME)."),
                                   QStringLiteral("NAME=FILE"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     ConsoleOptions::tr("This console's certificate, PEM (settings: [tls] cert)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    ConsoleOptions::tr("This console's private key, PEM (settings: [tls] key)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption insecureLoopback(QStringLiteral("insecure-loopback"),
                                              ConsoleOptions::tr("Plaintext to services without TLS settings, on loopback addresses only."));
    const QCommandLineOption cot(QStringLiteral("cot"),
                                 ConsoleOptions::tr("Send the live picture as Cursor-on-Target to a TAK endpoint: "
                                                    "udp://HOST:PORT, tcp://HOST:PORT or tls://HOST:PORT (settings: [cot] url)."),
                                 QStringLiteral("URL"));
    const QCommandLineOption cotCa(QStringLiteral("cot-ca"),
                                   ConsoleOptions::tr("CA that issues the TAK server's certificate, for tls:// (settings: [cot] ca)."),
                                   QStringLiteral("FILE"));
    const cli::StandardOptions standard(&parser, {service, settings, consoleId, operatorName, snapshot,
                                                  snapshotAfter, center, zoom, reduceMotion, language,
                                                  replay, journal, tiles, tlsCa, tlsCert, tlsKey,
                                                  insecureLoopback, cot, cotCa});

    ConsoleOptions options;
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (const auto answer = standard.answer()) {
        options.answer = *answer;
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = ConsoleOptions::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first());
        return std::nullopt;
    }

    std::unique_ptr<QSettings> store;
    if (parser.isSet(settings)) {
        const QString path = parser.value(settings);
        if (!QFileInfo(path).isReadable()) {
            *error = ConsoleOptions::tr("cannot read settings file %1").arg(path);
            return std::nullopt;
        }
        store = std::make_unique<QSettings>(path, QSettings::IniFormat);
        // QSettings parses the file at the first read, and reports a format error to that read only.
        (void)store->childGroups();
        if (store->status() == QSettings::FormatError) {
            *error = ConsoleOptions::tr("settings file %1 is not an INI file: every line must be a "
                                        "[group], a key=value or a ; comment")
                         .arg(path);
            return std::nullopt;
        }
        options.settingsPath = path;
    } else {
        store = std::make_unique<QSettings>();
    }

    for (const QString &value : parser.values(service)) {
        const qsizetype eq = value.indexOf(u'=');
        if (eq < 0) {
            *error = ConsoleOptions::tr("--service expects NAME=HOST:PORT, got \"%1\"").arg(value);
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
                *error = ConsoleOptions::tr("service %1 is configured twice").arg(options.services[i].name);
                return std::nullopt;
            }
        }
    }

    TlsSettings tlsSettings;
    store->beginGroup(QStringLiteral("tls"));
    for (const QString &key : store->childKeys()) {
        if (key.startsWith(u"ca."))
            tlsSettings.caFiles.insert(key.mid(3), store->value(key).toString());
    }
    tlsSettings.certFile = parser.isSet(tlsCert) ? parser.value(tlsCert) : store->value(u"cert"_s).toString();
    tlsSettings.keyFile = parser.isSet(tlsKey) ? parser.value(tlsKey) : store->value(u"key"_s).toString();
    tlsSettings.insecureLoopback = parser.isSet(insecureLoopback)
                                   || store->value(u"insecure_loopback"_s, false).toBool();
    store->endGroup();
    for (const QString &value : parser.values(tlsCa)) {
        const qsizetype eq = value.indexOf(u'=');
        if (eq <= 0) {
            *error = ConsoleOptions::tr("--tls-ca expects NAME=FILE, got \"%1\"").arg(value);
            return std::nullopt;
        }
        tlsSettings.caFiles.insert(value.left(eq), value.mid(eq + 1));
    }

    options.consoleId = parser.isSet(consoleId)
                            ? parser.value(consoleId)
                            : store->value(QStringLiteral("console/id"), QSysInfo::machineHostName()).toString();
    // Acknowledgements must name someone: without a configured operator, the login does.
    options.operatorName = parser.isSet(operatorName)
                               ? parser.value(operatorName)
                               : store->value(QStringLiteral("console/operator"),
                                              qEnvironmentVariable("USER")).toString();
    options.rawTracks = store->value(QStringLiteral("view/rawTracks"), false).toBool();
    options.language = parser.isSet(language)
                           ? parser.value(language)
                           : store->value(QStringLiteral("console/language")).toString();
    if (options.language.isEmpty()) {
        // First start: the workstation's own language if the console speaks it.
        const QString system = QLocale::system().name().left(2);
        options.language = (system == u"ko" || system == u"ja") ? system : QStringLiteral("en");
    }
    if (!QStringList{u"en"_s, u"ko"_s, u"ja"_s}.contains(options.language)) {
        *error = ConsoleOptions::tr("--language expects en, ko or ja, got \"%1\"").arg(options.language);
        return std::nullopt;
    }
    options.reduceMotion = parser.isSet(reduceMotion)
                           || store->value(QStringLiteral("console/reduceMotion"), false).toBool();

    options.replayPath = parser.value(replay);
    if (!parseJournalSettings(*store, parser.value(journal), &options.journal, error))
        return std::nullopt;
    const QVariant tracksPerService = store->value(QStringLiteral("limits/tracks_per_service"));
    if (tracksPerService.isValid()) {
        bool ok = false;
        options.tracksPerService = tracksPerService.toString().toInt(&ok);
        if (!ok || *options.tracksPerService <= 0) {
            *error = ConsoleOptions::tr("[limits] tracks_per_service must be a positive whole number");
            return std::nullopt;
        }
    }

    if (parser.isSet(snapshot)) {
        options.snapshotPath = parser.value(snapshot);
        if (!parseNumber(parser.value(snapshotAfter), &options.snapshotAfterS)
            || options.snapshotAfterS < 0) {
            *error = ConsoleOptions::tr("--snapshot-after expects seconds, got \"%1\"").arg(parser.value(snapshotAfter));
            return std::nullopt;
        }
    }
    if (parser.isSet(center)) {
        const QStringList parts = parser.value(center).split(u',');
        double lat = 0, lon = 0;
        if (parts.size() != 2 || !parseNumber(parts[0], &lat) || !parseNumber(parts[1], &lon)
            || std::abs(lat) > 85 || std::abs(lon) > 180) {
            *error = ConsoleOptions::tr("--center expects LAT,LON in degrees, got \"%1\"").arg(parser.value(center));
            return std::nullopt;
        }
        options.center = {lat, lon};
    }
    if (parser.isSet(zoom)) {
        double z = 0;
        if (!parseNumber(parser.value(zoom), &z) || z < 3 || z > 12) {
            *error = ConsoleOptions::tr("--zoom expects a level from 3 to 12, got \"%1\"").arg(parser.value(zoom));
            return std::nullopt;
        }
        options.zoom = z;
    }
    options.tiles = parser.value(tiles);
    if (!parseCotSettings(*store, parser.value(cot), parser.value(cotCa), tlsSettings, &options.cot, error))
        return std::nullopt;
    if (options.replayPath.isEmpty() && options.services.isEmpty()) {
        *error = ConsoleOptions::tr("no track service to watch: give --service NAME=HOST:PORT or a "
                                    "settings file with [services] (--settings FILE), or --replay "
                                    "PATH to play a recording");
        return std::nullopt;
    }
    // Last, so that a mistake elsewhere is reported as itself. Replay contacts no service.
    if (options.replayPath.isEmpty() && !applyTlsSettings(tlsSettings, &options.services, error))
        return std::nullopt;
    return options;
}

std::unique_ptr<QSettings> openSettings(const QString &settingsPath)
{
    return settingsPath.isEmpty() ? std::make_unique<QSettings>()
                                  : std::make_unique<QSettings>(settingsPath, QSettings::IniFormat);
}

} // namespace cop
