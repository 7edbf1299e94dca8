// The real main window under Xvfb in each language, switched at run time: no English left
// showing, Korean and Japanese glyphs drawn (not boxes) in their own forms, nothing cut off.
#include "BasemapSource.h"
#include "ConsoleAssembly.h"
#include "ConsoleOptions.h"
#include "session/ConsoleSession.h"
#include "LanguageManager.h"
#include "MainWindow.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QGlyphRun>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextLayout>

Q_IMPORT_QML_PLUGIN(Cop_MapPlugin)

using namespace cop;
using namespace Qt::StringLiterals;

namespace {

struct ShownText
{
    QString text;
    QWidget *widget = nullptr; // null for texts not drawn by a widget of their own (menus, QML)
};

using Texts = QMap<QString, ShownText>; // key: which widget and which of its texts

QString keyOf(const void *object, const QString &what)
{
    return u"%1/%2"_s.arg(quintptr(object), 0, 16).arg(what);
}

void addMenuTexts(const QList<QAction *> &actions, Texts &texts)
{
    for (QAction *action : actions) {
        if (!action->text().isEmpty())
            texts.insert(keyOf(action, u"action"_s), {action->text(), nullptr});
        if (action->menu())
            addMenuTexts(action->menu()->actions(), texts);
    }
}

void addQuickTexts(QQuickItem *item, Texts &texts)
{
    if (!item || !item->isVisible())
        return;
    const QVariant text = item->property("text");
    if (text.metaType() == QMetaType::fromType<QString>() && !text.toString().isEmpty())
        texts.insert(keyOf(item, u"qml"_s), {text.toString(), nullptr});
    for (QQuickItem *child : item->childItems())
        addQuickTexts(child, texts);
}

// Everything the operator can read in the window now.
Texts shownTexts(QMainWindow &window)
{
    Texts texts;
    texts.insert(keyOf(&window, u"title"_s), {window.windowTitle(), nullptr});
    if (!window.statusBar()->currentMessage().isEmpty())
        texts.insert(keyOf(window.statusBar(), u"message"_s), {window.statusBar()->currentMessage(), nullptr});
    addMenuTexts(window.menuBar()->actions(), texts);
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty()) {
            const QString plain = Qt::mightBeRichText(label->text())
                                      ? QTextDocumentFragment::fromHtml(label->text()).toPlainText()
                                      : label->text();
            texts.insert(keyOf(label, u"text"_s), {plain, label});
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !button->text().isEmpty()) {
            texts.insert(keyOf(button, u"text"_s), {button->text(), button});
        } else if (auto *edit = qobject_cast<QLineEdit *>(widget); edit && !edit->placeholderText().isEmpty()) {
            texts.insert(keyOf(edit, u"placeholder"_s), {edit->placeholderText(), nullptr});
        } else if (auto *dock = qobject_cast<QDockWidget *>(widget)) {
            texts.insert(keyOf(dock, u"title"_s), {dock->windowTitle(), nullptr});
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts.insert(keyOf(tabs, u"tab%1"_s.arg(i)), {tabs->tabText(i), nullptr});
        } else if (auto *header = qobject_cast<QHeaderView *>(widget);
                   header && header->orientation() == Qt::Horizontal && header->model()) {
            for (int i = 0; i < header->count(); ++i) {
                if (!header->isSectionHidden(i))
                    texts.insert(keyOf(header, u"section%1"_s.arg(i)),
                                 {header->model()->headerData(i, Qt::Horizontal).toString(), nullptr});
            }
        } else if (auto *quick = qobject_cast<MapWidget *>(widget)) {
            addQuickTexts(quick->rootObject(), texts);
        }
    }
    return texts;
}

// English words left in a translated text. Unit symbols and abbreviations that are the same
// in every language (UTC, EEZ, km/s, file types) are not words to translate.
QStringList englishWords(const QString &text)
{
    static const QRegularExpression word(u"[A-Za-z]{3,}"_s);
    // "English" is the language menu naming English in English, as each language names itself.
    static const QStringList same{u"English"_s, u"UTC"_s, u"EEZ"_s, u"CSV"_s, u"KML"_s, u"PNG"_s, u"COP"_s,
                                  u"copj"_s, u"csv"_s, u"kml"_s, u"png"_s};
    QStringList words;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (!same.contains(w))
            words << w;
    }
    return words;
}

int inkPixels(const QImage &image, QColor background)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - background.red()) + qAbs(c.green() - background.green())
                    + qAbs(c.blue() - background.blue()) > 120)
                ++count;
        }
    return count;
}

} // namespace

class TestLocalizedWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_journal;
    LanguageManager m_languages;
    BasemapSource m_basemap{QString()};
    std::unique_ptr<ConsoleAssembly> m_console;
    MainWindow *m_window = nullptr;
    Texts m_english;

private slots:
    void initTestCase()
    {
        QVERIFY(m_languages.setLanguage(u"en"_s));
        ConsoleOptions options; // no services: the no-data banner and status message show too
        options.operatorName = u"Operator"_s;
        options.consoleId = u"console-1"_s;
        options.journal.directory = m_journal.path();
        m_console = std::make_unique<ConsoleAssembly>(options, &m_languages);

        // One track and one alert, so the tables show rows and the panel its actions.
        ServiceBatch batch;
        batch.service = u"US"_s;
        batch.receivedUtcUs = QDateTime::currentMSecsSinceEpoch() * 1000;
        TrackUpdate track;
        track.trackId = u"US-0001"_s;
        track.timeUtcUs = batch.receivedUtcUs;
        track.position = {39.2, 125.7, 40'000.0};
        track.positionEcef = ecefFromGeodetic(track.position);
        track.phase = TrackPhase::Boost;
        AlertUpdate alert;
        alert.alertId = u"A-1"_s;
        alert.kind = AlertKind::LaunchDetected;
        alert.severity = Severity::Warning;
        alert.trackId = track.trackId;
        alert.regionId = u"jp.eez"_s;
        alert.state = AlertState::ActiveUnacknowledged;
        alert.raisedUtcUs = batch.receivedUtcUs;
        batch.events.push_back({1, track});
        batch.events.push_back({2, alert});
        m_console->session()->picture()->applyBatch(batch);

        m_basemap.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_basemap.state() != BasemapSource::State::Preparing, 120000);
        m_window = m_console->createWindow(&m_basemap);
        QString error;
        QVERIFY2(m_console->start(&error), qPrintable(error));
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QTest::qWait(300); // let the tables take their first refresh
        m_english = shownTexts(*m_window);
        QVERIFY(m_english.size() > 40);
    }

    void cleanupTestCase() { m_console.reset(); }

    void leavesNoEnglishShowing_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ko") << u"ko"_s;
        QTest::newRow("ja") << u"ja"_s;
    }

    void leavesNoEnglishShowing()
    {
        QFETCH(QString, language);
        QVERIFY(m_languages.setLanguage(language)); // at run time: the window is not rebuilt
        QTest::qWait(300);
        const Texts translated = shownTexts(*m_window);
        QStringList untranslated;
        for (auto it = translated.cbegin(); it != translated.cend(); ++it) {
            const auto english = m_english.constFind(it.key());
            if (english != m_english.cend() && english->text == it->text && !englishWords(it->text).isEmpty())
                untranslated << it->text;
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u" | ")));
        QVERIFY(m_languages.setLanguage(u"en"_s));
        QTest::qWait(300);
        QCOMPARE(shownTexts(*m_window).value(keyOf(m_window, u"title"_s)).text,
                 m_english.value(keyOf(m_window, u"title"_s)).text);
    }

    // Every widget has the new words and font when setLanguage() returns, so the event loop's
    // next pass only repaints: left to the events Qt posts, the font, the words and the repaint
    // came in one pass, a turn of 25-40 ms of the GUI thread at 3 x 10,000 tracks.
    void switchesEveryWidgetBeforeItReturns_data() { leavesNoEnglishShowing_data(); }

    void switchesEveryWidgetBeforeItReturns()
    {
        QFETCH(QString, language);
        const QString title = keyOf(m_window, u"title"_s);
        const QString english = shownTexts(*m_window).value(title).text;
        QVERIFY(m_languages.setLanguage(language));
        QVERIFY(shownTexts(*m_window).value(title).text != english);
        QCOMPARE(m_window->statusBar()->font().families(), LanguageManager::fontFamiliesFor(language));
        QVERIFY(m_languages.setLanguage(u"en"_s));
        QCOMPARE(shownTexts(*m_window).value(title).text, english);
        QCOMPARE(m_window->statusBar()->font().families(), LanguageManager::fontFamiliesFor(u"en"_s));
    }

    void everyTextFitsItsWidget_data() { leavesNoEnglishShowing_data(); }

    void everyTextFitsItsWidget()
    {
        QFETCH(QString, language);
        QVERIFY(m_languages.setLanguage(language));
        // Layouts settle in posted events: a loaded machine may need more than one turn.
        const auto cutTexts = [this] {
            QStringList cut;
            for (const ShownText &shown : shownTexts(*m_window)) {
                if (!shown.widget)
                    continue;
                if (auto *label = qobject_cast<QLabel *>(shown.widget)) {
                    if (label->wordWrap())
                        continue;
                    const int needed = label->fontMetrics().horizontalAdvance(shown.text);
                    if (needed > label->contentsRect().width() + 1)
                        cut << u"%1 (%2 > %3 px)"_s.arg(shown.text).arg(needed).arg(label->contentsRect().width());
                } else if (auto *button = qobject_cast<QAbstractButton *>(shown.widget)) {
                    if (button->sizeHint().width() > button->width() + 1)
                        cut << u"%1 (%2 > %3 px)"_s.arg(shown.text).arg(button->sizeHint().width()).arg(button->width());
                }
            }
            return cut;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(cutTexts().isEmpty(), qPrintable(cutTexts().join(u" | ")), 5'000);
        QVERIFY(m_languages.setLanguage(u"en"_s));
    }

    void drawsKoreanAndJapaneseGlyphsInTheirOwnForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("family");
        QTest::newRow("ko") << u"ko"_s << u"Noto Sans CJK KR"_s;
        QTest::newRow("ja") << u"ja"_s << u"Noto Sans CJK JP"_s;
    }

    void drawsKoreanAndJapaneseGlyphsInTheirOwnForms()
    {
        QFETCH(QString, language);
        QFETCH(QString, family);
        QVERIFY(m_languages.setLanguage(language));
        QTest::qWait(300);
        // The alerts dock's title: Hangul in Korean, kana and kanji in Japanese.
        auto *dock = m_window->findChild<QDockWidget *>(u"alertsDock"_s);
        QVERIFY(dock);
        const QString title = dock->windowTitle();
        QVERIFY(englishWords(title).isEmpty());

        QTextLayout layout(title, dock->font());
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        const QList<QGlyphRun> runs = layout.glyphRuns();
        QVERIFY(!runs.isEmpty());
        QStringList families;
        for (const QGlyphRun &run : runs) {
            // Glyph 0 is the font's "missing" box.
            QVERIFY2(!run.glyphIndexes().contains(0), qPrintable(run.rawFont().familyName()));
            families << run.rawFont().familyName();
        }
        // The language's own face draws the CJK text; the other language's forms never do.
        QVERIFY2(families.contains(family), qPrintable(families.join(u", ")));
        const QString other = family.endsWith(u"KR") ? u"Noto Sans CJK JP"_s : u"Noto Sans CJK KR"_s;
        QVERIFY2(!families.contains(other), qPrintable(families.join(u", ")));

        // And the window really draws it: the panel's volume label rendered by the widget.
        QLabel *label = nullptr;
        for (auto *candidate : m_window->findChildren<QLabel *>())
            if (candidate->isVisible() && candidate->text() == QCoreApplication::translate("cop::AlertPanel", "Horn volume"))
                label = candidate;
        QVERIFY(label);
        QVERIFY2(inkPixels(label->grab().toImage(), label->palette().color(QPalette::Window)) > 40,
                 qPrintable(label->text()));
        QVERIFY(m_languages.setLanguage(u"en"_s));
    }
};

QTEST_MAIN(TestLocalizedWindow)
#include "tst_localized_window.moc"
