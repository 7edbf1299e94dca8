#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>

class QNetworkAccessManager;

namespace cop {

// Where the map's tiles come from: the baked Natural Earth pyramid in the shared cache (baked
// here, in the background, when the build has not done it), or the XYZ directory or server
// given with --tiles. Checks once that the tiles answer, so an unreachable server shows as
// "no basemap" instead of a blank sea.
class BasemapSource : public QObject
{
    Q_OBJECT

public:
    enum class State { Preparing, Ready, Unavailable };

    // tilesOption: --tiles as given (a directory, file:// or http(s):// URL, with or without
    // %z/%x/%y); empty for the baked basemap.
    explicit BasemapSource(const QString &tilesOption, QObject *parent = nullptr);
    ~BasemapSource() override;

    void start();
    State state() const { return m_state; }
    // For the snapshot description: preparing, baked, custom or unavailable.
    QString stateId() const;
    // The template for Qt Location's osm plugin; empty while preparing or when there is none.
    QString urlTemplate() const { return m_urlTemplate; }
    // The deepest zoom the tiles have (the baked pyramid stops there; a server may go deeper).
    int maxZoom() const { return m_maxZoom; }

    // "http://host/tiles" -> "http://host/tiles/%z/%x/%y.png"; a bare path becomes file://.
    static QString templateFromOption(const QString &option);

signals:
    void progress(int percent);
    // The template is known (or known to be missing): the map can be made.
    void ready();
    void stateChanged();

private:
    void bake();
    void probe();
    void setState(State state);

    QString m_option;
    QString m_urlTemplate;
    int m_maxZoom = 12;
    State m_state = State::Preparing;
    QNetworkAccessManager *m_network = nullptr;
    QFutureWatcher<QString> *m_bake = nullptr;
    std::atomic<bool> m_quitting{false};
};

} // namespace cop
