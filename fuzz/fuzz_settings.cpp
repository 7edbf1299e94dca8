// The console's settings file is INI written by hand on a watch floor: whatever it holds, the
// console must start with options or stop with a message saying what is wrong.

#include "ConsoleOptions.h"
#include "FuzzSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    cop::fuzz::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTemporaryDir dir;
    static quint64 inputs = 0;
    // QSettings caches a parsed file by name until its size or timestamp changes, which two
    // inputs written within a millisecond may not do: a fresh name per input.
    const QString path = dir.filePath(QStringLiteral("console-%1.ini").arg(++inputs));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            std::abort();
    }
    QString error;
    const auto options = cop::parseConsoleOptions(
        {QStringLiteral("cop-console"), QStringLiteral("--settings"), path}, &error);
    if (!options && error.isEmpty())
        std::abort();
    QFile::remove(path);
    return 0;
}
