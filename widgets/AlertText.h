#pragma once

#include "alerts/AlertBook.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cop {

// The operator-language text of alerts, composed from their structured fields (docs/alerts.md:
// services never send prose). Whole sentences with placeholders, so every language can order
// the words its own way; times are 24-hour UTC with a Z in every locale (docs/glossary.md).
class AlertText
{
    Q_DECLARE_TR_FUNCTIONS(AlertText)

public:
    static QString severity(Severity severity);
    static QString kind(AlertKind kind);
    static QString state(const Alert &alert);
    static QString stateName(AlertState state);
    // What a state asks of the operator, where its name alone does not say; else empty.
    static QString stateExplanation(AlertState state);
    static QString event(const std::optional<AlertEvent> &event);
    // A history line's note, or empty when it has none.
    static QString note(AlertNote note, const QString &service);
    static QString region(const QString &regionId);
    // Where an alert says its missile comes down, or what it says instead; empty when it names
    // no region.
    static QString region(const AlertUpdate &report);
    // A nation's service naming the region it predicts, where the console says otherwise:
    // "JP: Japan's EEZ (approx.)".
    static QString serviceSays(const QString &service, const QString &region);
    // The console's region of a missile with those statements: "Open sea [JP: Japan's EEZ
    // (approx.)]".
    static QString regionAndOtherwise(const QString &region, const QStringList &otherwise);
    // The alert as one sentence, e.g. "Launch detected: track US-0001. Predicted impact:
    // Japan's EEZ, approx. 21:57:12Z."
    static QString sentence(const Alert &alert, qint64 impactUtcUs);
    static QString acknowledgedBy(const AlertUpdate &report);
    static QString utcTime(qint64 utcUs);
    // A launch's time with its 95 % spread when the service stated one; a dash without a launch.
    static QString launchTime(const Launch *launch);
    // Time left until `targetUtcUs`, as MM:SS (H:MM:SS past an hour); a dash when unknown.
    static QString countdown(qint64 targetUtcUs, qint64 nowUtcUs);
    static QString exerciseWatermark();
};

} // namespace cop
