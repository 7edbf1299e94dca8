#include "FontWarmup.h"

#include "LanguageManager.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QXmlStreamReader>

#include <algorithm>

namespace cop {

namespace {

// A turn's share: a few milliseconds of FreeType at most, so a turn never holds the operator.
constexpr qsizetype kGlyphsPerTurn = 48;
constexpr std::chrono::milliseconds kBetweenTurns{20};

} // namespace

FontWarmup::FontWarmup(const QStringList &languages, QObject *parent)
    : QObject(parent)
{
    for (const QString &language : languages) {
        QFont font = QApplication::font();
        font.setFamilies(LanguageManager::fontFamiliesFor(language));
        QFont bold = font;
        bold.setBold(true);
        m_pending.push_back({language, font});
        m_pending.push_back({language, bold});
    }
    m_timer.setInterval(kBetweenTurns);
    connect(&m_timer, &QTimer::timeout, this, &FontWarmup::warmNext);
}

void FontWarmup::start(std::chrono::milliseconds delay)
{
    if (m_pending.empty() || m_timer.isActive())
        return;
    QTimer::singleShot(delay, this, [this] { m_timer.start(); });
}

QString FontWarmup::glyphsOf(const QString &language)
{
    std::vector<char32_t> glyphs;
    for (char32_t c = U' '; c <= U'~'; ++c)
        glyphs.push_back(c);
    QFile catalogue(QStringLiteral(":/fontwarmup/cop_%1.ts").arg(language));
    if (catalogue.open(QIODevice::ReadOnly)) {
        QXmlStreamReader xml(&catalogue);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement
                && (xml.name() == u"translation" || xml.name() == u"numerusform")) {
                for (char32_t c : xml.readElementText(QXmlStreamReader::IncludeChildElements).toUcs4())
                    glyphs.push_back(c);
            }
        }
    }
    std::sort(glyphs.begin(), glyphs.end());
    glyphs.erase(std::unique(glyphs.begin(), glyphs.end()), glyphs.end());
    return QString::fromUcs4(glyphs.data(), qsizetype(glyphs.size()));
}

void FontWarmup::warmNext()
{
    if (m_pending.empty()) {
        m_timer.stop();
        m_canvas = QImage();
        emit finished();
        return;
    }
    Pending &pending = m_pending.front();
    if (pending.glyphs.isEmpty()) {
        // A turn of its own, and not at the start: the catalogue is read in a few milliseconds,
        // once for the language's fonts.
        const QString glyphs = glyphsOf(pending.language);
        for (Pending &same : m_pending) {
            if (same.language == pending.language)
                same.glyphs = glyphs;
        }
        return;
    }
    const QFontMetricsF metrics(pending.font);
    // Whole code points: a turn never ends inside a surrogate pair.
    qsizetype end = std::min(pending.next + kGlyphsPerTurn, pending.glyphs.size());
    if (end < pending.glyphs.size() && QChar::isLowSurrogate(pending.glyphs.at(end).unicode()))
        ++end;
    const QString text = pending.glyphs.mid(pending.next, end - pending.next);
    // Drawn, not only measured: the glyphs' images are cached with the font, as the widgets'
    // first paint in the language would cache them.
    const QSize size(int(metrics.horizontalAdvance(text)) + 1, int(metrics.height()) + 1);
    if (m_canvas.width() < size.width() || m_canvas.height() < size.height())
        m_canvas = QImage(size.expandedTo(m_canvas.size()), QImage::Format_RGB32);
    m_canvas.fill(Qt::black);
    QPainter painter(&m_canvas);
    painter.setFont(pending.font);
    painter.setPen(Qt::white);
    painter.drawText(QPointF(0.0, metrics.ascent()), text);
    painter.end();
    pending.next = end;
    if (pending.next >= pending.glyphs.size()) {
        m_warmed.push_back(pending.font);
        m_pending.erase(m_pending.begin());
    }
}

} // namespace cop
