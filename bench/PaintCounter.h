#pragma once

// Which widgets repaint, and how often: a widget repainting what has not changed costs the GUI
// thread a paint and the window a flush.

#include <QCoreApplication>
#include <QEvent>
#include <QHash>
#include <QStringList>
#include <QAbstractItemView>

#include <algorithm>

class PaintCounter : public QObject
{
public:
    PaintCounter() { qApp->installEventFilter(this); }

    void reset() { m_paints.clear(); }

    // "Class (object name) N/s, ..." the most first, at most `count` of them.
    QString line(double seconds, int count = 8) const
    {
        std::vector<std::pair<int, QString>> sorted;
        for (auto it = m_paints.cbegin(); it != m_paints.cend(); ++it)
            sorted.emplace_back(it.value(), it.key());
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        QStringList parts;
        for (size_t i = 0; i < sorted.size() && int(i) < count; ++i)
            parts << QStringLiteral("%1 %2/s").arg(sorted[i].second).arg(sorted[i].first / seconds, 0, 'f', 1);
        return parts.join(QStringLiteral(", "));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            // A view's viewport by its view, and views by the model they show.
            QObject *widget = watched;
            if (watched->objectName() == QLatin1String("qt_scrollarea_viewport") && watched->parent())
                widget = watched->parent();
            QString name = QString::fromLatin1(widget->metaObject()->className());
            if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model())
                name += QStringLiteral(" of %1").arg(QString::fromLatin1(view->model()->metaObject()->className()));
            ++m_paints[name];
        }
        return false;
    }

private:
    QHash<QString, int> m_paints;
};
