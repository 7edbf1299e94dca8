// cop-export: a recording's debrief files (alerts CSV, KML, GeoJSON, Cursor-on-Target) without a
// display.
#include "DebriefFormats.h"
#include "RecordingDebrief.h"
#include "StandardOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>

namespace {

constexpr int kExitFailed = 1; // the recording, the window or an output
constexpr int kExitUsage = 2;

int fail(int status, const QString &message)
{
    std::fprintf(stderr, "cop-export: %s\n", qPrintable(message));
    return status;
}

// ISO 8601; a time without an offset is UTC, as every time this project writes.
std::optional<qint64> utcUs(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::UTC);
    return time.toMSecsSinceEpoch() * 1000;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cop-export"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the debrief files of a recording. cop-export [OPTIONS] RECORDING: RECORDING is a "
        "journal segment file, a run's folder, or a journal folder for its newest run, as "
        "cop-console --replay takes it; the files hold everything that existed in the whole "
        "recording, or in the window --from/--to. FILE - is standard output. Exit status 1 when "
        "the recording cannot be read, the window holds none of it, or a file cannot be written "
        "(a file is written whole or not at all); 2 for a wrong command line."));
    parser.addPositionalArgument(QStringLiteral("recording"),
                                 QStringLiteral("Journal file, run folder or journal folder."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("Start of the window (ISO 8601, UTC unless an offset is given, "
                                                 "e.g. 2025-01-01T00:05:00Z); default the recording's start."),
                                  QStringLiteral("time"));
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("End of the window (ISO 8601); default the recording's end."),
                                QStringLiteral("time"));
    QList<QCommandLineOption> options{from, to};
    std::map<const cop::DebriefFormat *, QCommandLineOption> outputs;
    for (const cop::DebriefFormat &format : cop::debriefFormats()) {
        const QCommandLineOption option(format.id, format.summary, QStringLiteral("file"));
        outputs.emplace(&format, option);
        options.append(option);
    }
    const cop::cli::StandardOptions standard(&parser, options);
    if (const auto status = standard.parse())
        return *status;

    if (parser.positionalArguments().size() != 1)
        return fail(kExitUsage, QStringLiteral("give one recording (see --help)"));
    std::optional<qint64> fromUtcUs, toUtcUs;
    for (auto [option, time] : {std::pair{&from, &fromUtcUs}, std::pair{&to, &toUtcUs}}) {
        if (!parser.isSet(*option))
            continue;
        *time = utcUs(parser.value(*option));
        if (!*time)
            return fail(kExitUsage, QStringLiteral("--%1 must be an ISO 8601 time, e.g. 2025-01-01T00:05:00Z")
                                        .arg(option->names().first()));
    }
    if (fromUtcUs && toUtcUs && *fromUtcUs > *toUtcUs)
        return fail(kExitUsage, QStringLiteral("--from is after --to"));
    int toStdout = 0;
    for (const auto &[format, option] : outputs)
        toStdout += parser.isSet(option) && parser.value(option) == QLatin1String("-") ? 1 : 0;
    if (toStdout > 1)
        return fail(kExitUsage, QStringLiteral("only one file can go to standard output (-)"));
    if (std::none_of(outputs.begin(), outputs.end(), [&](const auto &output) { return parser.isSet(output.second); }))
        return fail(kExitUsage, QStringLiteral("nothing to write: give --csv, --kml, --geojson or --cot (see --help)"));

    const QString path = parser.positionalArguments().first();
    cop::RecordingDebrief recording;
    QString error;
    if (!recording.open(path, &error))
        return fail(kExitFailed, QStringLiteral("cannot read the recording %1: %2").arg(path, error));
    for (const QString &problem : recording.problems())
        std::fprintf(stderr, "cop-export: %s: damaged, left out: %s\n", qPrintable(path), qPrintable(problem));
    recording.setCollectCot(std::any_of(outputs.begin(), outputs.end(), [&](const auto &output) {
        return output.first->readsCot && parser.isSet(output.second);
    }));
    cop::DebriefSurvey survey;
    if (!recording.survey(fromUtcUs, toUtcUs, &survey, &error))
        return fail(kExitFailed, error);

    int status = 0;
    for (const auto &[format, option] : outputs) {
        if (parser.isSet(option) && !cop::writeDebriefFile(survey, *format, parser.value(option), &error))
            status = fail(kExitFailed, error);
    }
    return status;
}
