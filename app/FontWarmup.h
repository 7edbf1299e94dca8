#pragma once

#include <QFont>
#include <QImage>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <vector>

namespace cop {

// Loads the fonts of the languages not showing, and every glyph their texts use, a few glyphs a
// turn of the GUI thread while the console idles. The first switch to Japanese spent 25 of its
// 48 ms of GUI-thread CPU in FreeType and fontconfig loading the font and its glyphs (perf), and
// the operator waits on that turn; warmed, the switch only retranslates and repaints. The texts
// are the translation catalogues' own (translations/*.ts, compiled in under :/fontwarmup).
class FontWarmup : public QObject
{
    Q_OBJECT

public:
    explicit FontWarmup(const QStringList &languages, QObject *parent = nullptr);

    void start(std::chrono::milliseconds delay);
    bool isFinished() const { return m_pending.empty() && !m_timer.isActive(); }

    // Every character the language's texts use, once each: its catalogue's and printable ASCII.
    static QString glyphsOf(const QString &language);

signals:
    void finished();

private:
    void warmNext();

    struct Pending
    {
        QString language;
        QFont font;
        QString glyphs;
        qsizetype next = 0;
    };
    std::vector<Pending> m_pending;
    // Kept: a font the console no longer refers to may lose its engine, and the glyphs with it,
    // from Qt's font cache.
    std::vector<QFont> m_warmed;
    QImage m_canvas;
    QTimer m_timer;
};

} // namespace cop
