#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cop {

namespace {

// A menu's or an action's text without its mnemonic ("&File", "ファイル(&F)") or ellipsis.
QString plain(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)|&(?=.)"));
    text.remove(mnemonic);
    if (text.endsWith(u'…'))
        text.chop(1);
    return text.trimmed();
}

void collectMenu(const QMenu *menu, QList<QAction *> *actions)
{
    for (QAction *action : menu->actions()) {
        if (action->menu())
            collectMenu(action->menu(), actions);
        else if (!action->shortcuts().isEmpty())
            actions->append(action);
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
    , m_window(window)
    , m_note(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    resize(640, 720);
    m_note->setWordWrap(true);
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    rebuild();
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    // Queued: the window's actions take their new texts on the same language change, maybe after
    // this dialog has had it.
    if (event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(this, &ShortcutsDialog::rebuild, Qt::QueuedConnection);
    QDialog::changeEvent(event);
}

QString ShortcutsDialog::areaOf(const QAction *action) const
{
    QString area;
    const QList<QObject *> owners = action->associatedObjects();
    for (auto *w = qobject_cast<QWidget *>(owners.isEmpty() ? action->parent() : owners.first());
         w && area.isEmpty(); w = w->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            area = dock->windowTitle();
        else if (!w->accessibleName().isEmpty())
            area = w->accessibleName();
    }
    if (area.isEmpty())
        area = tr("Main window");
    if (action->shortcutContext() == Qt::WidgetShortcut || action->shortcutContext() == Qt::WidgetWithChildrenShortcut)
        return tr("%1, with the keyboard focus").arg(area);
    return area;
}

void ShortcutsDialog::rebuild()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_note->setText(tr("Keys under an area \"with the keyboard focus\" work while that area has it; "
                       "the others work anywhere in the window. In lists and tables the arrow keys "
                       "move, and Tab moves to the next control."));
    m_list->setHeaderLabels({tr("Keys"), tr("Function")});
    m_list->clear();

    QList<std::pair<QString, QList<QAction *>>> groups;
    QList<QAction *> listed;
    // The menus first, as the menu bar orders them: what the mouse finds, the keyboard finds.
    for (QAction *entry : m_window->menuBar()->actions()) {
        if (!entry->menu() || !entry->isVisible())
            continue;
        QList<QAction *> actions;
        collectMenu(entry->menu(), &actions);
        if (!actions.isEmpty())
            groups.append({plain(entry->text()), actions});
        listed += actions;
    }
    // Then the panels' and the map's own, which no menu holds.
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || listed.contains(action))
            continue;
        const QString area = areaOf(action);
        auto group = std::find_if(groups.begin(), groups.end(), [&](const auto &g) { return g.first == area; });
        if (group == groups.end())
            groups.append({area, {action}});
        else
            group->second.append(action);
    }

    for (const auto &[title, actions] : groups) {
        auto *heading = new QTreeWidgetItem(m_list, {title});
        heading->setFirstColumnSpanned(true);
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        for (const QAction *action : actions) {
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys << key.toString(QKeySequence::NativeText);
            new QTreeWidgetItem(heading, {keys.join(QStringLiteral(", ")), plain(action->text())});
        }
    }
    m_list->expandAll();
}

} // namespace cop
