#pragma once

#include "picture/PictureEvents.h"

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

    // Empty while the horn can sound; composed in the current language on each call.
    QString problem() const;

signals:
    void problemChanged();

private:
    enum class Problem { None, NoOutput, NoToneDirectory, ToneNotWritten, PlaybackFailed };

    void checkOutput();
    void setProblem(Problem problem, const QString &detail = {});
    QSoundEffect *effectFor(Severity severity) const;

    QTemporaryDir m_tones;
    std::array<QSoundEffect *, 3> m_effects{}; // advisory, warning, critical; null without output
    Severity m_playing = Severity::Unknown;
    double m_volume = 0.8;
    Problem m_problem = Problem::None;
    QString m_problemDetail;
};

} // namespace cop
