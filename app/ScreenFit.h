#pragma once

#include <QList>
#include <QRect>

class QScreen;
class QWidget;

namespace cop {

// A window laid out on another workstation, or on a screen that has since gone, must still open
// where the operator can reach its title bar and edges.

// frame moved and shrunk to lie wholly in the available area of the screen it overlaps most, or
// of the primary screen (index 0) when it overlaps none.
QRect fitToScreens(const QRect &frame, const QList<QRect> &available);

// Applies fitToScreens to a top-level window, frame (title bar, borders) included, over the
// screens the application has now.
void fitOnScreen(QWidget *window);

// The screen a window shows on, by the name a layout keeps; the primary screen for a name no
// screen has (the screen is gone).
QScreen *screenNamed(const QString &name);

} // namespace cop
