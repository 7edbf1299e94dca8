#pragma once

// A picture watchdog raising into an alert book, armed as a console arms it, with a pipeline
// part ("test job") whose start a test sets.

#include "alerts/AlertBook.h"
#include "alerts/PictureWatchdog.h"

#include <QTest>

#include <atomic>

struct ArmedWatchdog
{
    ArmedWatchdog()
        : book(&picture, QStringLiteral("Kim"), QStringLiteral("seoul-1"))
        , watchdog(&book)
    {
        watchdog.watch(QStringLiteral("test job"), [this] { return jobStartedMs.load(); });
        watchdog.start();
        QTest::qWait(200); // armed once the event loop turns
    }

    const cop::Alert *alert() const
    {
        const auto it = book.alerts().constFind({cop::PictureWatchdog::kAlertService, cop::PictureWatchdog::kAlertId});
        return it == book.alerts().cend() ? nullptr : &*it;
    }

    cop::Picture picture;
    cop::AlertBook book;
    std::atomic<qint64> jobStartedMs{0};
    cop::PictureWatchdog watchdog;
};
