#pragma once

#include "DebriefSurvey.h"
#include "picture/Picture.h"

#include <QHash>

namespace cop {

// Gathers the geography of a DebriefSurvey: every track, its trail, its last prediction and the
// launches, from a picture as it stands and from the batches applied to it after that. It keeps
// what the picture forgets (dropped tracks, replaced predictions, trails beyond the picture's
// bound), so a track dropped early in a window is still in its survey.
class DebriefCollector
{
public:
    explicit DebriefCollector(DebriefWindow window);

    // Everything a picture holds now: its tracks at their current positions, their predictions
    // and launches.
    void takePicture(const Picture &picture);
    // What one batch applied.
    void takeBatch(const ServiceBatch &batch);

    DebriefSurvey &survey() { return m_survey; }

private:
    void track(const QString &service, const TrackUpdate &update);
    void drop(const QString &service, const TrackDrop &drop);
    void prediction(const QString &service, const Prediction &prediction);
    void launch(const QString &service, const Launch &launch);

    DebriefSurvey m_survey;
    QHash<ServiceKey, size_t> m_tracks;      // -> index in m_survey.tracks
    QHash<ServiceKey, size_t> m_predictions; // by track id
    QHash<ServiceKey, size_t> m_launches;    // by launch id
};

} // namespace cop
