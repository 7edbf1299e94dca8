#pragma once

#include <QObject>

#include <functional>

class QAction;
class QQuickItem;
class QTableView;

namespace cop {

class MapWidget;
class TrackOverlay;
class TrackTableModel;

// The map from the keyboard, while it has the focus (F6 brings it there): arrows pan, +/- zoom,
// N / Shift+N select the next / previous track in the track table's order, C centres on the
// selected track. Actions, so Help > Keyboard shortcuts lists them. One selection for the map and
// the table: a track picked in either is selected in both. The map shows a frame while it has
// the focus.
class MapKeyboard : public QObject
{
    Q_OBJECT

public:
    MapKeyboard(MapWidget *map, QTableView *tracks, TrackTableModel *model);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *addAction(const QList<QKeySequence> &shortcuts, const std::function<void()> &run);
    void retranslate();
    void selectStep(int step);
    void centreOnSelection();
    int selectedRow() const;

    MapWidget *const m_map;
    QQuickItem *const m_root;
    TrackOverlay *const m_overlay;
    QTableView *const m_tracks;
    TrackTableModel *const m_model;
    QAction *m_panLeft;
    QAction *m_panRight;
    QAction *m_panUp;
    QAction *m_panDown;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_next;
    QAction *m_previous;
    QAction *m_centre;
};

} // namespace cop
