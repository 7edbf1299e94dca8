// The marking that governs a picture from several nations' feeds (core/picture/ClassificationMarking).
#include "picture/ClassificationMarking.h"

#include <QTest>

using namespace cop;
using namespace Qt::StringLiterals;

namespace {

FeedStatus heard(const QString &service, const QString &marking)
{
    FeedStatus feed;
    feed.service = service;
    feed.lastHeardUtcUs = 1;
    feed.marking = marking;
    return feed;
}

QHash<QString, FeedStatus> feeds(std::initializer_list<FeedStatus> list)
{
    QHash<QString, FeedStatus> all;
    for (const FeedStatus &feed : list)
        all.insert(feed.service, feed);
    return all;
}

} // namespace

class ClassificationMarkingTest : public QObject
{
    Q_OBJECT

private slots:
    void levelIsTheFirstField_data()
    {
        QTest::addColumn<QString>("marking");
        QTest::addColumn<int>("level");
        QTest::newRow("unclassified") << u"UNCLASSIFIED // SIMULATED DATA // JP"_s << int(MarkingLevel::Unclassified);
        QTest::newRow("lower case, no spaces") << u"secret//rel to usa, jpn"_s << int(MarkingLevel::Secret);
        QTest::newRow("abbreviated") << u"TS//SCI"_s << int(MarkingLevel::TopSecret);
        QTest::newRow("confidential") << u" CONFIDENTIAL "_s << int(MarkingLevel::Confidential);
        QTest::newRow("a nation's own level") << u"대외비"_s << int(MarkingLevel::Unknown);
        QTest::newRow("secret in a caveat only") << u"PROPRIETARY // SECRET"_s << int(MarkingLevel::Unknown);
        QTest::newRow("look-alike") << u"SECRETARIAT"_s << int(MarkingLevel::Unknown);
    }

    void levelIsTheFirstField()
    {
        QFETCH(QString, marking);
        QFETCH(int, level);
        QCOMPARE(int(markingLevel(marking)), level);
    }

    void theMostRestrictiveFeedGoverns()
    {
        const GoverningMarking marking = governingMarking(
            feeds({heard(u"US"_s, u"UNCLASSIFIED // SIMULATED DATA // US"_s),
                   heard(u"JP"_s, u"SECRET // REL TO USA, JPN, KOR"_s),
                   heard(u"KR"_s, u"CONFIDENTIAL // REL TO USA, JPN, KOR"_s)}));
        QVERIFY(marking.anyFeed);
        QCOMPARE(int(marking.level), int(MarkingLevel::Secret));
        QCOMPARE(marking.markings, QStringList{u"SECRET // REL TO USA, JPN, KOR"_s});
        QVERIFY(marking.unmarked.isEmpty());
        QCOMPARE(markingLine(marking), u"SECRET // REL TO USA, JPN, KOR"_s);
    }

    void differentMarkingsAtOneLevelAreAllShown()
    {
        const GoverningMarking marking = governingMarking(
            feeds({heard(u"US"_s, u"UNCLASSIFIED // SIMULATED DATA // US"_s),
                   heard(u"JP"_s, u"UNCLASSIFIED // SIMULATED DATA // JP"_s),
                   heard(u"KR"_s, u"UNCLASSIFIED // SIMULATED DATA // JP"_s)}));
        QCOMPARE(int(marking.level), int(MarkingLevel::Unclassified));
        QCOMPARE(markingLine(marking),
                 u"UNCLASSIFIED // SIMULATED DATA // JP | UNCLASSIFIED // SIMULATED DATA // US"_s);
    }

    void anUnknownLevelOutranksTopSecretAndIsShownVerbatim()
    {
        const GoverningMarking marking = governingMarking(
            feeds({heard(u"US"_s, u"TOP SECRET // REL TO USA, JPN, KOR"_s), heard(u"KR"_s, u"II급 비밀"_s)}));
        QCOMPARE(int(marking.level), int(MarkingLevel::Unknown));
        QCOMPARE(marking.markings, QStringList{u"II급 비밀"_s});
    }

    void dataWithoutAMarkingOutranksEverything()
    {
        FeedStatus silent;
        silent.service = u"KR"_s; // configured, never heard: nothing of it is on screen
        const GoverningMarking marking = governingMarking(
            feeds({heard(u"US"_s, u"SECRET"_s), heard(u"JP"_s, QString()), silent}));
        QCOMPARE(int(marking.level), int(MarkingLevel::Unknown));
        QVERIFY(marking.markings.isEmpty());
        QCOMPARE(marking.unmarked, QStringList{u"JP"_s});
        QCOMPARE(markingLine(marking), u"UNMARKED DATA FROM JP"_s);
    }

    void aFeedThatWentDownStillCounts()
    {
        FeedStatus down = heard(u"JP"_s, u"SECRET"_s);
        down.state = FeedState::Down;
        QCOMPARE(int(governingMarking(feeds({heard(u"US"_s, u"UNCLASSIFIED"_s), down})).level),
                 int(MarkingLevel::Secret));
    }

    void nothingHeardIsNoMarking()
    {
        FeedStatus silent;
        silent.service = u"US"_s;
        QVERIFY(!governingMarking(feeds({silent})).anyFeed);
        QVERIFY(!governingMarking({}).anyFeed);
        QCOMPARE(markingLine(governingMarking({})), u"NO FEED: NO MARKING"_s);
    }
};

QTEST_GUILESS_MAIN(ClassificationMarkingTest)
#include "tst_classification_marking.moc"
