#include "journal/JournalLayout.h"

#include "journal/JournalFormat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace cop::journal {

namespace {

const QString kSegmentPattern = QStringLiteral("segment-*") + QLatin1String(kSegmentSuffix);

} // namespace

QStringList sessionDirectories(const QString &root)
{
    QStringList sessions;
    const QDir dir(root);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!segmentFiles(dir.filePath(name)).isEmpty())
            sessions.append(dir.absoluteFilePath(name));
    }
    return sessions;
}

QStringList segmentFiles(const QString &sessionDir)
{
    QStringList segments;
    const QDir dir(sessionDir);
    for (const QString &name : dir.entryList({kSegmentPattern}, QDir::Files, QDir::Name))
        segments.append(dir.absoluteFilePath(name));
    return segments;
}

QString segmentFileName(int segment)
{
    return QStringLiteral("segment-%1").arg(segment, 6, 10, QLatin1Char('0'))
           + QLatin1String(kSegmentSuffix);
}

QString resolveSession(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QCoreApplication::translate("Journal", "%1 does not exist").arg(path);
        return {};
    }
    if (info.isFile())
        return info.absolutePath();
    if (!segmentFiles(path).isEmpty())
        return info.absoluteFilePath();
    const QStringList sessions = sessionDirectories(path);
    if (sessions.isEmpty()) {
        *error = QCoreApplication::translate("Journal", "no recording in %1").arg(path);
        return {};
    }
    return sessions.last();
}

} // namespace cop::journal
