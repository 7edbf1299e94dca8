#pragma once

// Where a journal lives on disk: a root folder (settings or --journal) holding one folder per
// recording session, named for its UTC start so that names sort by time, each holding numbered
// segment files:  <root>/20250301T101500Z/segment-000001.copj

#include <QString>
#include <QStringList>

namespace cop::journal {

QStringList sessionDirectories(const QString &root); // oldest first, absolute paths
QStringList segmentFiles(const QString &sessionDir); // in order, absolute paths
QString segmentFileName(int segment);

// A session folder for what the operator named: a segment file (its session), a session folder,
// or a journal root (its newest session). Empty, with the reason, when there is none.
QString resolveSession(const QString &path, QString *error);

} // namespace cop::journal
