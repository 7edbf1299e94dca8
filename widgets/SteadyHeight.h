#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace cop {

// Korean and Japanese text, and symbols such as the recording dot, come from fallback fonts
// taller than the Latin one: a bar whose height follows its text grows by a pixel with the
// language or a status. That resizes the map's native window, and its new exposure holds the GUI
// thread for whole frames. These keep a widget as tall as text in any of them needs.

// Latin, Hangul, kana and kanji, and the symbols the console's bars show.
QString tallestText();
void keepLabelHeight(QLabel *label);
// A QMenuBar or QToolBar, measured with an action that says tallestText().
void keepBarHeight(QWidget *bar);

} // namespace cop
