// The glyphs a language shows, taken from its catalogue, are loaded before it is chosen, and the
// warm-up leaves the console's language and font as they were.

#include "FontWarmup.h"
#include "LanguageManager.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool anyIn(const QString &text, char32_t first, char32_t last)
{
    const QList<uint> codes = text.toUcs4();
    return std::any_of(codes.begin(), codes.end(), [&](uint c) { return c >= first && c <= last; });
}

constexpr char32_t kHangulFirst = 0xAC00, kHangulLast = 0xD7A3;
constexpr char32_t kKanaFirst = 0x3040, kKanaLast = 0x30FF;

} // namespace

class FontWarmupTest : public QObject
{
    Q_OBJECT

private slots:
    void glyphsAreTheCatalogues()
    {
        const QString ja = cop::FontWarmup::glyphsOf(u"ja"_s);
        const QString ko = cop::FontWarmup::glyphsOf(u"ko"_s);
        // "Track lost" in each, and the ASCII every language shows (ids, figures).
        for (QChar c : u"航跡消失"_s)
            QVERIFY2(ja.contains(c), qPrintable(QString(c)));
        for (QChar c : u"항적소실"_s)
            QVERIFY2(ko.contains(c), qPrintable(QString(c)));
        for (QChar c : u"AZaz09%:/"_s) {
            QVERIFY(ja.contains(c));
            QVERIFY(ko.contains(c));
        }
        QVERIFY(anyIn(ja, kKanaFirst, kKanaLast));
        QVERIFY(!anyIn(ja, kHangulFirst, kHangulLast));
        QVERIFY(anyIn(ko, kHangulFirst, kHangulLast));
        QVERIFY(!anyIn(ko, kKanaFirst, kKanaLast));
        // Each once.
        const QList<uint> codes = ja.toUcs4();
        QCOMPARE(QSet<uint>(codes.begin(), codes.end()).size(), codes.size());
        // A language without a catalogue shows only what every one does.
        QCOMPARE(cop::FontWarmup::glyphsOf(u"xx"_s).size(), qsizetype(u'~' - u' ' + 1));
    }

    void warmsUpAndLeavesTheConsoleAsItWas()
    {
        cop::LanguageManager languages;
        QVERIFY(languages.setLanguage(u"en"_s));
        const QFont before = QApplication::font();
        const QString acknowledge = QCoreApplication::translate("cop::AlertPanel", "Acknowledge");

        cop::FontWarmup warmup({u"ko"_s, u"ja"_s});
        QVERIFY(!warmup.isFinished());
        QSignalSpy finished(&warmup, &cop::FontWarmup::finished);
        warmup.start(std::chrono::milliseconds(0));
        QVERIFY(finished.wait(30'000));
        QVERIFY(warmup.isFinished());

        QCOMPARE(languages.language(), u"en"_s);
        QCOMPARE(QApplication::font(), before);
        QCOMPARE(QCoreApplication::translate("cop::AlertPanel", "Acknowledge"), acknowledge);
    }
};

QTEST_MAIN(FontWarmupTest)
#include "tst_font_warmup.moc"
