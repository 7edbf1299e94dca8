#pragma once

class QApplication;

namespace cop {

// A low-glare palette for a dim watch floor.
void applyDarkTheme(QApplication &app);

} // namespace cop
