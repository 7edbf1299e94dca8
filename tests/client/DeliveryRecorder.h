#pragma once

#include "ServiceConnection.h"

#include <QElapsedTimer>
#include <QObject>

#include <vector>

// What a connection delivered, batch by batch: every sequence in order and every snapshot.
class DeliveryRecorder : public QObject
{
public:
    explicit DeliveryRecorder(cop::ServiceConnection &connection)
    {
        m_clock.start();
        connect(&connection, &cop::ServiceConnection::batchReady, this,
                [this](const cop::ServiceBatch &batch) {
                    batchTimesMs.push_back(m_clock.elapsed());
                    if (batch.snapshot)
                        snapshotAsOf.push_back(batch.snapshot->asOfSequence);
                    for (const cop::SequencedEvent &event : batch.events)
                        sequences.push_back(event.sequence);
                });
    }

    // The position the picture has reached: the newest event or snapshot delivered.
    quint64 position() const
    {
        if (!sequences.empty())
            return sequences.back();
        return snapshotAsOf.empty() ? 0 : snapshotAsOf.back();
    }

    std::vector<quint64> sequences;
    std::vector<quint64> snapshotAsOf;
    std::vector<qint64> batchTimesMs;

private:
    QElapsedTimer m_clock;
};
