#include "TrackDetailsWidget.h"

#include "ContributorTableModel.h"
#include "fusion/FusedPicture.h"
#include "picture/RegionNames.h"
#include "TrackTableModel.h"

#include <QDateTime>
#include <QFormLayout>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace cop {

namespace {

QString utc(qint64 utcUs)
{
    return QDateTime::fromMSecsSinceEpoch(utcUs / 1000, QTimeZone::UTC).toString(u"HH:mm:ss'Z'");
}

} // namespace

void TrackDetailsWidget::setPlaceNamer(PlaceNamer namer)
{
    m_placeNamer = std::move(namer);
    refresh();
}

QString TrackDetailsWidget::where(const GeoPoint &point) const
{
    const QString latLon = QStringLiteral("%1, %2").arg(point.latDeg, 0, 'f', 3).arg(point.lonDeg, 0, 'f', 3);
    const QString place = m_placeNamer ? m_placeNamer(point) : QString();
    //: %1 coordinates, %2 the nearest place ("85 km ENE of Niigata")
    return place.isEmpty() ? latLon : tr("%1 (%2)").arg(latLon, place);
}

TrackDetailsWidget::TrackDetailsWidget(Picture *picture, FusedPicture *fusion, TrackTableModel *tracks,
                                       QWidget *parent)
    : QWidget(parent)
    , m_picture(picture)
    , m_fusion(fusion)
    , m_tracks(tracks)
    , m_form(new QFormLayout)
    , m_placeholder(new QLabel)
    , m_divergence(new QLabel)
    , m_contributors(new ContributorTableModel(fusion, this))
    , m_contributorView(new QTableView)
{
    m_placeholder->setWordWrap(true);
    m_divergence->setWordWrap(true);
    m_divergence->setStyleSheet(QStringLiteral("color: #ffb340;"));
    m_contributorView->setModel(m_contributors);
    m_contributorView->setSelectionMode(QAbstractItemView::NoSelection);
    m_contributorView->verticalHeader()->hide();
    m_contributorView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_contributorView->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addLayout(m_form);
    layout->addWidget(m_divergence);
    layout->addWidget(m_contributorView);
    layout->addStretch();
    connect(tracks, &QAbstractItemModel::dataChanged, this, &TrackDetailsWidget::refresh);
    connect(tracks, &QAbstractItemModel::modelReset, this, &TrackDetailsWidget::refresh);
    refresh();
}

void TrackDetailsWidget::setTrack(const std::optional<ServiceKey> &key)
{
    m_key = key;
    refresh();
}

void TrackDetailsWidget::setRow(const QString &name, const QString &value)
{
    for (int row = 0; row < m_form->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        if (label && label->text() == name) {
            static_cast<QLabel *>(m_form->itemAt(row, QFormLayout::FieldRole)->widget())->setText(value);
            return;
        }
    }
    auto *field = new QLabel(value);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long sensor list or launch line wraps: unwrapped, it would make the dock, and with it
    // the window, as wide as the text.
    field->setWordWrap(true);
    m_form->addRow(new QLabel(name), field);
}

void TrackDetailsWidget::changeEvent(QEvent *event)
{
    // Rows are found by their translated names: rebuild them all in the new language.
    if (event->type() == QEvent::LanguageChange) {
        while (m_form->rowCount() > 0)
            m_form->removeRow(0);
        refresh();
    }
    QWidget::changeEvent(event);
}

void TrackDetailsWidget::refresh()
{
    m_placeholder->setText(tr("Click a track on the map."));
    const int row = m_key ? m_tracks->rowOf(*m_key) : -1;
    m_placeholder->setVisible(row < 0);
    // An empty service names a fused track: its details come from its nations' tracks.
    const FusedTrack *fused = row >= 0 && m_fusion && m_key->service.isEmpty() ? m_fusion->find(m_key->id)
                                                                               : nullptr;
    refreshFusion(fused);
    if (row < 0 || !m_picture) {
        while (m_form->rowCount() > 0)
            m_form->removeRow(0);
        return;
    }
    for (int column = 0; column < TrackTableModel::ColumnCount; ++column) {
        setRow(m_tracks->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
               m_tracks->index(row, column).data().toString());
    }
    QList<ServiceKey> sources{*m_key};
    if (fused) {
        sources.clear();
        for (const Contributor &contributor : fused->contributors)
            sources.append(contributor.key);
    }
    QStringList sensors;
    for (const ServiceKey &source : std::as_const(sources)) {
        for (const QString &sensor : m_picture->tracks().value(source).state.sensors) {
            if (!sensors.contains(sensor))
                sensors.append(sensor);
        }
    }
    setRow(tr("Sensors"), sensors.join(QStringLiteral(", ")));
    // A fused track's one launch (LaunchChoice); in the raw view, the service's own.
    if (const Launch *launch = fused ? m_fusion->launch(*fused) : m_picture->launchOf(*m_key)) {
        const double spreadS = launchTimeSpread95S(*launch);
        setRow(tr("Launch"), spreadS > 0.0 ? tr("%1 ± %2 s (95 %) at %3")
                                                 .arg(utc(launch->launchTimeUtcUs))
                                                 .arg(spreadS, 0, 'f', 0)
                                                 .arg(where(launch->point))
                                           : tr("%1 at %2").arg(utc(launch->launchTimeUtcUs), where(launch->point)));
        if (launch->orbit || launch->failure)
            setRow(tr("Outcome"), outcome(*launch));
    }
    const auto found = m_picture->predictions().constFind(*m_key);
    const Prediction *prediction = fused ? m_fusion->prediction(*fused)
                                         : found == m_picture->predictions().cend() ? nullptr : &*found;
    if (prediction && prediction->orbital) {
        setRow(tr("Predicted impact"), noImpactBoundForOrbit()); // the alert row's words
    } else if (prediction) {
        setRow(tr("Predicted impact"),
               tr("%1 ± %2 s at %3%4")
                   .arg(utc(prediction->impactTimeUtcUs))
                   .arg(prediction->impactTimeSigmaS, 0, 'f', 0)
                   .arg(where(prediction->impactPoint),
                        prediction->provisional ? tr(" (provisional)") : QString()));
    }
}

QString TrackDetailsWidget::outcome(const Launch &launch) const
{
    if (launch.orbit) {
        return tr("In orbit since %1: %2 × %3 km, inclination %4°")
            .arg(utc(launch.outcomeUtcUs))
            .arg(launch.orbit->perigeeHeightM / 1000.0, 0, 'f', 0)
            .arg(launch.orbit->apogeeHeightM / 1000.0, 0, 'f', 0)
            .arg(launch.orbit->inclinationDeg, 0, 'f', 1);
    }
    const LaunchFailure &failure = *launch.failure;
    const QString stage = failure.stage > 0 ? tr("stage %1").arg(failure.stage) : tr("a stage");
    QString what;
    switch (failure.mode) {
    case FailureMode::NoIgnition:
        what = tr("%1 did not ignite").arg(stage);
        break;
    case FailureMode::BreakUp:
        what = tr("broke up");
        break;
    case FailureMode::FellShort:
        what = tr("%1 burned out short of orbit speed").arg(stage);
        break;
    case FailureMode::Unknown:
        what = tr("cause not reported");
        break;
    }
    // A break-up's service cannot yet say until when its pieces fall.
    if (failure.debrisUntilUtcUs <= 0)
        return tr("Failed at %1: %2; debris falls at %3").arg(utc(launch.outcomeUtcUs), what, where(failure.debrisPoint));
    return tr("Failed at %1: %2; debris falls at %3 until %4")
        .arg(utc(launch.outcomeUtcUs), what, where(failure.debrisPoint), utc(failure.debrisUntilUtcUs));
}

void TrackDetailsWidget::refreshFusion(const FusedTrack *fused)
{
    m_contributors->setTrack(fused ? fused->id : QString());
    m_contributorView->setVisible(fused);
    const QString divergence = m_contributors->divergenceText();
    m_divergence->setText(divergence);
    m_divergence->setVisible(!divergence.isEmpty());
}

} // namespace cop
