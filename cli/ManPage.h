#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace cop::cli {

// A manual page (roff, section 1) for PROGRAM from its description and the very options its
// --help lists; options hidden from --help are left out here too.
QString manPage(const QString &program, const QString &description,
                const QList<QCommandLineOption> &options);

} // namespace cop::cli
