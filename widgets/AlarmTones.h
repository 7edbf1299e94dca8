#pragma once

#include "picture/PictureEvents.h"

#include <QByteArray>

namespace cop {

// One period of the alarm horn's tone for a severity, as a 16-bit mono PCM WAV file: distinct
// rhythm and pitch per severity (fast high two-tone for critical, double beep for warning,
// single low beep for advisory), with the silence that paces its repetition included.
QByteArray alarmToneWav(Severity severity);

} // namespace cop
