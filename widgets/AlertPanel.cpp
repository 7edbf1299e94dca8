#include "AlertPanel.h"

#include "ActionText.h"
#include "AlarmHorn.h"
#include "AlertDetailsDialog.h"
#include "AlertTableModel.h"
#include "AlertTreeView.h"
#include "AlertText.h"
#include "alerts/Annunciator.h"
#include "base/SecondTicker.h"
#include "SteadyHeight.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSlider>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace cop {

using namespace std::chrono_literals;

AlertPanel::AlertPanel(AlertBook *alerts, Picture *picture, Annunciator *annunciator,
                       AlarmHorn *horn, QWidget *parent)
    : QWidget(parent)
    , m_alerts(alerts)
    , m_picture(picture)
    , m_annunciator(annunciator)
    , m_horn(horn)
    , m_model(new AlertTableModel(alerts, picture, this))
    , m_table(new AlertTreeView(this))
    , m_hornStatus(new QLabel(this))
    , m_volume(new QSlider(Qt::Horizontal, this))
    , m_volumeLabel(new QLabel(this))
{
    m_table->setModel(m_model);
    // Not `activated`: with most styles a double-click activates too, and would open the
    // details over the map it centres.
    connect(m_table, &QAbstractItemView::doubleClicked, this, &AlertPanel::centreOn);
    // Rows are rebuilt whenever the list changes; the operator's selection, where the keyboard
    // is and the missiles they opened must survive that.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_selectionToRestore = selectedKeys();
        const QModelIndex current = m_table->currentIndex();
        const QList<ServiceKey> currentKeys = m_model->keysOf(current);
        m_currentToRestore = currentKeys.isEmpty() ? std::nullopt : std::optional(currentKeys.first());
        m_currentWasMissileRow = current.isValid() && !current.parent().isValid();
        m_expandedToRestore.clear();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_table->isExpanded(m_model->index(row, 0)))
                m_expandedToRestore.append(m_model->missileAt(row));
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_expandedToRestore.contains(m_model->missileAt(row)))
                m_table->expand(m_model->index(row, 0));
        }
        select(m_selectionToRestore);
        if (m_currentToRestore) {
            const QModelIndex current = m_currentWasMissileRow
                                            ? m_model->index(m_model->rowOf(*m_currentToRestore), 0)
                                            : m_model->indexOf(*m_currentToRestore);
            // Without scrolling to it: the operator may have scrolled elsewhere to read.
            const bool autoScroll = m_table->hasAutoScroll();
            m_table->setAutoScroll(false);
            m_table->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
            m_table->setAutoScroll(autoScroll);
        }
    });

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_acknowledge = addShortcutAction(Qt::CTRL | Qt::Key_K, &AlertPanel::acknowledgeSelected);
    m_acknowledgeAll = addShortcutAction(Qt::CTRL | Qt::SHIFT | Qt::Key_K,
                                         &AlertPanel::acknowledgeAllVisible);
    toolBar->addAction(m_acknowledge);
    toolBar->addAction(m_acknowledgeAll);
    keepBarHeight(toolBar);

    m_shelveMenu = new QMenu(this);
    const std::optional<std::chrono::minutes> shelves[] = {5min, 10min, 15min, std::nullopt};
    int key = Qt::Key_1;
    for (size_t i = 0; i < m_shelveActions.size(); ++i) {
        QAction *action = m_shelveMenu->addAction(QString());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, d = shelves[i]] { shelveSelected(d); });
        addAction(action);
        m_shelveActions[i] = action;
    }
    m_shelveButton = new QToolButton(toolBar);
    m_shelveButton->setMenu(m_shelveMenu);
    m_shelveButton->setPopupMode(QToolButton::InstantPopup);
    toolBar->addWidget(m_shelveButton);
    m_unshelve = addShortcutAction(Qt::CTRL | Qt::Key_U, &AlertPanel::unshelveSelected);
    m_reset = addShortcutAction(Qt::CTRL | Qt::Key_R, &AlertPanel::resetSelected);
    m_details = addShortcutAction(Qt::CTRL | Qt::Key_I, &AlertPanel::showDetails);
    // Enter is the list's own: elsewhere it belongs to whatever has the focus.
    m_centre = new QAction(this);
    m_centre->setShortcuts({Qt::Key_Return, Qt::Key_Enter});
    m_centre->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_centre, &QAction::triggered, this, [this] { centreOn(m_table->currentIndex()); });
    m_table->addAction(m_centre);
    toolBar->addAction(m_unshelve);
    toolBar->addAction(m_reset);
    toolBar->addAction(m_details);
    toolBar->addSeparator();
    m_silence = addShortcutAction(Qt::CTRL | Qt::Key_M, nullptr);
    connect(m_silence, &QAction::triggered, annunciator, &Annunciator::silence);
    toolBar->addAction(m_silence);

    m_volume->setRange(0, 100);
    m_volume->setValue(int(horn->volume() * 100));
    m_volume->setMaximumWidth(120);
    connect(m_volume, &QSlider::valueChanged, this, [this](int value) { m_horn->setVolume(value / 100.0); });

    auto *hornRow = new QHBoxLayout;
    hornRow->setContentsMargins(6, 0, 6, 0);
    hornRow->addWidget(m_hornStatus, 1);
    hornRow->addWidget(m_volumeLabel);
    hornRow->addWidget(m_volume);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolBar);
    layout->addLayout(hornRow);
    layout->addWidget(m_table);

    connect(annunciator, &Annunciator::silenceChanged, this, &AlertPanel::updateHornStatus);
    connect(annunciator, &Annunciator::soundingChanged, this, &AlertPanel::updateHornStatus);
    connect(horn, &AlarmHorn::problemChanged, this, &AlertPanel::updateHornStatus);
    m_hornStatus->setObjectName(QStringLiteral("hornStatus"));
    m_silenceCountdown.setInterval(1000);
    connect(&m_silenceCountdown, &QTimer::timeout, this, &AlertPanel::updateHornStatus);
    retranslateUi();

    // On with each second (SecondTicker), off half a second later: the flash's on-frame is the
    // frame every clock of the console moves in.
    m_flashTimer.setSingleShot(true);
    m_flashTimer.setInterval(kFlashHalfPeriod);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] { m_model->setHighlightUnacknowledged(false); });
    connect(SecondTicker::instance(), &SecondTicker::tick, this, [this] {
        if (m_reduceMotion)
            return;
        m_model->setHighlightUnacknowledged(true);
        m_flashTimer.start();
    });
    setReduceMotion(false);
}

QAction *AlertPanel::addShortcutAction(const QKeySequence &shortcut, void (AlertPanel::*slot)())
{
    auto *action = new QAction(this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

void AlertPanel::retranslateUi()
{
    ActionText::set(m_acknowledge, tr("Acknowledge"));
    ActionText::set(m_acknowledgeAll, tr("Acknowledge all visible…"));
    const QString shelveTexts[] = {tr("Shelve for 5 minutes"), tr("Shelve for 10 minutes"),
                                   tr("Shelve for 15 minutes"), tr("Shelve until unshelved")};
    for (size_t i = 0; i < m_shelveActions.size(); ++i)
        m_shelveActions[i]->setText(shelveTexts[i]);
    m_shelveMenu->setTitle(tr("Shelve"));
    m_shelveButton->setText(tr("Shelve"));
    ActionText::set(m_unshelve, tr("Unshelve"));
    ActionText::set(m_reset, tr("Reset"));
    ActionText::set(m_details, tr("Details…"));
    ActionText::set(m_centre, tr("Centre the map on the alert's missile"));
    ActionText::set(m_silence, tr("Silence horn"));
    m_volume->setToolTip(tr("Alarm horn volume"));
    m_volumeLabel->setText(tr("Horn volume"));
    updateHornStatus();
}

void AlertPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AlertPanel::setReduceMotion(bool reduce)
{
    m_reduceMotion = reduce;
    if (reduce) {
        m_flashTimer.stop();
        m_model->setHighlightUnacknowledged(true);
    }
}

QList<ServiceKey> AlertPanel::selectedKeys() const
{
    QList<ServiceKey> keys;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        for (const ServiceKey &key : m_model->keysOf(index)) {
            if (!keys.contains(key)) // a missile's row and one of its alerts, both selected
                keys.append(key);
        }
    }
    return keys;
}

void AlertPanel::select(const QList<ServiceKey> &keys)
{
    QItemSelection selection;
    const auto selectRow = [&](const QModelIndex &index) {
        selection.select(index, index.siblingAtColumn(AlertTableModel::ColumnCount - 1));
    };
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QList<ServiceKey> rowKeys = m_model->keysAt(row);
        if (std::all_of(rowKeys.begin(), rowKeys.end(), [&](const ServiceKey &k) { return keys.contains(k); })) {
            selectRow(m_model->index(row, 0));
            continue;
        }
        for (const ServiceKey &key : rowKeys) {
            if (keys.contains(key))
                selectRow(m_model->indexOf(key));
        }
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void AlertPanel::acknowledgeSelected()
{
    for (const ServiceKey &key : selectedKeys())
        m_alerts->acknowledge(key);
}

void AlertPanel::acknowledgeAllVisible()
{
    // What the operator sees: the rows on screen, a missile's row standing for its alerts unless
    // it is opened, when they stand for themselves. The count is of those rows.
    QList<ServiceKey> unacknowledged;
    int rows = 0;
    for (const QModelIndex &index : m_table->rowsOnScreen(true)) {
        if (m_table->isExpanded(index) && m_model->hasChildren(index))
            continue;
        bool counted = false;
        for (const ServiceKey &key : m_model->keysOf(index)) {
            const Alert alert = m_alerts->alerts().value(key);
            if (isUnacknowledged(alert.state()) && !alert.ackPending && !unacknowledged.contains(key)) {
                unacknowledged.append(key);
                counted = true;
            }
        }
        rows += counted ? 1 : 0;
    }
    if (unacknowledged.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Acknowledge all visible"),
        tr("Acknowledge %n visible unacknowledged alert(s) as %1?", nullptr, rows)
            .arg(m_alerts->operatorName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    for (const ServiceKey &key : unacknowledged)
        m_alerts->acknowledge(key);
}

void AlertPanel::shelveSelected(std::optional<std::chrono::minutes> duration)
{
    QList<ServiceKey> shelved;
    for (const ServiceKey &key : selectedKeys()) {
        if (m_alerts->shelve(key, duration))
            shelved.append(key);
    }
    if (shelved.isEmpty())
        return;
    // Shelved rows go to the end of the list: the selection and the keyboard go with them, so
    // the operator sees where they went and Unshelve undoes it at once.
    select(shelved);
    const QModelIndex first = m_table->selectionModel()->selectedRows().value(0);
    m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_table->scrollTo(first);
    const qint64 until = m_alerts->alerts().value(shelved.first()).shelvedUntilUtcUs;
    emit feedback(until > 0 ? tr("Shelved %n alert(s) until %1", nullptr, int(shelved.size()))
                                  .arg(AlertText::utcTime(until))
                            : tr("Shelved %n alert(s) until unshelved", nullptr, int(shelved.size())));
}

void AlertPanel::unshelveSelected()
{
    for (const ServiceKey &key : selectedKeys())
        m_alerts->unshelve(key);
}

void AlertPanel::resetSelected()
{
    for (const ServiceKey &key : selectedKeys())
        m_alerts->reset(key);
}

void AlertPanel::showDetails()
{
    const QList<ServiceKey> keys = selectedKeys();
    if (keys.isEmpty())
        return;
    auto *dialog = new AlertDetailsDialog(m_alerts, m_model, keys.first(), this);
    dialog->show();
    dialog->activateWindow(); // the keyboard goes with it: Escape closes it
}

void AlertPanel::centreOn(const QModelIndex &index)
{
    const Alert *alert = m_model->alertOf(index);
    if (!alert || alert->report.trackId.isEmpty())
        return;
    const ServiceKey track{alert->key.service, alert->report.trackId};
    // Where the track is; once it is gone, where it was predicted to land.
    if (const auto it = m_picture->tracks().constFind(track); it != m_picture->tracks().cend())
        emit centreRequested(it->state.position.latDeg, it->state.position.lonDeg);
    else if (const auto p = m_picture->predictions().constFind(track); p != m_picture->predictions().cend() && !p->orbital)
        emit centreRequested(p->impactPoint.latDeg, p->impactPoint.lonDeg);
}

void AlertPanel::updateHornStatus()
{
    const qint64 silencedUntil = m_annunciator->silencedUntilUtcUs();
    QStringList parts;
    if (silencedUntil > 0) {
        parts << tr("Horn silenced: %1 left (until %2)")
                     .arg(AlertText::countdown(silencedUntil, m_alerts->now()), AlertText::utcTime(silencedUntil));
    } else if (m_annunciator->sounding() != Severity::Unknown) {
        parts << tr("Horn sounding: %1").arg(AlertText::severity(m_annunciator->sounding()));
    }
    // A horn that cannot sound (no audio output) must not hide the silence, nor the other way.
    if (!m_horn->problem().isEmpty())
        parts << m_horn->problem();
    // The silence counts down on an amber band where the operator looks: a silence that ends
    // unseen sounds as a surprise.
    QString style = QStringLiteral("color: #8ea4b8;");
    if (silencedUntil > 0)
        style = QStringLiteral("color: #000000; background: #ffb340; padding: 1px 6px;");
    else if (!m_horn->problem().isEmpty())
        style = QStringLiteral("color: #ff453a;");
    if (silencedUntil <= 0)
        m_silenceCountdown.stop();
    else if (!m_silenceCountdown.isActive())
        m_silenceCountdown.start();
    m_hornStatus->setText(parts.join(QStringLiteral("  ·  ")));
    m_hornStatus->setStyleSheet(style + QStringLiteral(" font-weight: bold;"));
}

} // namespace cop
