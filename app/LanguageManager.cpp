#include "LanguageManager.h"

#include <QApplication>
#include <QFont>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cop {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::fontFamiliesFor(const QString &language)
{
    // Korean and Japanese put their own CJK face first: Qt caches font fallbacks per primary
    // family, so a Latin face first would let one language's Han forms leak into the other.
    // The CJK faces carry Latin letters too.
    const QString korean = QStringLiteral("Noto Sans CJK KR");
    const QString japanese = QStringLiteral("Noto Sans CJK JP");
    const QString latin = QStringLiteral("Noto Sans");
    if (language == u"ja")
        return {japanese, latin, korean};
    if (language == u"ko")
        return {korean, latin, japanese};
    return {latin, korean, japanese};
}

QStringList LanguageManager::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("ja")};
}

QString LanguageManager::nativeName(const QString &language)
{
    // Each language names itself, so an operator can find theirs whatever is showing.
    if (language == u"ko")
        return QStringLiteral("한국어");
    if (language == u"ja")
        return QStringLiteral("日本語");
    return QStringLiteral("English");
}

void LanguageManager::removeTranslators()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    m_translators.clear();
}

bool LanguageManager::setLanguage(const QString &language, QString *error)
{
    if (!supportedLanguages().contains(language)) {
        if (error)
            *error = tr("unsupported language \"%1\": use one of %2")
                         .arg(language, supportedLanguages().join(u", "));
        return false;
    }
    if (language == m_language)
        return true;

    std::vector<std::unique_ptr<QTranslator>> loaded;
    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(QStringLiteral(":/i18n/cop_%1.qm").arg(language))) {
        if (error)
            *error = tr("the %1 translation is missing from this build").arg(language);
        return false;
    }
    loaded.push_back(std::move(ours));
    // Qt's own strings (dialog buttons, context menus); English needs none.
    if (language != u"en") {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qt_%1").arg(language),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            loaded.push_back(std::move(qt));
    }

    // The new font, then the new words, reach every widget in this call, before the repaint
    // they cause. Left to the events Qt posts for them, the words came first and the switch
    // held the GUI thread 43-55 ms at 3 x 10,000 tracks (cop-bench-glass --interact), over an
    // operator's 50 ms once in 4 runs.
    if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
        QFont font = QApplication::font();
        font.setFamilies(fontFamiliesFor(language));
        QApplication::setFont(font);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationFontChange);
    }
    removeTranslators();
    m_translators = std::move(loaded);
    for (const auto &translator : m_translators)
        QCoreApplication::installTranslator(translator.get());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    m_language = language;
    QLocale::setDefault(QLocale(language));
    emit languageChanged(language);
    return true;
}

} // namespace cop
