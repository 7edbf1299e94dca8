#include "AlertPanel.h"

#include "AlarmHorn.h"
#include "AlertDetailsDialog.h"
#include "AlertTableModel.h"
#include "AlertTreeView.h"
#include "AlertText.h"
#include "alerts/Annunciator.h"

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
    connect(m_table, &QAbstractItemView::doubleClicked, this, &AlertPanel::centreOn);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &) {
        showDetails();
    });
    // Rows are rebuilt whenever the list changes; the operator's selection and the missiles
    // they opened must survive that.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_selectionToRestore = selectedKeys();
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
    });

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_acknowledge = addShortcutAction(Qt::CTRL | Qt::Key_K, &AlertPanel::acknowledgeSelected);
    m_acknowledgeAll = addShortcutAction(Qt::CTRL | Qt::SHIFT | Qt::Key_K,
                                         &AlertPanel::acknowledgeAllVisible);
    toolBar->addAction(m_acknowledge);
    toolBar->addAction(m_acknowledgeAll);

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
    retranslateUi();

    m_flashTimer.setInterval(kFlashHalfPeriod);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] {
        m_model->setHighlightUnacknowledged(!m_model->highlightsUnacknowledged());
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

void AlertPanel::setActionText(QAction *action, const QString &text)
{
    action->setText(text);
    action->setToolTip(tr("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText)));
}

void AlertPanel::retranslateUi()
{
    setActionText(m_acknowledge, tr("Acknowledge"));
    setActionText(m_acknowledgeAll, tr("Acknowledge all visible…"));
    const QString shelveTexts[] = {tr("Shelve for 5 minutes"), tr("Shelve for 10 minutes"),
                                   tr("Shelve for 15 minutes"), tr("Shelve until unshelved")};
    for (size_t i = 0; i < m_shelveActions.size(); ++i)
        m_shelveActions[i]->setText(shelveTexts[i]);
    m_shelveMenu->setTitle(tr("Shelve"));
    m_shelveButton->setText(tr("Shelve"));
    setActionText(m_unshelve, tr("Unshelve"));
    setActionText(m_reset, tr("Reset"));
    setActionText(m_details, tr("Details…"));
    setActionText(m_silence, tr("Silence horn"));
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
    } else {
        m_flashTimer.start();
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
    QList<ServiceKey> unacknowledged;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (const ServiceKey &key : m_model->keysAt(row)) {
            const Alert alert = m_alerts->alerts().value(key);
            if (isUnacknowledged(alert.state()) && !alert.ackPending)
                unacknowledged.append(key);
        }
    }
    if (unacknowledged.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Acknowledge all visible"),
        tr("Acknowledge %n visible unacknowledged alert(s) as %1?", nullptr, int(unacknowledged.size()))
            .arg(m_alerts->operatorName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    for (const ServiceKey &key : unacknowledged)
        m_alerts->acknowledge(key);
}

void AlertPanel::shelveSelected(std::optional<std::chrono::minutes> duration)
{
    for (const ServiceKey &key : selectedKeys())
        m_alerts->shelve(key, duration);
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
    else if (const auto p = m_picture->predictions().constFind(track); p != m_picture->predictions().cend())
        emit centreRequested(p->impactPoint.latDeg, p->impactPoint.lonDeg);
}

void AlertPanel::updateHornStatus()
{
    QString text;
    QString color = QStringLiteral("#8ea4b8");
    if (!m_horn->problem().isEmpty()) {
        text = m_horn->problem();
        color = QStringLiteral("#ff453a");
    } else if (const qint64 until = m_annunciator->silencedUntilUtcUs(); until > 0) {
        text = tr("Horn silenced until %1").arg(AlertText::utcTime(until));
        color = QStringLiteral("#ffb340");
    } else if (m_annunciator->sounding() != Severity::Unknown) {
        text = tr("Horn sounding: %1").arg(AlertText::severity(m_annunciator->sounding()));
    }
    m_hornStatus->setText(text);
    m_hornStatus->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(color));
}

} // namespace cop
