#pragma once

#include <QWidget>

class QLabel;

namespace cop {

class ContributorTableModel;
class FusedPicture;

// One fused track in detail: which nations report it, under which ids, how fresh and how
// accurate, whose prediction is shown, and why it is marked when the nations disagree.
class TrackDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TrackDetailsPanel(FusedPicture *fusion, QWidget *parent = nullptr);

    void showTrack(const QString &fusedId);
    ContributorTableModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSummary();

    FusedPicture *const m_fusion;
    ContributorTableModel *m_model;
    QLabel *m_summary;
};

} // namespace cop
