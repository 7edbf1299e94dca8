#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// A file's bytes, or none when it cannot be read (a test compares them with what it expects).
inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
