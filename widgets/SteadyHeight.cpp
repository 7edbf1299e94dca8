#include "SteadyHeight.h"

#include <QAction>
#include <QLabel>

namespace cop {

QString tallestText()
{
    return QStringLiteral("Hg \u25CF \uB179\uD654 \u8A18\u9332 \u3042\u30A2 0Z");
}

void keepLabelHeight(QLabel *label)
{
    label->ensurePolished();
    const QString text = label->text();
    label->setText(tallestText());
    label->setMinimumHeight(label->sizeHint().height());
    label->setText(text);
}

void keepBarHeight(QWidget *bar)
{
    bar->ensurePolished();
    QAction probe(tallestText());
    bar->addAction(&probe);
    const int height = bar->sizeHint().height();
    bar->removeAction(&probe);
    bar->setMinimumHeight(height);
}

} // namespace cop
