// Every alert kind as a whole sentence in every language the console speaks: composed from the
// structured fields in each language's own word order, never from a service's prose.
#include "AlertText.h"
#include "LanguageManager.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace cop;
using namespace Qt::StringLiterals;

namespace {

Alert alertOf(AlertKind kind, const QString &regionId)
{
    Alert alert;
    alert.key = {QStringLiteral("JP"), QStringLiteral("A-1")};
    alert.report.alertId = QStringLiteral("A-1");
    alert.report.kind = kind;
    alert.report.trackId = QStringLiteral("JP-T0001");
    alert.report.regionId = regionId;
    return alert;
}

const qint64 kImpactUtcUs =
    QDateTime(QDate(2026, 11, 27), QTime(21, 57, 12), QTimeZone::UTC).toMSecsSinceEpoch() * 1000;

} // namespace

class TestAlertSentences : public QObject
{
    Q_OBJECT

private:
    LanguageManager m_languages;

private slots:
    void composesEveryKindInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *language, AlertKind kind, const char *region,
                            const QString &expected) {
            QTest::newRow(name) << QString::fromLatin1(language) << int(kind) << QString::fromLatin1(region)
                                << expected;
        };
        row("en launch", "en", AlertKind::LaunchDetected, "jp.eez",
            u"Launch detected: track JP-T0001. Predicted impact: Japan's EEZ (approx.), approx. 21:57:12Z."_s);
        row("ko launch", "ko", AlertKind::LaunchDetected, "jp.eez",
            u"발사 탐지: 항적 JP-T0001. 예상 탄착: 일본 EEZ (근사), 21:57:12Z경."_s);
        row("ja launch", "ja", AlertKind::LaunchDetected, "jp.eez",
            u"発射を探知: 航跡 JP-T0001。落下予測: 日本のEEZ(概略)、21:57:12Z頃。"_s);
        for (const auto kind : {AlertKind::ImpactInTerritory, AlertKind::ImpactInEez, AlertKind::ImpactAtSea}) {
            const QByteArray suffix = QByteArray::number(int(kind));
            row(("en impact " + suffix).constData(), "en", kind, "jp.territory",
                u"Predicted impact of track JP-T0001: Japanese territory, approx. 21:57:12Z."_s);
            row(("ko impact " + suffix).constData(), "ko", kind, "jp.territory",
                u"항적 JP-T0001 예상 탄착: 일본 영역, 21:57:12Z경."_s);
            row(("ja impact " + suffix).constData(), "ja", kind, "jp.territory",
                u"航跡 JP-T0001 の落下予測: 日本の領域、21:57:12Z頃。"_s);
        }
        row("en overflight", "en", AlertKind::Overflight, "jp.territory",
            u"Track JP-T0001 is predicted to fly over: Japanese territory."_s);
        row("ko overflight", "ko", AlertKind::Overflight, "jp.territory",
            u"항적 JP-T0001 상공 통과 예상: 일본 영역."_s);
        row("ja overflight", "ja", AlertKind::Overflight, "jp.territory",
            u"航跡 JP-T0001 は日本の領域の上空を通過する見込み。"_s);
        row("en lost", "en", AlertKind::TrackLost, "sea", u"Track JP-T0001 was lost."_s);
        row("ko lost", "ko", AlertKind::TrackLost, "sea", u"항적 JP-T0001 소실."_s);
        row("ja lost", "ja", AlertKind::TrackLost, "sea", u"航跡 JP-T0001 が消失。"_s);
        row("en impacted", "en", AlertKind::ImpactOccurred, "sea-of-japan",
            u"Track JP-T0001 impacted: Sea of Japan (East Sea)."_s);
        row("ko impacted", "ko", AlertKind::ImpactOccurred, "sea-of-japan", u"항적 JP-T0001 탄착: 동해."_s);
        row("ja impacted", "ja", AlertKind::ImpactOccurred, "sea-of-japan", u"航跡 JP-T0001 が落下: 日本海。"_s);
        row("en feed", "en", AlertKind::FeedLost, "", u"No data from track service JP: the picture is incomplete."_s);
        row("ko feed", "ko", AlertKind::FeedLost, "",
            u"항적 서비스 JP 데이터 수신 두절: 상황도가 불완전합니다."_s);
        row("ja feed", "ja", AlertKind::FeedLost, "",
            u"航跡サービス JP からデータ受信途絶: 状況図は不完全です。"_s);
        row("en invalid data", "en", AlertKind::FeedInvalid, "",
            u"Track service JP sends invalid data: the console refuses part of what it reports. "
            u"The track services panel shows the last reason."_s);
        row("en orbit", "en", AlertKind::OrbitReached, "",
            u"Space launch track JP-T0001 entered orbit: it does not come down."_s);
        row("ko orbit", "ko", AlertKind::OrbitReached, "", u"위성 발사 항적 JP-T0001 궤도 진입: 낙하하지 않음."_s);
        row("ja orbit", "ja", AlertKind::OrbitReached, "", u"航跡 JP-T0001(人工衛星の打ち上げ)が軌道投入: 落下なし。"_s);
        row("en debris", "en", AlertKind::DebrisFalling, "jp.territory",
            u"Space launch track JP-T0001 failed: debris falls in Japanese territory until approx. 21:57:12Z."_s);
        row("ko debris", "ko", AlertKind::DebrisFalling, "jp.territory",
            u"위성 발사 항적 JP-T0001 실패: 일본 영역에 잔해 낙하, 21:57:12Z경까지."_s);
        row("ja debris", "ja", AlertKind::DebrisFalling, "jp.territory",
            u"航跡 JP-T0001(人工衛星の打ち上げ)失敗: 日本の領域に破片が落下、21:57:12Z頃まで。"_s);
        row("en stage drop", "en", AlertKind::StageDrop, "jp.territory",
            u"Spent stage or fairing JP-T0001 falls in Japanese territory at approx. 21:57:12Z."_s);
        row("ko stage drop", "ko", AlertKind::StageDrop, "jp.territory",
            u"분리된 단 또는 페어링 JP-T0001 낙하: 일본 영역, 21:57:12Z경."_s);
        row("ja stage drop", "ja", AlertKind::StageDrop, "jp.territory",
            u"分離した段またはフェアリング JP-T0001 の落下: 日本の領域、21:57:12Z頃。"_s);
        row("en unknown", "en", AlertKind::Unknown, "sea", u"Alert A-1 on track JP-T0001."_s);
        row("ko unknown", "ko", AlertKind::Unknown, "sea", u"항적 JP-T0001 경보 A-1."_s);
        row("ja unknown", "ja", AlertKind::Unknown, "sea", u"航跡 JP-T0001 のアラーム A-1。"_s);
    }

    void composesEveryKindInEveryLanguage()
    {
        QFETCH(QString, language);
        QFETCH(int, kind);
        QFETCH(QString, region);
        QFETCH(QString, expected);
        QString error;
        QVERIFY2(m_languages.setLanguage(language, &error), qPrintable(error));
        QCOMPARE(AlertText::sentence(alertOf(AlertKind(kind), region), kImpactUtcUs), expected);
    }

    void coversEveryAlertKind()
    {
        // A new kind must get its own sentence (and a row above), not the generic fallback.
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        const QString fallback = AlertText::sentence(alertOf(AlertKind::Unknown, "sea"), kImpactUtcUs);
        for (int kind = int(AlertKind::Unknown) + 1; kind <= int(AlertKind::StageDrop); ++kind)
            QVERIFY2(AlertText::sentence(alertOf(AlertKind(kind), "sea"), kImpactUtcUs) != fallback,
                     qPrintable(QString::number(kind)));
    }
};

QTEST_MAIN(TestAlertSentences)
#include "tst_alert_sentences.moc"
