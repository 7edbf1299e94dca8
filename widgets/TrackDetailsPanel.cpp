#include "TrackDetailsPanel.h"

#include "ContributorTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace cop {

TrackDetailsPanel::TrackDetailsPanel(FusedPicture *fusion, QWidget *parent)
    : QWidget(parent)
    , m_fusion(fusion)
    , m_model(new ContributorTableModel(fusion, this))
    , m_summary(new QLabel(this))
{
    auto *table = new QTableView(this);
    table->setModel(m_model);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(table);
    connect(fusion, &FusedPicture::changed, this, &TrackDetailsPanel::updateSummary);
    updateSummary();
}

void TrackDetailsPanel::showTrack(const QString &fusedId)
{
    m_model->setTrack(fusedId);
    updateSummary();
}

void TrackDetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateSummary();
    QWidget::changeEvent(event);
}

void TrackDetailsPanel::updateSummary()
{
    const FusedTrack *track = m_model->track().isEmpty() ? nullptr : m_fusion->find(m_model->track());
    if (!track) {
        m_summary->setText(tr("Select a track to see which nations report it."));
        m_summary->setStyleSheet({});
        return;
    }
    const QString divergence = m_model->divergenceText();
    QString text = tr("Track %1, reported by %2").arg(track->id, track->nations().join(QStringLiteral(", ")));
    if (!divergence.isEmpty())
        text += u'\n' + divergence;
    m_summary->setText(text);
    m_summary->setStyleSheet(divergence.isEmpty() ? QString() : QStringLiteral("color: #ffb340;"));
}

} // namespace cop
