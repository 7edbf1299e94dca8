#pragma once

#include <QWidget>

#include <vector>

namespace cop {

// The replay timeline itself: the recording's span with markers (launches, alerts,
// acknowledgements, operator actions) and the position, which the operator drags or clicks.
class TimelineTrack : public QWidget
{
    Q_OBJECT

public:
    enum class MarkerKind { Launch, Alert, Acknowledgement, OperatorAction };
    struct Marker
    {
        qint64 timeUtcUs;
        MarkerKind kind;
        QString tip;
    };

    explicit TimelineTrack(QWidget *parent = nullptr);

    void setRange(qint64 startUtcUs, qint64 endUtcUs);
    void setMarkers(std::vector<Marker> markers);
    void setPosition(qint64 utcUs);

    QSize sizeHint() const override;
    static QColor markerColor(MarkerKind kind);

signals:
    void seekRequested(qint64 utcUs);

protected:
    void paintEvent(QPaintEvent *) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    double xOf(qint64 utcUs) const;
    qint64 timeAt(double x) const;
    const Marker *markerNear(double x) const;

    qint64 m_start = 0;
    qint64 m_end = 1;
    qint64 m_position = 0;
    std::vector<Marker> m_markers;
};

} // namespace cop
