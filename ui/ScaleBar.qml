import QtQuick

// A distance scale for Web Mercator at the map's centre latitude: the longest round length
// (1, 2 or 5 times a power of ten, in km) that fits maxWidth.
Item {
    id: bar
    required property real latitude
    required property real zoomLevel
    property real maxWidth: 140

    readonly property real metresPerPixel: 40075016.686 * Math.cos(latitude * Math.PI / 180)
                                           / (256 * Math.pow(2, zoomLevel))
    readonly property real lengthM: {
        const most = maxWidth * metresPerPixel
        const power = Math.pow(10, Math.floor(Math.log10(most)))
        for (const step of [5, 2, 1]) {
            if (step * power <= most)
                return step * power
        }
        return power
    }
    implicitWidth: lengthM / metresPerPixel
    implicitHeight: label.implicitHeight + 8

    Text {
        id: label
        anchors.left: parent.left
        color: "#c8d3dc"
        font.pixelSize: 12
        text: bar.lengthM >= 1000 ? (bar.lengthM / 1000) + " km" : bar.lengthM + " m"
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: bar.implicitWidth
        height: 3
        color: "#c8d3dc"
    }
    Repeater {
        model: [0, 1]
        Rectangle {
            required property int modelData
            x: modelData * (bar.implicitWidth - width)
            anchors.bottom: parent.bottom
            width: 2
            height: 8
            color: "#c8d3dc"
        }
    }
}
