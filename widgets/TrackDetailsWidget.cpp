#include "TrackDetailsWidget.h"

#include "TrackTableModel.h"

#include <QDateTime>
#include <QFormLayout>
#include <QEvent>
#include <QLabel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace cop {

namespace {

QString utc(qint64 utcUs)
{
    return QDateTime::fromMSecsSinceEpoch(utcUs / 1000, QTimeZone::UTC).toString(u"HH:mm:ss'Z'");
}

QString latLon(const GeoPoint &point)
{
    return QStringLiteral("%1, %2").arg(point.latDeg, 0, 'f', 3).arg(point.lonDeg, 0, 'f', 3);
}

} // namespace

TrackDetailsWidget::TrackDetailsWidget(Picture *picture, TrackTableModel *tracks, QWidget *parent)
    : QWidget(parent)
    , m_picture(picture)
    , m_tracks(tracks)
    , m_form(new QFormLayout)
    , m_placeholder(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addLayout(m_form);
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
    if (row < 0 || !m_picture) {
        while (m_form->rowCount() > 0)
            m_form->removeRow(0);
        return;
    }
    for (int column = 0; column < TrackTableModel::ColumnCount; ++column) {
        setRow(m_tracks->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
               m_tracks->index(row, column).data().toString());
    }
    const ServiceKey &key = *m_key;
    const Track &track = m_picture->tracks().value(key);
    setRow(tr("Sensors"), track.state.sensors.join(QStringLiteral(", ")));
    const auto &launches = m_picture->launches();
    for (auto it = launches.cbegin(); it != launches.cend(); ++it) {
        if (it.key().service == key.service && it->trackId == key.id)
            setRow(tr("Launch"), tr("%1 at %2").arg(utc(it->launchTimeUtcUs), latLon(it->point)));
    }
    const auto prediction = m_picture->predictions().constFind(key);
    if (prediction != m_picture->predictions().cend()) {
        setRow(tr("Predicted impact"),
               tr("%1 ± %2 s at %3%4")
                   .arg(utc(prediction->impactTimeUtcUs))
                   .arg(prediction->impactTimeSigmaS, 0, 'f', 0)
                   .arg(latLon(prediction->impactPoint),
                        prediction->provisional ? tr(" (provisional)") : QString()));
    }
}

} // namespace cop
