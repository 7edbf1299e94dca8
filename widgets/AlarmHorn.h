#pragma once

#include "PictureEvents.h"

#include <QObject>
#include <QTemporaryDir>

#include <array>

class QSoundEffect;

namespace cop {

// The audible alarm: plays the tone of one severity over and over until told to stop (the
// Annunciator decides when). Without an audio output it plays nothing and says so through
// problem(), which the panel shows and stderr logs: an alarm that cannot sound must not look
// like one that has nothing to say.
class AlarmHorn : public QObject
{
    Q_OBJECT

public:
    explicit AlarmHorn(QObject *parent = nullptr);
    ~AlarmHorn() override;

    // Severity::Unknown stops it.
    void sound(cop::Severity severity);
    Severity playing() const { return m_playing; }

    void setVolume(double volume); // 0..1
    double volume() const { return m_volume; }

    // Empty while the horn can sound.
    QString problem() const { return m_problem; }

signals:
    void problemChanged(const QString &problem);

private:
    void checkOutput();
    void setProblem(const QString &problem);
    QSoundEffect *effectFor(Severity severity) const;

    QTemporaryDir m_tones;
    std::array<QSoundEffect *, 3> m_effects{}; // advisory, warning, critical; null without output
    Severity m_playing = Severity::Unknown;
    double m_volume = 0.8;
    QString m_problem;
};

} // namespace cop
