#pragma once

#include <QString>

namespace cop {

class BasemapSource;
class MainWindow;
class Picture;

// Renders the main window to a PNG and writes beside it (FILE.json) where the map lies in the
// image, which centre and zoom it shows, and a summary of the picture (tracks per service, feed
// states, where the basemap came from), so a test or a script can check what the operator saw.
bool writeSnapshot(MainWindow &window, const Picture &picture, const BasemapSource &basemap,
                   const QString &path, QString *error);

} // namespace cop
