#include "session/ConsoleSession.h"

namespace cop {

ConsoleSession::ConsoleSession(const QString &operatorName, const QString &consoleId, QObject *parent)
    : QObject(parent)
    , m_localPredictions(&m_picture)
    , m_alerts(&m_picture, operatorName, consoleId)
    , m_annunciator(&m_alerts)
    , m_fusion(&m_picture, &m_alerts)
    , m_watchdog(&m_alerts)
{
    // Alert ages and shelf expiries follow the picture's clock, which a replay sets.
    m_alerts.setClock([this] { return m_picture.nowUtcUs(); });
    // A service that lost its state raises its alerts again on new track ids: the same missile
    // is the same fused track, or the one the old track belonged to when it went.
    m_alerts.setSameMissile([fusion = &m_fusion](const QString &service, const QString &before,
                                                 const QString &now) {
        const QString missileBefore = fusion->missileIdOf({service, before});
        const QString missileNow = fusion->missileIdOf({service, now});
        return !missileBefore.isEmpty() && !missileNow.isEmpty()
               && fusion->currentIdOf(missileBefore) == fusion->currentIdOf(missileNow);
    });
    m_watchdog.watch(QStringLiteral("track fusion"), [fusion = &m_fusion] { return fusion->passStartedMs(); });
    m_watchdog.start();

    connect(&m_alerts, &AlertBook::operatorActed, this, &ConsoleSession::operatorActed);
    connect(&m_annunciator, &Annunciator::silenceChanged, this, [this] {
        // The end of a silence is the horn's doing, not the operator's.
        if (m_annunciator.silencedUntilUtcUs() == 0)
            return;
        OperatorAction action = actionOf(OperatorAction::Kind::Silence);
        action.durationS = std::chrono::duration<double>(Annunciator::kSilenceDuration).count();
        emit operatorActed(action);
    });
}

void ConsoleSession::setSource(std::unique_ptr<PictureSource> source)
{
    m_source = std::move(source);
}

void ConsoleSession::reportLanguageSwitch(const QString &language)
{
    OperatorAction action = actionOf(OperatorAction::Kind::LanguageSwitch);
    action.language = language;
    emit operatorActed(action);
}

OperatorAction ConsoleSession::actionOf(OperatorAction::Kind kind) const
{
    OperatorAction action;
    action.kind = kind;
    action.operatorName = m_alerts.operatorName();
    action.consoleId = m_alerts.consoleId();
    return action;
}

} // namespace cop
