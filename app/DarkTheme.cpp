#include "DarkTheme.h"

#include "IconCachingStyle.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>

namespace cop {

void applyDarkTheme(QApplication &app)
{
    app.setStyle(new IconCachingStyle(QStyleFactory::create(QStringLiteral("Fusion"))));

    const QColor window(0x14, 0x1c, 0x24);
    const QColor base(0x0e, 0x15, 0x1c);
    const QColor text(0xe6, 0xed, 0xf3);
    const QColor dimText(0x8e, 0xa4, 0xb8);
    const QColor highlight(0x1f, 0x6f, 0xeb);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::PlaceholderText, dimText);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, highlight.lighter(130));
    palette.setColor(QPalette::Mid, QColor(0x2a, 0x36, 0x42));
    palette.setColor(QPalette::Dark, QColor(0x0a, 0x0f, 0x14));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, dimText);
    app.setPalette(palette);

    // The font families follow the language (LanguageManager).
    QFont font = app.font();
    font.setPointSize(10);
    app.setFont(font);
}

} // namespace cop
