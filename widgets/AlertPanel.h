#pragma once

#include "alerts/AlertBook.h"

#include <QTimer>
#include <QWidget>

#include <array>

#include <chrono>
#include <optional>

class QLabel;
class QMenu;
class QToolButton;
class QSlider;

namespace cop {

class AlarmHorn;
class AlertTableModel;
class AlertTreeView;
class Annunciator;

// The operator's alert list and what they do with it. Every action has a window-wide shortcut
// so it works wherever the focus is: acknowledge (Ctrl+K), acknowledge all visible after a
// confirmation (Ctrl+Shift+K), shelve for 5/10/15 minutes or until unshelved (Ctrl+1..4),
// unshelve (Ctrl+U), reset a latched alert (Ctrl+R), silence the horn (Ctrl+M), details
// (Ctrl+I). Unacknowledged rows flash at 1 Hz, or stay steadily highlighted when the operator
// asked for reduced motion. Double-click, or Enter in the list, asks the map to centre on the
// alert's missile.
class AlertPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kFlashHalfPeriod{500}; // 1 Hz: on, then off

    AlertPanel(AlertBook *alerts, Picture *picture, Annunciator *annunciator, AlarmHorn *horn,
               QWidget *parent = nullptr);

    void setReduceMotion(bool reduce);
    bool reduceMotion() const { return m_reduceMotion; }

    AlertTableModel *model() const { return m_model; }
    AlertTreeView *table() const { return m_table; }
    // The alerts of the selected rows: a missile's row stands for all its alerts.
    QList<ServiceKey> selectedKeys() const;
    // Selects the rows of `keys`: a missile's row when all its alerts are among them, else
    // those of its alerts that are.
    void select(const QList<ServiceKey> &keys);

protected:
    void changeEvent(QEvent *event) override;

signals:
    void centreRequested(double latDeg, double lonDeg);
    // What an action did where the operator may not see it (shelved rows go to the end).
    void feedback(const QString &message);

private:
    QAction *addShortcutAction(const QKeySequence &shortcut, void (AlertPanel::*slot)());
    void retranslateUi();
    void acknowledgeSelected();
    void acknowledgeAllVisible();
    void shelveSelected(std::optional<std::chrono::minutes> duration);
    void unshelveSelected();
    void resetSelected();
    void showDetails();
    void centreOn(const QModelIndex &index);
    void updateHornStatus();

    AlertBook *const m_alerts;
    Picture *const m_picture;
    Annunciator *const m_annunciator;
    AlarmHorn *const m_horn;
    AlertTableModel *m_model;
    AlertTreeView *m_table;
    QLabel *m_hornStatus;
    QSlider *m_volume;
    QLabel *m_volumeLabel;
    QAction *m_acknowledge = nullptr;
    QAction *m_acknowledgeAll = nullptr;
    QMenu *m_shelveMenu = nullptr;
    std::array<QAction *, 4> m_shelveActions{}; // 5, 10, 15 min, until unshelved
    QToolButton *m_shelveButton = nullptr;
    QAction *m_unshelve = nullptr;
    QAction *m_reset = nullptr;
    QAction *m_details = nullptr;
    QAction *m_centre = nullptr;
    QAction *m_silence = nullptr;
    QTimer m_flashTimer;
    QTimer m_silenceCountdown;
    bool m_reduceMotion = false;
    QList<ServiceKey> m_selectionToRestore;
    std::optional<ServiceKey> m_currentToRestore; // where the keyboard is in the list
    bool m_currentWasMissileRow = false;
    QStringList m_expandedToRestore; // missiles whose alerts the operator opened
};

} // namespace cop
