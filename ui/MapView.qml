import QtCore
import QtQuick
import QtLocation
import QtPositioning
import Cop.Map

// The regional map: a Qt Location Map over XYZ tiles with one overlay item drawing the whole
// picture, a scale bar and the cursor's position.
Item {
    id: root
    implicitWidth: 1024
    implicitHeight: 768

    required property QtObject picture
    // A FusedPicture, and whether to show its fused tracks rather than every service's own.
    property QtObject fusion: null
    property bool fusedView: true
    // An XYZ template for Qt Location's osm plugin (file:///DIR/%z/%x/%y.png or http://...);
    // empty: no tiles, the overlay draws a graticule instead. Read once, when the map is made.
    property string tileUrl
    // The deepest zoom the tiles have; beyond it the map would only show blank tiles.
    property real tileMaxZoom: 12
    property bool basemapAvailable: tileUrl !== ""
    property string basemapMessage: qsTr("No basemap: tracks and predictions are drawn on a graticule.")
    // Why the picture is incomplete or stalled (NoDataBanner); empty while every feed is live.
    property string noDataText
    // The console's keyboard (MapKeyboard) has the map: a frame shows where the keys go.
    property bool keyboardFocus: false
    property alias center: map.center
    property alias zoomLevel: map.zoomLevel
    readonly property alias overlay: overlay

    // The region every watch floor shares: Korean peninsula, Japan and the seas between.
    readonly property var homeCenter: QtPositioning.coordinate(37.5, 133.0)
    readonly property real homeZoom: 5

    function mapFromCoordinate(lat, lon) {
        return map.fromCoordinate(QtPositioning.coordinate(lat, lon), false)
    }

    function centerOn(lat, lon) {
        map.center = QtPositioning.coordinate(lat, lon)
    }

    // Moves the view by parts of its size (0.25: a quarter), east and south positive.
    function panBy(fractionX, fractionY) {
        map.pan(fractionX * map.width, fractionY * map.height)
    }

    // Whole zoom levels, within the map's range.
    function zoomBy(steps) {
        map.zoomLevel = Math.round(map.zoomLevel + steps)
    }

    function goHome() {
        map.center = homeCenter
        map.zoomLevel = homeZoom
    }

    Map {
        id: map
        anchors.fill: parent
        color: "#0a1622"
        copyrightsVisible: false
        center: root.homeCenter
        zoomLevel: root.homeZoom
        minimumZoomLevel: 3
        maximumZoomLevel: root.tileUrl !== "" ? root.tileMaxZoom : 12
        plugin: Plugin {
            name: root.tileUrl !== "" ? "osm" : "itemsoverlay"
            // README, "The offline basemap": a custom XYZ host and no provider lookup, so the plugin
            // opens no connection but to the tiles.
            PluginParameter {
                name: "osm.mapping.custom.host"
                value: root.tileUrl
            }
            PluginParameter {
                name: "osm.mapping.providersrepository.disabled"
                value: true
            }
            // Qt Location keeps tiles on disk by map type and z/x/y, not by URL: a cache of
            // its own per tile set, so tiles baked again (new data, style, names) are never
            // hidden behind the old ones.
            PluginParameter {
                name: "osm.mapping.cache.directory"
                value: new URL(StandardPaths.writableLocation(StandardPaths.GenericCacheLocation)).pathname
                       + "/cop/map-cache/" + Qt.md5(root.tileUrl)
            }
        }
        // The custom URL type is the plugin's last.
        activeMapType: supportedMapTypes[supportedMapTypes.length - 1]

        WheelHandler {
            acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
            rotationScale: 1 / 120
            property: "zoomLevel"
        }
        DragHandler {
            target: null
            onTranslationChanged: delta => map.pan(-delta.x, -delta.y)
        }
        PinchHandler {
            id: pinch
            target: null
            property real startZoom
            onActiveChanged: if (active) startZoom = map.zoomLevel
            onScaleChanged: delta => map.zoomLevel = startZoom + Math.log2(activeScale)
        }
        TapHandler {
            onTapped: eventPoint => overlay.selectAt(eventPoint.position)
        }
        HoverHandler {
            id: hover
        }
    }

    TrackOverlay {
        id: overlay
        anchors.fill: map
        picture: root.picture
        fusion: root.fusion
        fusedView: root.fusedView
        center: map.center
        zoomLevel: map.zoomLevel
        graticuleVisible: !root.basemapAvailable
    }

    ScaleBar {
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 12
        latitude: map.center.latitude
        zoomLevel: map.zoomLevel
    }

    Text {
        id: cursorPosition
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 12
        color: "#c8d3dc"
        font.pixelSize: 12
        font.family: "monospace"
        visible: hover.hovered
        text: {
            const c = map.toCoordinate(hover.point.position, false)
            if (!c.isValid)
                return ""
            return Math.abs(c.latitude).toFixed(3) + "°" + (c.latitude >= 0 ? "N" : "S") + "  "
                    + Math.abs(c.longitude).toFixed(3) + "°" + (c.longitude >= 0 ? "E" : "W")
        }
    }

    Rectangle {
        objectName: "keyboardFocusFrame"
        anchors.fill: parent
        visible: root.keyboardFocus
        color: "transparent"
        border.color: "#4fc3f7"
        border.width: 3
    }

    Rectangle {
        id: noDataBanner
        objectName: "noDataBanner"
        visible: root.noDataText !== ""
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        height: noDataLabel.implicitHeight + 16
        color: "#b3261e"
        Text {
            id: noDataLabel
            anchors.fill: parent
            anchors.margins: 8
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            color: "white"
            font.bold: true
            font.pixelSize: 15
            text: root.noDataText
        }
    }

    Rectangle {
        objectName: "noBasemapBanner"
        visible: !root.basemapAvailable
        anchors.top: noDataBanner.visible ? noDataBanner.bottom : parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.topMargin: 10
        width: bannerText.implicitWidth + 24
        height: bannerText.implicitHeight + 12
        radius: 3
        color: "#3a2a05"
        border.color: "#ffb340"
        Text {
            id: bannerText
            anchors.centerIn: parent
            color: "#ffd28a"
            font.pixelSize: 13
            text: root.basemapMessage
        }
    }
}
