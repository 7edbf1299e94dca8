// The console's settings file is INI written by hand on a watch floor: whatever it holds, the
// console must start with options or stop with a message saying what is wrong.

#include "ConsoleOptions.h"
#include "FuzzSupport.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    cop::fuzz::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("console.ini"));
    static qint64 inputs = 0;
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size)
            || !file.flush())
            std::abort();
        // QSettings keeps a parsed file until its size or time stamp changes, which two inputs
        // written within a millisecond may not do: each input gets a time of its own. (A new
        // name per input instead grows QSettings' cache, and libFuzzer then scans the heap for
        // leaks after every input, at ~100 inputs a second.)
        file.setFileTime(QDateTime::fromSecsSinceEpoch(++inputs, QTimeZone::UTC),
                         QFileDevice::FileModificationTime);
    }
    QString error;
    const auto options = cop::parseConsoleOptions(
        {QStringLiteral("cop-console"), QStringLiteral("--settings"), path}, &error);
    if (!options && error.isEmpty())
        std::abort();
    return 0;
}
