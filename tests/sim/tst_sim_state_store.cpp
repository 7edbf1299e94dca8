// cop-sim's state store (sim/state/StateStore): what survives a crash, a torn write and a
// damaged disk, and that compaction keeps it small.
#include "AlertJournal.h"
#include "EventLog.h"
#include "StateStore.h"

#include <QtTest>

#include <QTemporaryDir>

#include <fstream>
#include <iterator>

using cop::sim::StateStore;

namespace {

cop::sim::v1::ServiceIdentity identity()
{
    cop::sim::v1::ServiceIdentity id;
    id.set_state_id("JP-test");
    id.set_nation(cop::v1::NATION_JP);
    id.set_seed(7);
    id.set_rate(1.0);
    id.set_start_utc_us(1'700'000'000'000'000);
    return id;
}

cop::v1::AlertUpdate alert(const std::string &id, int64_t impactUtcUs = 0)
{
    cop::v1::AlertUpdate update;
    update.set_alert_id(id);
    update.set_kind(cop::v1::ALERT_KIND_LAUNCH_DETECTED);
    update.set_track_id("JP-T0001");
    update.set_state(cop::v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED);
    update.set_predicted_impact_utc_us(impactUtcUs);
    return update;
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void writeFile(const std::string &path, const std::string &bytes)
{
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

// A store holding an identity, two alerts and one acknowledgement; returns the file's size
// before the acknowledgement, the last record.
size_t fillStore(const std::string &dir)
{
    StateStore store(dir);
    store.startOver(identity());
    store.alertChanged(alert("JP-A0001"));
    store.alertChanged(alert("JP-A0002"));
    const size_t beforeAck = store.fileBytes();
    store.acknowledged("JP-A0001", "Sato", "tokyo-1", 1'700'000'000'500'000);
    return beforeAck;
}

} // namespace

class StateStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void keepsIdentityAcknowledgementsAndAlertsAcrossReopening()
    {
        QTemporaryDir dir;
        fillStore(dir.path().toStdString());
        StateStore reopened(dir.path().toStdString());
        QVERIFY(reopened.identity());
        QCOMPARE(reopened.identity()->state_id(), std::string("JP-test"));
        QCOMPARE(reopened.alerts().size(), size_t(2));
        QCOMPARE(reopened.acknowledgements().size(), size_t(1));
        QCOMPARE(reopened.acknowledgements()[0].operator_name(), std::string("Sato"));
        QCOMPARE(reopened.recovery().tornBytes, size_t(0));
        QVERIFY(reopened.recovery().setAside.empty());
    }

    void cutsATornLastRecordAndAppendsAfterWhatSurvived()
    {
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString() + "/alerts.wal";
        const size_t beforeAck = fillStore(dir.path().toStdString());
        const std::string whole = readFile(path);
        // The crash came three bytes before the acknowledgement was all on disk.
        writeFile(path, whole.substr(0, whole.size() - 3));
        {
            StateStore store(dir.path().toStdString());
            QCOMPARE(store.recovery().tornBytes, whole.size() - 3 - beforeAck);
            QVERIFY(store.acknowledgements().empty());
            QCOMPARE(store.alerts().size(), size_t(2));
            store.acknowledged("JP-A0002", "Sato", "tokyo-1", 1'700'000'001'000'000);
        }
        StateStore again(dir.path().toStdString());
        QCOMPARE(again.recovery().tornBytes, size_t(0));
        QCOMPARE(again.acknowledgements().size(), size_t(1));
        QCOMPARE(again.acknowledgements()[0].alert_id(), std::string("JP-A0002"));
    }

    void aDamagedLastRecordIsTornAndADamagedEarlierOneSetsTheFileAside()
    {
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString() + "/alerts.wal";
        fillStore(dir.path().toStdString());
        const std::string whole = readFile(path);

        std::string lastFlipped = whole;
        lastFlipped.back() = char(lastFlipped.back() ^ 0x40);
        writeFile(path, lastFlipped);
        {
            StateStore store(dir.path().toStdString());
            QVERIFY(store.acknowledgements().empty());
            QVERIFY(store.recovery().setAside.empty());
            QVERIFY(store.recovery().tornBytes > 0);
        }

        // A bit flipped in the first record (the identity): nothing after it can be trusted.
        std::string firstFlipped = whole;
        firstFlipped[8 + 8 + 2] = char(firstFlipped[8 + 8 + 2] ^ 0x01);
        writeFile(path, firstFlipped);
        StateStore store(dir.path().toStdString());
        QVERIFY(!store.identity());
        QVERIFY(store.alerts().empty());
        QVERIFY(!store.recovery().setAside.empty());
        QCOMPARE(readFile(store.recovery().setAside), firstFlipped);
        // The new file is whole and takes appends.
        store.startOver(identity());
        StateStore reopened(dir.path().toStdString());
        QVERIFY(reopened.identity());
    }

    void compactionKeepsTheFileAsLargeAsTheStateNotTheHistory()
    {
        QTemporaryDir dir;
        constexpr size_t kCompactAbove = 16 << 10;
        size_t largest = 0;
        {
            StateStore store(dir.path().toStdString(), kCompactAbove);
            store.startOver(identity());
            // Ten alerts whose predicted impact time changes ten thousand times.
            for (int i = 0; i < 10000; ++i) {
                store.alertChanged(alert("JP-A000" + std::to_string(i % 10), i));
                largest = std::max(largest, store.fileBytes());
            }
            store.acknowledged("JP-A0003", "Sato", "tokyo-1", 1);
        }
        QVERIFY2(largest <= 2 * kCompactAbove + 1024, QByteArray::number(qulonglong(largest)));
        StateStore reopened(dir.path().toStdString(), kCompactAbove);
        QCOMPARE(reopened.alerts().size(), size_t(10));
        QCOMPARE(reopened.alerts().at("JP-A0009").predicted_impact_utc_us(), int64_t(9999));
        QCOMPARE(reopened.acknowledgements().size(), size_t(1));
        QVERIFY(reopened.identity());
    }

    void anAcknowledgementTheJournalCannotKeepIsNotApplied()
    {
        class FullDisk final : public cop::sim::AlertJournal
        {
        public:
            void acknowledged(const std::string &, const std::string &, const std::string &,
                              int64_t) override
            {
                throw cop::sim::AlertJournalError("disk full");
            }
            void alertChanged(const cop::v1::AlertUpdate &) override {}
        } journal;
        cop::sim::EventLog log("JP-1");
        cop::v1::PictureEvent event;
        *event.mutable_alert_update() = alert("JP-A0001");
        log.append(event);
        log.setAlertJournal(&journal);
        QVERIFY_THROWS_EXCEPTION(cop::sim::AlertJournalError,
                                 log.acknowledge("JP-A0001", "Sato", "tokyo-1", 1));
        QCOMPARE(log.alert("JP-A0001")->state(), cop::v1::ALERT_STATE_ACTIVE_UNACKNOWLEDGED);
        QCOMPARE(log.lastSequence(), uint64_t(1));
    }
};

QTEST_GUILESS_MAIN(StateStoreTest)
#include "tst_sim_state_store.moc"
