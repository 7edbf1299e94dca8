#pragma once

#include "FileBytes.h"

#include <QByteArrayView>
#include <QDir>
#include <QList>
#include <QString>

// The kernel ids of this process's threads with this name (Linux: /proc/self/task/*/comm; the
// kernel keeps the first 15 bytes of a name).
inline QList<int> threadsNamed(QByteArrayView name)
{
    QList<int> ids;
    const QStringList tasks = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        if (fileBytes(QStringLiteral("/proc/self/task/%1/comm").arg(task)).trimmed() == name)
            ids.append(task.toInt());
    }
    return ids;
}
