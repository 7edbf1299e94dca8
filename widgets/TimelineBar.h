#pragma once

#include "TimelineTrack.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace cop {

// The replay controls: previous/next alert, step, play/pause, speed 0.25x-64x, the timeline with
// its markers, and the recorded UTC time. It only presents and asks; the replay session decides.
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
    QToolButton *addButton(const QString &symbol);

    TimelineTrack *m_track;
    QToolButton *m_previousAlert;
    QToolButton *m_stepBack;
    QToolButton *m_play;
    QToolButton *m_stepForward;
    QToolButton *m_nextAlert;
    QComboBox *m_speed;
    QLabel *m_time;
    qint64 m_position = 0;
    bool m_playing = false;
};

} // namespace cop
