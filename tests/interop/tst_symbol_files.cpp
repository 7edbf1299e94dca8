// The symbol images the map draws (resources/symbols): one for every code the console gives
// (core/interop/SymbolCode) and none else, each exactly what milsymbol draws for its code
// (tests/interop/make-symbols.mjs), so the committed files cannot drift from the codes or the
// library. COP_REGENERATE_SYMBOLS=1 writes them into the source tree instead of comparing.
#include "FileBytes.h"
#include "interop/SymbolCode.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cop;
using namespace Qt::StringLiterals;

class SymbolFilesTest : public QObject
{
    Q_OBJECT

private:
    QDir m_committed{QStringLiteral(COP_SYMBOLS_DIR)};

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIntValue("COP_REGENERATE_SYMBOLS") == 0)
            return;
        for (const QString &name : m_committed.entryList({u"*.svg"_s}, QDir::Files))
            QVERIFY(m_committed.remove(name));
        QProcess node;
        node.start(QStringLiteral(COP_NODE),
                   QStringList{QStringLiteral(COP_MAKE_SYMBOLS), m_committed.path()} + symbolCodes());
        QVERIFY(node.waitForFinished(60'000));
        QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
    }

    void everyCodeHasItsSymbolAndNoOtherIsKept()
    {
        QStringList expected;
        for (const QString &code : symbolCodes())
            expected.append(code + u".svg"_s);
        expected.sort();
        // 4 affiliations, real and exercise: the missile in two symbol sets, three points, a space
        // launch's vehicle, pieces and satellite.
        QCOMPARE(expected.size(), 4 * 2 * (2 + 3 + 3));
        QCOMPARE(m_committed.entryList({u"*.svg"_s}, QDir::Files, QDir::Name), expected);
    }

    void eachSymbolIsWhatMilsymbolDrawsForItsCode()
    {
        QTemporaryDir made;
        QVERIFY(made.isValid());
        QProcess node;
        node.start(QStringLiteral(COP_NODE), QStringList{QStringLiteral(COP_MAKE_SYMBOLS), made.path()} + symbolCodes());
        QVERIFY(node.waitForFinished(60'000));
        QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
        for (const QString &code : symbolCodes()) {
            const QByteArray drawn = fileBytes(QDir(made.path()).filePath(code + u".svg"_s));
            QVERIFY2(drawn.startsWith("<svg"), qPrintable(code));
            QVERIFY2(drawn == fileBytes(m_committed.filePath(code + u".svg"_s)),
                     qPrintable(code + u": differs from what milsymbol draws; regenerate (README, \"Map symbols\")"_s));
        }
    }

    // The standard's look, not only a file: a hostile frame is filled in the light red and an
    // exercise symbol carries its letter (J joker, K faker, X any other).
    void symbolsCarryTheirStandardIdentity()
    {
        const auto svg = [&](SymbolEntity entity, Affiliation affiliation, bool exercise) {
            return QString::fromUtf8(fileBytes(m_committed.filePath(symbolCode(entity, affiliation, exercise) + u".svg"_s)));
        };
        QVERIFY(svg(SymbolEntity::BallisticMissile, Affiliation::Hostile, false).contains(u"fill=\"rgb(255,128,128)\""_s));
        QVERIFY(svg(SymbolEntity::BallisticMissile, Affiliation::Unknown, false).contains(u"fill=\"rgb(255,255,128)\""_s));
        QVERIFY(svg(SymbolEntity::BallisticMissile, Affiliation::Friend, false).contains(u"fill=\"rgb(128,224,255)\""_s));
        QVERIFY(svg(SymbolEntity::BallisticMissile, Affiliation::Hostile, true).contains(u">K</text>"_s));
        QVERIFY(svg(SymbolEntity::BallisticMissile, Affiliation::Suspect, true).contains(u">J</text>"_s));
        QVERIFY(svg(SymbolEntity::BallisticMissile, Affiliation::Unknown, true).contains(u">X</text>"_s));
        QVERIFY(!svg(SymbolEntity::BallisticMissile, Affiliation::Hostile, false).contains(u">K</text>"_s));
        QVERIFY(svg(SymbolEntity::LaunchPoint, Affiliation::Hostile, false).contains(u">LP</text>"_s));
    }
};

QTEST_GUILESS_MAIN(SymbolFilesTest)
#include "tst_symbol_files.moc"
