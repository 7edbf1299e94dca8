import QtQuick
import QtLocation
import QtPositioning
import Cop.Map

// The regional map: a Qt Location Map with one overlay item drawing the whole picture.
Item {
    id: root
    implicitWidth: 1024
    implicitHeight: 768

    required property QtObject picture
    // A FusedPicture, and whether to show its fused tracks rather than every service's own.
    property QtObject fusion: null
    property bool fusedView: true
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

    function goHome() {
        map.center = homeCenter
        map.zoomLevel = homeZoom
    }

    Map {
        id: map
        anchors.fill: parent
        color: "#0a141e"
        copyrightsVisible: false
        center: root.homeCenter
        zoomLevel: root.homeZoom
        minimumZoomLevel: 3
        maximumZoomLevel: 12
        plugin: Plugin {
            name: "itemsoverlay"
        }

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
        Shortcut {
            sequences: [StandardKey.ZoomIn, "="]
            onActivated: map.zoomLevel = Math.round(map.zoomLevel + 1)
        }
        Shortcut {
            sequence: StandardKey.ZoomOut
            onActivated: map.zoomLevel = Math.round(map.zoomLevel - 1)
        }
        Shortcut {
            sequence: "Home"
            onActivated: root.goHome()
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
    }
}
