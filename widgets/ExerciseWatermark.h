#pragma once

#include <QWidget>

namespace cop {

// The EXERCISE watermark (docs/alerts.md: exercise traffic is watermarked on screen). As a
// widget it lies over its parent, ignores the mouse and follows the parent's size; paint()
// draws it into any rectangle, e.g. one table row.
class ExerciseWatermark : public QWidget
{
    Q_OBJECT

public:
    explicit ExerciseWatermark(QWidget *parent);

    static void paint(QPainter &painter, const QRect &rect);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};

} // namespace cop
