#pragma once

#include <QByteArray>
#include <QRect>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace cop {

// Where the map window was: a screen is known by its name (the connector, e.g. "DP-2"), and the
// window's place relative to that screen, so that the same monitor found at another position of
// the desktop keeps the window.
struct MapWindowPlacement
{
    bool open = false;
    QString screen;
    QRect geometry; // relative to the screen's top left
    bool fullScreen = false;

    friend bool operator==(const MapWindowPlacement &, const MapWindowPlacement &) = default;
};

// A workstation layout: the main window (QWidget::saveGeometry, QMainWindow::saveState) and the
// map window.
struct WindowLayout
{
    QByteArray geometry;
    QByteArray state;
    MapWindowPlacement mapWindow;
};

// Layouts in the console's settings (openSettings), kept per console id so that consoles sharing
// a settings store (one login on several workstations) each keep their own: the current layout,
// saved at close and restored at start, per kind of window ("live", "replay"), and the layouts
// the operator named, shared by both kinds.
class LayoutStore
{
public:
    LayoutStore(const QString &settingsPath, const QString &consoleId, const QString &windowKind);

    std::optional<WindowLayout> current() const;
    void saveCurrent(const WindowLayout &layout) const;

    // Sorted as the operator reads them.
    QStringList names() const;
    std::optional<WindowLayout> named(const QString &name) const;
    void saveNamed(const QString &name, const WindowLayout &layout) const;
    void removeNamed(const QString &name) const;

private:
    std::optional<WindowLayout> read(const QString &group) const;
    void write(const QString &group, const WindowLayout &layout) const;
    QString namedGroup(const QString &name) const;

    QString m_settingsPath;
    QString m_root;    // layouts/<console id>
    QString m_current; // m_root/<window kind>
};

} // namespace cop
