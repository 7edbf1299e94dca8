#include "AlarmHorn.h"

#include "AlarmTones.h"

#include <QAudioDevice>
#include <QFile>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

namespace cop {

Q_LOGGING_CATEGORY(lcHorn, "cop.horn")

namespace {

constexpr Severity kSeverities[] = {Severity::Advisory, Severity::Warning, Severity::Critical};

} // namespace

AlarmHorn::AlarmHorn(QObject *parent)
    : QObject(parent)
{
    auto *devices = new QMediaDevices(this);
    connect(devices, &QMediaDevices::audioOutputsChanged, this, &AlarmHorn::checkOutput);
    checkOutput();
}

AlarmHorn::~AlarmHorn() = default;

void AlarmHorn::checkOutput()
{
    const QAudioDevice output = QMediaDevices::defaultAudioOutput();
    if (output.isNull()) {
        qDeleteAll(m_effects);
        m_effects.fill(nullptr);
        setProblem(Problem::NoOutput);
        return;
    }
    if (!m_tones.isValid()) {
        setProblem(Problem::NoToneDirectory, m_tones.errorString());
        return;
    }
    for (size_t i = 0; i < m_effects.size(); ++i) {
        if (m_effects[i])
            continue;
        const Severity severity = kSeverities[i];
        const QString path = m_tones.filePath(QStringLiteral("tone-%1.wav").arg(int(severity)));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(alarmToneWav(severity)) < 0) {
            setProblem(Problem::ToneNotWritten, path + QStringLiteral(": ") + file.errorString());
            return;
        }
        auto *effect = new QSoundEffect(output, this);
        effect->setSource(QUrl::fromLocalFile(path));
        effect->setLoopCount(QSoundEffect::Infinite);
        effect->setVolume(float(m_volume));
        connect(effect, &QSoundEffect::statusChanged, this, [this, effect] {
            if (effect->status() == QSoundEffect::Error)
                setProblem(Problem::PlaybackFailed, QMediaDevices::defaultAudioOutput().description());
        });
        m_effects[i] = effect;
    }
    setProblem(Problem::None);
    sound(std::exchange(m_playing, Severity::Unknown));
}

QSoundEffect *AlarmHorn::effectFor(Severity severity) const
{
    for (size_t i = 0; i < m_effects.size(); ++i) {
        if (kSeverities[i] == severity)
            return m_effects[i];
    }
    return nullptr;
}

void AlarmHorn::sound(Severity severity)
{
    if (severity == m_playing)
        return;
    if (QSoundEffect *current = effectFor(m_playing))
        current->stop();
    m_playing = severity;
    if (QSoundEffect *next = effectFor(severity))
        next->play();
}

void AlarmHorn::setVolume(double volume)
{
    m_volume = std::clamp(volume, 0.0, 1.0);
    for (QSoundEffect *effect : m_effects) {
        if (effect)
            effect->setVolume(float(m_volume));
    }
}

QString AlarmHorn::problem() const
{
    switch (m_problem) {
    case Problem::None:
        break;
    case Problem::NoOutput:
        return tr("No audio output: the alarm horn cannot sound. Watch the alert panel.");
    case Problem::NoToneDirectory:
        return tr("Cannot prepare the alarm tones: %1").arg(m_problemDetail);
    case Problem::ToneNotWritten:
        return tr("Cannot write the alarm tone: %1").arg(m_problemDetail);
    case Problem::PlaybackFailed:
        return tr("The alarm horn failed to play on %1.").arg(m_problemDetail);
    }
    return {};
}

void AlarmHorn::setProblem(Problem problem, const QString &detail)
{
    if (problem == m_problem && detail == m_problemDetail)
        return;
    m_problem = problem;
    m_problemDetail = detail;
    if (problem != Problem::None)
        qCWarning(lcHorn).noquote() << this->problem();
    emit problemChanged();
}

} // namespace cop
