#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace cop {

class Picture;

// What the banner across the top of the map says (ui/MapView.qml draws it): while any track
// service is not live, so an empty map with a feed down never looks like a quiet sky
// (docs/alerts.md), and while the picture itself is stalled (PictureWatchdog), so a frozen map
// never looks like a quiet one. Also when no service is configured at all. Empty: no banner.
//
// The map draws it, not a widget over the map: a native widget over the map's window that
// hides as the first data arrives exposes the map, and Qt's threaded render loop holds the GUI
// thread for a whole frame on each exposure.
class NoDataBanner : public QObject
{
    Q_OBJECT

public:
    NoDataBanner(Picture *picture, QObject *parent);

    QString text() const { return m_text; }
    // How long the picture has been stalled; 0 when it is not.
    void showStall(qint64 stalledMs);
    // In the language now installed.
    void retranslate() { refresh(); }

signals:
    void textChanged(const QString &text);

private:
    void refresh();

    QPointer<Picture> m_picture;
    qint64 m_stalledMs = 0;
    QString m_text;
};

} // namespace cop
