#pragma once

// The whole console as main() builds it (ConsoleAssembly: session, track services, journal, the
// main window with its map and its Language menu, in English), for the benchmarks that measure
// it: recording as the console does but to a temporary folder, not among the operator's
// recordings, its window shown at 1600 x 1000.

#include "BasemapSource.h"
#include "ConsoleAssembly.h"
#include "ConsoleOptions.h"
#include "LanguageManager.h"
#include "MainWindow.h"

#include <QTemporaryDir>

class BenchConsole
{
public:
    explicit BenchConsole(cop::ConsoleOptions options)
        : m_basemap(options.tiles)
        , m_console(withJournal(std::move(options), m_journal), inEnglish(m_languages))
    {
        m_basemap.start();
        m_window = m_console.createWindow(&m_basemap);
        m_window->resize(1600, 1000);
        m_window->show();
    }

    cop::ConsoleAssembly &console() { return m_console; }
    cop::MainWindow &window() { return *m_window; }

private:
    static cop::LanguageManager *inEnglish(cop::LanguageManager &languages)
    {
        if (!languages.setLanguage(QStringLiteral("en")))
            qFatal("the English catalogue is missing from this build");
        return &languages;
    }

    static cop::ConsoleOptions withJournal(cop::ConsoleOptions options, const QTemporaryDir &journal)
    {
        options.journal.directory = journal.path();
        return options;
    }

    QTemporaryDir m_journal;
    cop::LanguageManager m_languages;
    cop::BasemapSource m_basemap;
    cop::ConsoleAssembly m_console;
    cop::MainWindow *m_window = nullptr;
};
