#include "SnapshotWriter.h"

#include "BasemapSource.h"
#include "picture/ClassificationMarking.h"
#include "MainWindow.h"
#include "MapWidget.h"
#include "picture/Picture.h"

#include <QFile>
#include <QGeoCoordinate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QSaveFile>

namespace cop {

bool writeSnapshot(MainWindow &window, const Picture &picture, const BasemapSource &basemap,
                   const QString &path, QString *error)
{
    const QImage image = grabWithMaps(&window);
    if (image.isNull() || !image.save(path, "PNG")) {
        *error = QObject::tr("cannot write snapshot %1").arg(path);
        return false;
    }

    QJsonObject meta{{QStringLiteral("image"), QJsonArray{image.width(), image.height()}},
                     {QStringLiteral("devicePixelRatio"), image.devicePixelRatio()},
                     {QStringLiteral("basemap"), basemap.stateId()}};
    MapWidget *map = window.mapWidget();
    if (QQuickItem *root = map ? map->rootObject() : nullptr) {
        const QPoint topLeft = map->mapTo(&window, QPoint(0, 0));
        meta.insert(QStringLiteral("map"), QJsonArray{topLeft.x(), topLeft.y(), map->width(), map->height()});
        const auto center = root->property("center").value<QGeoCoordinate>();
        meta.insert(QStringLiteral("center"), QJsonArray{center.latitude(), center.longitude()});
        meta.insert(QStringLiteral("zoom"), root->property("zoomLevel").toDouble());
    }
    QJsonObject tracks;
    for (const Track &track : picture.tracks())
        tracks[track.service] = tracks[track.service].toInt() + 1;
    meta.insert(QStringLiteral("tracks"), tracks);
    QJsonObject feeds;
    for (const FeedStatus &feed : picture.feeds())
        feeds[feed.service] = feedStateId(feed.state);
    meta.insert(QStringLiteral("feeds"), feeds);
    meta.insert(QStringLiteral("marking"), markingLine(governingMarking(picture.feeds())));

    QSaveFile file(path + QStringLiteral(".json"));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(meta).toJson()) < 0 || !file.commit()) {
        *error = QObject::tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace cop
