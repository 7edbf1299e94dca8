#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <optional>

namespace cop::cli {

// -h/--help, -v/--version and --help-man (hidden; the build writes the manual page with it), the
// same in every program. The manual is made from the same option list as --help, so the two
// cannot disagree.
class StandardOptions
{
public:
    // Adds these three to PARSER, then the program's own OPTIONS.
    StandardOptions(QCommandLineParser *parser, const QList<QCommandLineOption> &options);

    // After a successful parse: the text --help, --version or --help-man asked for (print it and
    // exit 0), or nothing when none of them was given. Uses the application name, which must
    // be set.
    std::optional<QString> answer() const;
    // Parses the application's command line and prints what --help, --version or --help-man
    // asked for (then 0) or the mistake, on stderr after the application name (then 2): the
    // exit status when the program is done, nothing when it goes on.
    std::optional<int> parse() const;

private:
    QCommandLineParser *m_parser;
    QList<QCommandLineOption> m_options;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_manual;
};

// For a program whose application needs a display: parses its command line under a
// QCoreApplication that exists only meanwhile, so --help, --version and --help-man (exit 0) and
// a mistake (exit 2) are answered before the GUI application is made.
void parseBeforeGui(int &argc, char **argv, QCommandLineParser *parser,
                    const QList<QCommandLineOption> &options);

} // namespace cop::cli
