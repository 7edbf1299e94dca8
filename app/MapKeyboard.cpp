#include "MapKeyboard.h"

#include "MapWidget.h"
#include "TrackOverlay.h"
#include "TrackTableModel.h"

#include <QAction>
#include <QEvent>
#include <QItemSelectionModel>
#include <QQuickItem>
#include <QTableView>

namespace cop {

namespace {

// A keyboard pan moves the view by this part of its size: far enough to matter, near enough
// to keep one's bearings.
constexpr double kPanFraction = 0.25;

} // namespace

MapKeyboard::MapKeyboard(MapWidget *map, QTableView *tracks, TrackTableModel *model)
    : QObject(map)
    , m_map(map)
    , m_root(map->rootObject())
    , m_overlay(m_root ? m_root->property("overlay").value<TrackOverlay *>() : nullptr)
    , m_tracks(tracks)
    , m_model(model)
{
    m_map->setFocusPolicy(Qt::StrongFocus);
    // QVariants: the QML functions' untyped parameters are QVariants, and a double does not match.
    const auto pan = [this](double x, double y) {
        return [this, x, y] { QMetaObject::invokeMethod(m_root, "panBy", QVariant(x), QVariant(y)); };
    };
    const auto zoom = [this](int steps) {
        return [this, steps] { QMetaObject::invokeMethod(m_root, "zoomBy", QVariant(steps)); };
    };
    m_panLeft = addAction({Qt::Key_Left}, pan(-kPanFraction, 0));
    m_panRight = addAction({Qt::Key_Right}, pan(kPanFraction, 0));
    m_panUp = addAction({Qt::Key_Up}, pan(0, -kPanFraction));
    m_panDown = addAction({Qt::Key_Down}, pan(0, kPanFraction));
    m_zoomIn = addAction({QKeySequence::ZoomIn, Qt::Key_Plus, Qt::Key_Equal}, zoom(1));
    m_zoomOut = addAction({QKeySequence::ZoomOut, Qt::Key_Minus}, zoom(-1));
    m_next = addAction({Qt::Key_N}, [this] { selectStep(1); });
    m_previous = addAction({Qt::SHIFT | Qt::Key_N}, [this] { selectStep(-1); });
    m_centre = addAction({Qt::Key_C}, [this] { centreOnSelection(); });

    // The table's pick shows on the map; the map's pick reaches the table through selectStep
    // and MainWindow (details).
    connect(m_tracks->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid() || !m_overlay)
                    return;
                const ServiceKey key = m_model->keyAt(current.row());
                m_overlay->select(key.service, key.id);
            });
    m_map->installEventFilter(this);
    retranslate();
}

QAction *MapKeyboard::addAction(const QList<QKeySequence> &shortcuts, const std::function<void()> &run)
{
    auto *action = new QAction(this);
    action->setShortcuts(shortcuts);
    // Only while the map has the focus: elsewhere the arrows and letters are the panels'.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, [this, run] {
        if (m_root)
            run();
    });
    m_map->addAction(action);
    return action;
}

void MapKeyboard::retranslate()
{
    m_map->setAccessibleName(tr("Map"));
    m_panLeft->setText(tr("Pan west"));
    m_panRight->setText(tr("Pan east"));
    m_panUp->setText(tr("Pan north"));
    m_panDown->setText(tr("Pan south"));
    m_zoomIn->setText(tr("Zoom in"));
    m_zoomOut->setText(tr("Zoom out"));
    m_next->setText(tr("Select the next track"));
    m_previous->setText(tr("Select the previous track"));
    m_centre->setText(tr("Centre on the selected track"));
}

bool MapKeyboard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_map && m_root) {
        if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
            m_root->setProperty("keyboardFocus", m_map->hasFocus());
        else if (event->type() == QEvent::LanguageChange)
            retranslate();
    }
    return QObject::eventFilter(watched, event);
}

int MapKeyboard::selectedRow() const
{
    if (!m_overlay || m_overlay->selectedTrackId().isEmpty())
        return -1;
    return m_model->rowOf({m_overlay->selectedService(), m_overlay->selectedTrackId()});
}

void MapKeyboard::selectStep(int step)
{
    const int rows = m_model->rowCount();
    if (rows == 0 || !m_overlay)
        return;
    const int at = selectedRow();
    const int row = at < 0 ? (step > 0 ? 0 : rows - 1) : ((at + step) % rows + rows) % rows;
    const ServiceKey key = m_model->keyAt(row);
    m_overlay->select(key.service, key.id);
    // The table follows (and with it the Selected track dock), without taking the focus.
    m_tracks->setCurrentIndex(m_model->index(row, 0));
    m_tracks->scrollTo(m_model->index(row, 0));
}

void MapKeyboard::centreOnSelection()
{
    if (const std::optional<GeoPoint> at = m_model->positionAt(selectedRow()))
        QMetaObject::invokeMethod(m_root, "centerOn", QVariant(at->latDeg), QVariant(at->lonDeg));
}

} // namespace cop
