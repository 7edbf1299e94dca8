#include "AlarmTones.h"

#include <QDataStream>
#include <QIODevice>

#include <cmath>
#include <numbers>
#include <vector>

namespace cop {

namespace {

constexpr int kSampleRate = 22050;
constexpr double kFadeS = 0.005; // no clicks at the edges of a beep

struct Beep
{
    double frequencyHz; // 0: a pause
    double durationS;
};

std::vector<Beep> patternFor(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return {{1400, 0.12}, {0, 0.04}, {1000, 0.12}, {0, 0.04}, {1400, 0.12}, {0, 0.04},
                {1000, 0.12}, {0, 0.40}};
    case Severity::Warning:
        return {{880, 0.18}, {0, 0.10}, {880, 0.18}, {0, 0.84}};
    case Severity::Advisory:
    case Severity::Unknown:
        break;
    }
    return {{523, 0.30}, {0, 2.20}};
}

} // namespace

QByteArray alarmToneWav(Severity severity)
{
    std::vector<qint16> samples;
    for (const Beep &beep : patternFor(severity)) {
        const int count = int(beep.durationS * kSampleRate);
        const int fade = int(kFadeS * kSampleRate);
        for (int i = 0; i < count; ++i) {
            double value = 0.0;
            if (beep.frequencyHz > 0) {
                const double envelope = std::min({1.0, double(i) / fade, double(count - i) / fade});
                value = 0.8 * envelope
                        * std::sin(2 * std::numbers::pi * beep.frequencyHz * i / kSampleRate);
            }
            samples.push_back(qint16(std::lround(value * 32767)));
        }
    }

    const quint32 dataBytes = quint32(samples.size() * sizeof(qint16));
    QByteArray wav;
    QDataStream out(&wav, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("RIFF", 4);
    out << quint32(36 + dataBytes);
    out.writeRawData("WAVEfmt ", 8);
    out << quint32(16) << quint16(1) << quint16(1) << quint32(kSampleRate)
        << quint32(kSampleRate * 2) << quint16(2) << quint16(16);
    out.writeRawData("data", 4);
    out << dataBytes;
    for (qint16 sample : samples)
        out << sample;
    return wav;
}

} // namespace cop
