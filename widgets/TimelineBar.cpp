#include "TimelineBar.h"

#include "ActionText.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeZone>
#include <QToolButton>

#include <algorithm>

namespace cop {

TimelineBar::TimelineBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    // Symbols rather than words on the buttons: they need no room in Korean or Japanese;
    // tooltips and the Replay menu say the words.
    m_previousAlert = addControl(Qt::CTRL | Qt::SHIFT | Qt::Key_Left, layout, QStringLiteral("⏮"));
    m_stepBack = addControl(Qt::CTRL | Qt::Key_Left, layout, QStringLiteral("◀︎◀︎"));
    m_play = addControl(Qt::CTRL | Qt::Key_P, layout, QStringLiteral("▶"));
    m_stepForward = addControl(Qt::CTRL | Qt::Key_Right, layout, QStringLiteral("▶︎▶︎"));
    m_nextAlert = addControl(Qt::CTRL | Qt::SHIFT | Qt::Key_Right, layout, QStringLiteral("⏭"));
    m_faster = addControl(Qt::CTRL | Qt::Key_Up, nullptr);
    m_slower = addControl(Qt::CTRL | Qt::Key_Down, nullptr);

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

    connect(m_play, &QAction::triggered, this, &TimelineBar::playPauseRequested);
    connect(m_previousAlert, &QAction::triggered, this, &TimelineBar::previousAlertRequested);
    connect(m_nextAlert, &QAction::triggered, this, &TimelineBar::nextAlertRequested);
    connect(m_stepBack, &QAction::triggered, this, [this] { emit seekRequested(m_position - kStepUs); });
    connect(m_stepForward, &QAction::triggered, this, [this] { emit seekRequested(m_position + kStepUs); });
    connect(m_faster, &QAction::triggered, this, [this] { requestSpeedStep(1); });
    connect(m_slower, &QAction::triggered, this, [this] { requestSpeedStep(-1); });
    connect(m_track, &TimelineTrack::seekRequested, this, &TimelineBar::seekRequested);
    connect(m_speed, &QComboBox::activated, this,
            [this](int index) { emit speedRequested(m_speed->itemData(index).toDouble()); });
    retranslate();
}

QList<double> TimelineBar::speeds()
{
    return {0.25, 0.5, 1, 2, 4, 8, 16, 32, 64};
}

QList<QAction *> TimelineBar::controls() const
{
    return {m_previousAlert, m_stepBack, m_play, m_stepForward, m_nextAlert, m_faster, m_slower};
}

QAction *TimelineBar::addControl(const QKeySequence &shortcut, QHBoxLayout *buttons, const QString &symbol)
{
    auto *action = new QAction(this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action);
    if (buttons) {
        action->setIconText(symbol);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setMinimumWidth(34);
        buttons->addWidget(button);
    }
    return action;
}

void TimelineBar::requestSpeedStep(int step)
{
    const int index = std::clamp(m_speed->currentIndex() + step, 0, m_speed->count() - 1);
    if (index != m_speed->currentIndex())
        emit speedRequested(m_speed->itemData(index).toDouble());
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
    m_play->setIconText(playing ? QStringLiteral("⏸") : QStringLiteral("▶"));
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
    ActionText::set(m_previousAlert, tr("Previous alert"));
    ActionText::set(m_stepBack, tr("Back one second"));
    ActionText::set(m_play, m_playing ? tr("Pause") : tr("Play"));
    ActionText::set(m_stepForward, tr("Forward one second"));
    ActionText::set(m_nextAlert, tr("Next alert"));
    ActionText::set(m_faster, tr("Faster"));
    ActionText::set(m_slower, tr("Slower"));
    m_speed->setToolTip(tr("Replay speed"));
    m_track->setToolTip(tr("Drag to seek"));
}

} // namespace cop
