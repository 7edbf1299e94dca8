#pragma once

#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

class QTranslator;

namespace cop {

// Switches the console's language at run time: installs Qt's and our translations, sets the
// default locale (dates, numbers) and puts the language's CJK font first, so Korean text gets
// Korean glyph forms and Japanese text Japanese ones. Widgets retranslate on LanguageChange;
// QML engines must be told through languageChanged.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QStringList supportedLanguages(); // "en", "ko", "ja"
    static QString nativeName(const QString &language);
    // The application font's families in that language.
    static QStringList fontFamiliesFor(const QString &language);

    QString language() const { return m_language; }
    // Returns false (and changes nothing) for an unsupported language or a missing catalogue.
    bool setLanguage(const QString &language, QString *error = nullptr);

signals:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    QString m_language;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace cop
