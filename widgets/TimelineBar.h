#pragma once

#include "TimelineTrack.h"

#include <QWidget>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;

namespace cop {

// The replay controls: previous/next alert, step, play/pause, speed 0.25x-64x, the timeline with
// its markers, and the recorded UTC time. It only presents and asks; the replay session decides.
// Each control is an action with a window-wide shortcut (the keys work wherever the focus is),
// shared by its button and the Replay menu.
class TimelineBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 kStepUs = 1'000'000;

    explicit TimelineBar(QWidget *parent = nullptr);

    void setRange(qint64 startUtcUs, qint64 endUtcUs);
    void setMarkers(std::vector<TimelineTrack::Marker> markers);
    void setPosition(qint64 utcUs);
    void setPlaying(bool playing);
    void setSpeed(double speed);

    static QList<double> speeds();

    // Previous alert, back one second, play/pause, forward one second, next alert, faster, slower.
    QList<QAction *> controls() const;

signals:
    void playPauseRequested();
    void seekRequested(qint64 utcUs);
    void speedRequested(double speed);
    void previousAlertRequested();
    void nextAlertRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QAction *addControl(const QKeySequence &shortcut, QHBoxLayout *buttons, const QString &symbol = {});
    void requestSpeedStep(int step);

    TimelineTrack *m_track;
    QAction *m_previousAlert;
    QAction *m_stepBack;
    QAction *m_play;
    QAction *m_stepForward;
    QAction *m_nextAlert;
    QAction *m_faster;
    QAction *m_slower;
    QComboBox *m_speed;
    QLabel *m_time;
    qint64 m_position = 0;
    bool m_playing = false;
};

} // namespace cop
