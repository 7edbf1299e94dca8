#pragma once

#include "interop/CotEvent.h"
#include "picture/ClassificationMarking.h"
#include "picture/ImpactDebrief.h"
#include "picture/PictureEvents.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cop {

// A UTC window of a recording, both ends included.
struct DebriefWindow
{
    qint64 fromUtcUs = 0;
    qint64 toUtcUs = 0;

    bool contains(qint64 utcUs) const { return utcUs >= fromUtcUs && utcUs <= toUtcUs; }
};

struct TrailPoint
{
    qint64 timeUtcUs = 0;
    GeoPoint point;
};

// A track as it was during the window: where it went, and how it ended if it did.
struct TrackHistory
{
    QString service;
    TrackUpdate last;              // its last state in the window
    std::vector<TrailPoint> trail; // oldest first, one point a second at most, the last state last
    std::optional<TrackDrop> drop; // dropped by its service within the window
};

struct ServicePrediction
{
    QString service;
    Prediction prediction;
};

struct ServiceLaunch
{
    QString service;
    Launch launch;
};

// One alert as the debrief table lists it: the fields the alert panel shows, in its words.
struct DebriefAlert
{
    QString service;
    AlertUpdate first;                 // as first received
    std::optional<Acknowledgement> firstAcknowledgement;
    QString finalState;                // AlertText's state text, as the panel showed it last
};

// What existed in a window of a recording: the one source every export format renders, so each
// says the same about the same window. Built from a recording by surveyRecording()
// (RecordingWindow.h) or from one picture by DebriefCollector.
struct DebriefSurvey
{
    DebriefWindow window;
    GoverningMarking marking;
    std::vector<TrackHistory> tracks;           // every track that existed in the window
    std::vector<ServicePrediction> predictions; // each track's last prediction in the window
    std::vector<ServiceLaunch> launches;
    std::vector<ImpactDebrief> impacts;         // impacts in the window, predicted against actual
    std::vector<DebriefAlert> alerts;           // in the order first received
    std::vector<CotEvent> cot; // the console's CoT output over the window, when collected (DebriefCot)
};

} // namespace cop
