#pragma once

#include "BatchAssembler.h"
#include "picture/FeedStatus.h"
#include "journal/JournalReader.h"
#include "RecordingSurvey.h"

#include <QObject>
#include <QPointer>

#include <limits>
#include <vector>

namespace cop {

class Picture;

// Drives a Picture from a recording instead of live services: what ServiceConnections deliver
// live, it delivers from the journal up to a replay time. It never contacts a service.
//
// Forward play applies records in journal order. A seek backwards, or far ahead, restores the
// nearest keyframe at or before the target and plays forward from there; keyframes are pictures
// the live console recorded, and batches are regrouped exactly as it applied them (see
// BatchAssembler), so a seek reaches the picture that playing from the start would.
class ReplayEngine : public QObject
{
    Q_OBJECT

public:
    explicit ReplayEngine(Picture *picture, QObject *parent = nullptr);

    // Opens a recording (see JournalReader::open) and positions at its start.
    bool open(const QString &path, QString *error);

    const JournalReader &journal() const { return m_journal; }
    const RecordingSurvey &survey() const { return m_survey; }
    qint64 startUtcUs() const { return m_journal.startUtcUs(); }
    qint64 endUtcUs() const { return m_journal.endUtcUs(); }
    qint64 positionUtcUs() const { return m_position; }

    // The picture as it was at `timeUtcUs`: every record up to and including that time applied.
    // Forward it plays on from the position (or jumps to a keyframe when that is far behind the
    // target); backward it starts again from a keyframe.
    void seek(qint64 timeUtcUs);

    // Records from a damaged journal that were passed over while playing.
    quint64 undecodableRecords() const;

signals:
    // The same shapes ServiceConnection emits live, for anything else that listens to services.
    void batchReady(const cop::ServiceBatch &batch);
    void statusChanged(const cop::FeedStatus &status);
    void operatorAction(const cop::OperatorAction &action);
    // The picture was replaced from a keyframe: listeners that accumulate batches start over.
    void restored();
    void positionChanged(qint64 timeUtcUs);

private:
    void apply(qsizetype index);
    void rewind(qint64 timeUtcUs);
    // The end of the keyframes at or before the time.
    std::vector<std::pair<qint64, qsizetype>>::const_iterator keyframesUpTo(qint64 timeUtcUs) const;
    bool restoreKeyframe(qsizetype index);

    QPointer<Picture> m_picture;
    JournalReader m_journal;
    RecordingSurvey m_survey;
    std::vector<std::pair<qint64, qsizetype>> m_keyframes; // time, record index
    BatchAssembler m_assembler;
    qsizetype m_next = 0; // the first record not applied
    qint64 m_position = std::numeric_limits<qint64>::min(); // every record up to it applied
    quint64 m_undecodable = 0;
};

} // namespace cop
