#include "ReplayEngine.h"

#include "journal/PayloadCodec.h"
#include "picture/Picture.h"

#include <algorithm>
#include <limits>

namespace cop {

namespace {

// Forward play applies records one by one; past this many ahead a keyframe is quicker.
constexpr qsizetype kPlayRatherThanSeek = 20'000;

} // namespace

ReplayEngine::ReplayEngine(Picture *picture, QObject *parent)
    : QObject(parent)
    , m_picture(picture)
    , m_assembler([this](const ServiceBatch &batch) {
        m_picture->applyBatch(batch);
        emit batchReady(batch);
    })
{}

bool ReplayEngine::open(const QString &path, QString *error)
{
    if (!m_journal.open(path, error))
        return false;
    m_assembler.setTracksPerService(m_journal.header().tracksPerService);
    m_survey = RecordingSurvey::of(m_journal);
    m_keyframes.clear();
    for (qsizetype i = 0; i < m_journal.size(); ++i) {
        const JournalReader::Head head = m_journal.head(i);
        if (head.kind == JournalRecord::Kind::Keyframe)
            m_keyframes.emplace_back(head.timeUtcUs, i);
    }
    rewind(std::numeric_limits<qint64>::min());
    seek(startUtcUs());
    return true;
}

quint64 ReplayEngine::undecodableRecords() const
{
    return m_undecodable + m_assembler.undecodable();
}

std::vector<std::pair<qint64, qsizetype>>::const_iterator
ReplayEngine::keyframesUpTo(qint64 timeUtcUs) const
{
    return std::upper_bound(m_keyframes.begin(), m_keyframes.end(), timeUtcUs,
                            [](qint64 t, const auto &keyframe) { return t < keyframe.first; });
}

void ReplayEngine::rewind(qint64 timeUtcUs)
{
    // The last keyframe at or before the target; failing that (none, or damaged), the start.
    auto it = keyframesUpTo(timeUtcUs);
    while (it != m_keyframes.begin()) {
        if (restoreKeyframe((--it)->second))
            return;
    }
    m_assembler.reset();
    m_picture->restore({});
    m_next = 0;
    m_position = std::numeric_limits<qint64>::min();
    emit restored();
}

bool ReplayEngine::restoreKeyframe(qsizetype index)
{
    const std::optional<PictureContent> content = journal::decodePicture(m_journal.record(index).payload);
    if (!content) {
        ++m_undecodable;
        return false;
    }
    m_assembler.reset();
    m_picture->restore(*content);
    m_next = index + 1;
    m_position = m_journal.head(index).timeUtcUs;
    emit restored();
    return true;
}

void ReplayEngine::seek(qint64 timeUtcUs)
{
    if (timeUtcUs < m_position)
        rewind(timeUtcUs);
    if (!m_keyframes.empty()) {
        // Far ahead: jump to a keyframe if one lies between here and the target.
        const auto it = keyframesUpTo(timeUtcUs);
        if (it != m_keyframes.begin() && (it - 1)->second > m_next + kPlayRatherThanSeek)
            restoreKeyframe((it - 1)->second);
    }
    while (m_next < m_journal.size() && m_journal.head(m_next).timeUtcUs <= timeUtcUs)
        apply(m_next++);
    m_assembler.finish();
    m_position = timeUtcUs;
    m_picture->setReplayClock(timeUtcUs);
    emit positionChanged(timeUtcUs);
}

void ReplayEngine::apply(qsizetype index)
{
    const JournalRecord record = m_journal.record(index);
    switch (record.kind) {
    case JournalRecord::Kind::Inbound:
        m_assembler.add(record);
        break;
    case JournalRecord::Kind::FeedStatus:
        if (auto status = journal::decodeFeedStatus(record.payload)) {
            m_picture->updateFeed(*status);
            emit statusChanged(*status);
        } else {
            ++m_undecodable;
        }
        break;
    case JournalRecord::Kind::OperatorAction:
        if (auto action = journal::decodeOperatorAction(record.payload))
            emit operatorAction(*action);
        else
            ++m_undecodable;
        break;
    case JournalRecord::Kind::Keyframe:
        break; // playing through, the picture already is what the keyframe holds
    case JournalRecord::Kind::ConsoleAlert:
        break; // the replay's own AlertBook raises feed alerts from the feed records
    }
}

} // namespace cop
