#include "StandardOptions.h"

#include "CopVersion.h"
#include "ManPage.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace cop::cli {

namespace {

QCommandLineOption hidden(QCommandLineOption option)
{
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

} // namespace

// Not QCommandLineParser::addHelpOption(): its --help-all lists Qt's own options, which the
// programs do not take (a GUI program reads its command line before Qt could).
StandardOptions::StandardOptions(QCommandLineParser *parser, const QList<QCommandLineOption> &options)
    : m_parser(parser)
    , m_help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Displays this help."))
    , m_version({QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Displays the version."))
    , m_manual(hidden(QCommandLineOption(QStringLiteral("help-man"), QStringLiteral("Writes the manual page (roff)."))))
{
    m_options = QList<QCommandLineOption>{m_help, m_version} + options;
    m_parser->addOptions(m_options);
    m_parser->addOption(m_manual);
}

std::optional<QString> StandardOptions::answer() const
{
    const QString program = QCoreApplication::applicationName();
    if (m_parser->isSet(m_help))
        return m_parser->helpText();
    if (m_parser->isSet(m_version))
        return QStringLiteral("%1 %2\n").arg(program, QLatin1String(COP_VERSION));
    if (m_parser->isSet(m_manual))
        return manPage(program, m_parser->applicationDescription(), m_options);
    return std::nullopt;
}

std::optional<int> StandardOptions::parse() const
{
    if (!m_parser->parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()),
                     qPrintable(m_parser->errorText()));
        return 2;
    }
    if (const auto answer = this->answer()) {
        std::fputs(qPrintable(*answer), stdout);
        return 0;
    }
    return std::nullopt;
}

void parseBeforeGui(int &argc, char **argv, QCommandLineParser *parser,
                    const QList<QCommandLineOption> &options)
{
    const QCoreApplication reader(argc, argv);
    const StandardOptions standard(parser, options);
    if (const auto status = standard.parse())
        std::exit(*status);
}

} // namespace cop::cli
