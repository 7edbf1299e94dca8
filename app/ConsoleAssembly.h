#pragma once

#include "ConsoleOptions.h"

#include <memory>

namespace cop {

class BasemapSource;
class ConsoleSession;
class CotFeed;
class LanguageManager;
class LiveSource;
class MainWindow;
class ReplaySource;

// The console's one composition root (docs/architecture.md): from its options, a ConsoleSession
// fed by the live track services recorded to the journal, or by the recording --replay names,
// with every hook that journals what the operator does, and the main window presenting it.
// main(), the replay window and the GUI tests build consoles only here, so the tests run the
// wiring the watch floor runs.
class ConsoleAssembly
{
public:
    // The switches of `languages` are journaled as operator actions; null for none.
    explicit ConsoleAssembly(ConsoleOptions options, LanguageManager *languages = nullptr);
    ~ConsoleAssembly();

    ConsoleSession *session() const { return m_session.get(); }
    // The session's source: one of them, the other is null.
    LiveSource *live() const { return m_live; }
    ReplaySource *replay() const { return m_replay; }
    // The live picture's Cursor-on-Target output (--cot); null when none was asked for or in
    // replay, whose events would reach a TAK client long stale.
    CotFeed *cot() const { return m_cot.get(); }

    // The window presenting the session: live, with the journal's state and File > Open
    // recording in a console of its own; in replay, with the timeline and the Replay menu. Made
    // once, before start(), so that it shows what starting reports.
    MainWindow *createWindow(BasemapSource *basemap);
    MainWindow *window() const { return m_window.get(); }

    // Starts the source (PictureSource::start), then the CoT output.
    bool start(QString *error);

private:
    const ConsoleOptions m_options;
    LanguageManager *const m_languages;
    std::unique_ptr<ConsoleSession> m_session;
    LiveSource *m_live = nullptr;
    ReplaySource *m_replay = nullptr;
    std::unique_ptr<CotFeed> m_cot; // after the session: it reads the session's picture
    std::unique_ptr<MainWindow> m_window; // last: it presents the session
};

} // namespace cop
