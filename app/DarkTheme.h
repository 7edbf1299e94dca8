#pragma once

class QApplication;

namespace cop {

// A low-glare palette for a dim watch floor, with CJK font fallbacks so Korean and Japanese
// text never renders as boxes.
void applyDarkTheme(QApplication &app);

} // namespace cop
