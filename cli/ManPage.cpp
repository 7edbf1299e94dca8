#include "ManPage.h"

#include "CopVersion.h"

namespace cop::cli {

namespace {

// Text as roff shows it literally: backslashes and hyphens escaped, and no line that starts
// with a control character.
QString escaped(const QString &text)
{
    QString out = text;
    out.replace(u'\\', QLatin1String("\\e")).replace(u'-', QLatin1String("\\-"));
    out.replace(u'\n', QLatin1String("\n\\&"));
    return out.startsWith(u'.') || out.startsWith(u'\'') ? QLatin1String("\\&") + out : out;
}

QString optionLine(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append(QStringLiteral("\\fB%1%2\\fR").arg(name.size() == 1 ? QLatin1String("\\-") : QLatin1String("\\-\\-"),
                                                        escaped(name)));
    QString line = names.join(QLatin1String(", "));
    if (!option.valueName().isEmpty())
        line += QStringLiteral(" \\fI%1\\fR").arg(escaped(option.valueName()));
    return line;
}

} // namespace

QString manPage(const QString &program, const QString &description, const QList<QCommandLineOption> &options)
{
    // The first sentence (a period inside a word, as in "cop.v1", does not end it).
    QString summary = description.left(description.indexOf(QLatin1String(". "))).trimmed();
    if (summary.endsWith(u'.'))
        summary.chop(1);
    QString page = QStringLiteral(".TH %1 1 \"\" \"cop %2\" \"User Commands\"\n")
                       .arg(escaped(program.toUpper()), QLatin1String(COP_VERSION));
    page += QStringLiteral(".SH NAME\n%1 \\- %2\n").arg(escaped(program), escaped(summary));
    page += QStringLiteral(".SH SYNOPSIS\n.B %1\n[\\fIoptions\\fR]\n").arg(escaped(program));
    page += QStringLiteral(".SH DESCRIPTION\n%1\n").arg(escaped(description));
    page += QLatin1String(".SH OPTIONS\n");
    for (const QCommandLineOption &option : options) {
        if (option.flags().testFlag(QCommandLineOption::HiddenFromHelp))
            continue;
        page += QStringLiteral(".TP\n%1\n%2\n").arg(optionLine(option), escaped(option.description()));
    }
    return page;
}

} // namespace cop::cli
