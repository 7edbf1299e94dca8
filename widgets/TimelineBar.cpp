#include "TimelineBar.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeZone>
#include <QToolButton>

namespace cop {

TimelineBar::TimelineBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    // Symbols rather than words: they need no room in Korean or Japanese; tooltips explain.
    m_previousAlert = addButton(QStringLiteral("⏮"));
    m_stepBack = addButton(QStringLiteral("◀︎◀︎"));
    m_play = addButton(QStringLiteral("▶"));
    m_stepForward = addButton(QStringLiteral("▶︎▶︎"));
    m_nextAlert = addButton(QStringLiteral("⏭"));
    for (QToolButton *button : {m_previousAlert, m_stepBack, m_play, m_stepForward, m_nextAlert})
        layout->addWidget(button);

    m_speed = new QComboBox(this);
    for (double speed : speeds())
        m_speed->addItem(QStringLiteral("%1×").arg(speed), speed);
    m_speed->setCurrentIndex(int(speeds().indexOf(1.0)));
    layout->addWidget(m_speed);

    m_track = new TimelineTrack(this);
    layout->addWidget(m_track, 1);

    m_time = new QLabel(this);
    m_time->setTextFormat(Qt::PlainText);
    QFont mono = m_time->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setBold(true);
    m_time->setFont(mono);
    layout->addWidget(m_time);

    connect(m_play, &QToolButton::clicked, this, &TimelineBar::playPauseRequested);
    connect(m_previousAlert, &QToolButton::clicked, this, &TimelineBar::previousAlertRequested);
    connect(m_nextAlert, &QToolButton::clicked, this, &TimelineBar::nextAlertRequested);
    connect(m_stepBack, &QToolButton::clicked, this, [this] { emit seekRequested(m_position - kStepUs); });
    connect(m_stepForward, &QToolButton::clicked, this, [this] { emit seekRequested(m_position + kStepUs); });
    connect(m_track, &TimelineTrack::seekRequested, this, &TimelineBar::seekRequested);
    connect(m_speed, &QComboBox::activated, this,
            [this](int index) { emit speedRequested(m_speed->itemData(index).toDouble()); });
    retranslate();
}

QList<double> TimelineBar::speeds()
{
    return {0.25, 0.5, 1, 2, 4, 8, 16, 32, 64};
}

QToolButton *TimelineBar::addButton(const QString &symbol)
{
    auto *button = new QToolButton(this);
    button->setText(symbol);
    button->setAutoRaise(true);
    button->setMinimumWidth(34);
    return button;
}

void TimelineBar::setRange(qint64 startUtcUs, qint64 endUtcUs)
{
    m_track->setRange(startUtcUs, endUtcUs);
}

void TimelineBar::setMarkers(std::vector<TimelineTrack::Marker> markers)
{
    m_track->setMarkers(std::move(markers));
}

void TimelineBar::setPosition(qint64 utcUs)
{
    m_position = utcUs;
    m_track->setPosition(utcUs);
    m_time->setText(QDateTime::fromMSecsSinceEpoch(utcUs / 1000, QTimeZone::UTC)
                        .toString(u"yyyy-MM-dd HH:mm:ss.z'Z'"));
}

void TimelineBar::setPlaying(bool playing)
{
    m_playing = playing;
    m_play->setText(playing ? QStringLiteral("⏸") : QStringLiteral("▶"));
    retranslate();
}

void TimelineBar::setSpeed(double speed)
{
    const int index = m_speed->findData(speed);
    if (index >= 0)
        m_speed->setCurrentIndex(index);
}

void TimelineBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimelineBar::retranslate()
{
    m_previousAlert->setToolTip(tr("Previous alert"));
    m_stepBack->setToolTip(tr("Back one second"));
    m_play->setToolTip(m_playing ? tr("Pause") : tr("Play"));
    m_stepForward->setToolTip(tr("Forward one second"));
    m_nextAlert->setToolTip(tr("Next alert"));
    m_speed->setToolTip(tr("Replay speed"));
    m_track->setToolTip(tr("Drag to seek"));
}

} // namespace cop
