// View > Legend: every symbol the map draws, drawn as the map draws it, with its meaning, in the
// language the operator switches to while it is open.
#include "SymbolLegend.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QTest>
#include <QTranslator>

using namespace cop;
using namespace Qt::StringLiterals;

namespace {

// Korean for the legend, as a catalogue gives it: marks every text it translates, so a text left
// in English shows.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QLatin1StringView(context) != "cop::SymbolLegend"_L1)
            return {};
        return u"[ko] "_s + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

// Pixels of the symbol image near this colour.
int pixelsNear(const QLabel *symbol, QColor color)
{
    const QImage image = symbol->pixmap().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += c.alpha() == 255 && qAbs(c.red() - color.red()) + qAbs(c.green() - color.green())
                                                 + qAbs(c.blue() - color.blue()) < 24;
        }
    }
    return count;
}

} // namespace

class TestSymbolLegend : public QObject
{
    Q_OBJECT

private slots:
    void listsEachSymbolWithItsMeaning()
    {
        SymbolLegend legend;
        legend.show();
        QVERIFY(QTest::qWaitForWindowExposed(&legend));
        // Hostile, suspect, unknown, friend, hostile in space, stale; four exercise identities;
        // a launch vehicle, a spent piece, a satellite; launch point, predicted impact point.
        QCOMPARE(legend.entries().size(), size_t(15));
        QStringList meanings;
        for (const SymbolLegend::Entry &entry : legend.entries()) {
            QVERIFY(!entry.symbol->pixmap().isNull());
            // Cropped to the symbol: no half-empty image for the launch point's pin.
            const QSizeF size = entry.symbol->pixmap().deviceIndependentSize();
            QVERIFY2(size.width() >= 10 && size.width() <= 48 && size.height() >= 10 && size.height() <= 48,
                     qPrintable(u"%1x%2"_s.arg(size.width()).arg(size.height())));
            QVERIFY(!entry.meaning->text().isEmpty());
            meanings << entry.meaning->text();
        }
        QCOMPARE(meanings.removeDuplicates(), 0);
        QCOMPARE(meanings.front(), u"Hostile ballistic missile"_s);
        QVERIFY2(meanings.contains(u"Stale track (no report for 10 s)"_s), qPrintable(meanings.join(u'|')));
        // Drawn as the map draws them: the standard's light red for hostile, yellow for unknown.
        QVERIFY(pixelsNear(legend.entries()[0].symbol, QColor(255, 128, 128)) > 50);
        QCOMPARE(pixelsNear(legend.entries()[0].symbol, QColor(255, 255, 128)) > 50, false);
        QVERIFY(pixelsNear(legend.entries()[2].symbol, QColor(255, 255, 128)) > 50);
        QCOMPARE(pixelsNear(legend.entries()[5].symbol, QColor(255, 128, 128)), 0); // stale: grey
    }

    // In a narrow dock, no meaning is cut off at the side, in English or in a longer language.
    void isNeverNarrowerThanItsMeanings()
    {
        QWidget dock;
        auto *layout = new QHBoxLayout(&dock);
        auto *legend = new SymbolLegend;
        layout->addWidget(legend);
        dock.resize(60, 300);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        const auto cut = [&] {
            QStringList meanings;
            // Where the whole text would end, against the edge of what the legend shows.
            for (const SymbolLegend::Entry &entry : legend->entries()) {
                const QPoint end = entry.meaning->mapTo(legend->viewport(), QPoint(entry.meaning->sizeHint().width(), 0));
                if (end.x() > legend->viewport()->width())
                    meanings << entry.meaning->text();
            }
            return meanings;
        };
        QTRY_VERIFY2(cut().isEmpty(), qPrintable(cut().join(u'|')));
        MarkingTranslator longer;
        QVERIFY(QCoreApplication::installTranslator(&longer));
        QTRY_VERIFY2(cut().isEmpty(), qPrintable(cut().join(u'|')));
        QVERIFY(QCoreApplication::removeTranslator(&longer));
    }

    void followsTheLanguageWhileOpen()
    {
        SymbolLegend legend;
        legend.show();
        QVERIFY(QTest::qWaitForWindowExposed(&legend));
        MarkingTranslator korean;
        QVERIFY(QCoreApplication::installTranslator(&korean));
        QCoreApplication::processEvents();
        QStringList english;
        for (const QLabel *label : legend.findChildren<QLabel *>()) {
            if (!label->text().isEmpty() && !label->text().startsWith(u"[ko] "_s))
                english << label->text();
        }
        QVERIFY2(english.isEmpty(), qPrintable(english.join(u'|')));
        QCOMPARE(legend.entries()[5].meaning->text(), u"[ko] Stale track (no report for 10 s)"_s);

        QVERIFY(QCoreApplication::removeTranslator(&korean));
        QCoreApplication::processEvents();
        QCOMPARE(legend.entries()[0].meaning->text(), u"Hostile ballistic missile"_s);
    }
};

QTEST_MAIN(TestSymbolLegend)
#include "tst_symbol_legend.moc"
