#pragma once

#include "ChannelSecurity.h"
#include "CotEndpoint.h"
#include "journal/JournalSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace cop {

struct ServiceAddress
{
    QString name;    // e.g. "US"; shown to operators and used in logs
    QString address; // host:port
    ChannelSecurity security; // mutual TLS, or plaintext on loopback with --insecure-loopback
};

// What the console was asked to do, from its command line and settings file.
struct ConsoleOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleOptions)

public:
    QList<ServiceAddress> services;
    QString consoleId;
    QString operatorName;
    QString snapshotPath; // non-empty: render the window to this PNG and exit
    double snapshotAfterS = 5.0;
    std::optional<std::pair<double, double>> center; // lat, lon in degrees
    std::optional<double> zoom;
    bool reduceMotion = false; // no flashing: steady highlights instead
    bool rawTracks = false;    // every nation's tracks apart instead of one per missile (remembered)
    QString language;          // en, ko or ja
    QString settingsPath;      // empty: the platform's default settings store
    QString replayPath;       // non-empty: replay this recording instead of subscribing
    JournalSettings journal;  // where and how live mode records
    // [limits] tracks_per_service: the most tracks one service may have in the picture; none
    // for the client's default (ConnectionLimits).
    std::optional<int> tracksPerService;
    QString tiles; // --tiles: another XYZ directory or server; empty for the baked basemap
    // --cot or [cot] url: the live picture as Cursor-on-Target to a TAK endpoint; none by default.
    std::optional<CotEndpoint> cot;
    // Non-empty when --help, --version or --help-man was given: print it and exit; nothing else
    // was read.
    QString answer;
};

// Parses arguments (argv[0] first). Services come from --service NAME=HOST:PORT, or, when none is
// given, from the [services] group of the settings file. Each is reached over mutual TLS with the
// console's certificate and key (--tls-cert, --tls-key or [tls] cert, key) and that service's CA
// (--tls-ca NAME=FILE or [tls] ca.NAME); plaintext only with --insecure-loopback (or [tls]
// insecure_loopback=true) and only to a loopback address. Returns an error message on bad input,
// including a service it may not reach that way, a settings file that is not INI, and no service
// at all outside replay. CoT output goes to --cot URL ([cot] url); over TLS with [cot] ca (or
// --cot-ca) and the console's certificate and key unless [cot] cert and key name others.
std::optional<ConsoleOptions> parseConsoleOptions(const QStringList &arguments, QString *error);

// Where choices the operator makes are remembered: the --settings file, else the platform store.
std::unique_ptr<QSettings> openSettings(const QString &settingsPath);

} // namespace cop
