#include "ExerciseWatermark.h"

#include "AlertText.h"

#include <QEvent>
#include <QPainter>

namespace cop {

ExerciseWatermark::ExerciseWatermark(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    parent->installEventFilter(this);
    setGeometry(parent->rect());
    raise();
}

void ExerciseWatermark::paint(QPainter &painter, const QRect &rect)
{
    painter.save();
    painter.setClipRect(rect);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(std::max(10, rect.height() * 7 / 10));
    font.setLetterSpacing(QFont::PercentageSpacing, 130);
    painter.setFont(font);
    painter.setPen(QColor(0x4f, 0xc3, 0xf7, 90));
    const QString text = AlertText::exerciseWatermark();
    const int step = painter.fontMetrics().horizontalAdvance(text) * 2;
    for (int x = rect.left() + step / 4; x < rect.right(); x += step)
        painter.drawText(QRect(x, rect.top(), step, rect.height()), Qt::AlignVCenter | Qt::AlignLeft, text);
    painter.restore();
}

bool ExerciseWatermark::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return false;
}

void ExerciseWatermark::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.rotate(-20);
    const int span = width() + height();
    const int lineHeight = std::max(40, height() / 5);
    for (int y = 0; y < span; y += lineHeight * 2)
        paint(painter, QRect(-span / 2, y, 2 * span, lineHeight));
}

} // namespace cop
