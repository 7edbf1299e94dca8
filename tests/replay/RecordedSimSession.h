#pragma once

// A real recording: cop-sim processes serving a short salvo, the console's service connections
// and Recorder writing the journal, and the alert log as the live console applied it. One
// operator acknowledges the first alert through the service, as a console's alert panel would.

#include "AlertLog.h"
#include "journal/JournalWriter.h"
#include "picture/Picture.h"
#include "Recorder.h"
#include "ServiceConnection.h"
#include "SimProcess.h"

#include "cop/v1/track_service.grpc.pb.h"

#include <grpcpp/create_channel.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

struct RecordedSimSession
{
    QTemporaryDir dir;
    QString journalDir;
    cop::AlertLog liveAlerts;
    cop::OperatorAction action;
    QString error;

    bool record()
    {
        journalDir = dir.filePath(QStringLiteral("journal"));
        std::vector<std::unique_ptr<QProcess>> sims;
        std::vector<std::unique_ptr<cop::ServiceConnection>> connections;
        cop::Picture picture;
        cop::JournalSettings settings;
        settings.directory = journalDir;
        cop::JournalWriter writer(settings, QStringLiteral("test-console"), {"US", "JP"});
        if (!writer.start(&error))
            return false;
        cop::Recorder recorder(&picture, &writer);
        recorder.setKeyframeInterval(std::chrono::milliseconds(700));
        QString usAddress;
        for (const char *nation : {"US", "JP"}) {
            // cop-sim scales velocities by its rate, and the console refuses speeds above
            // 12 km/s (client/WireLimits.h): at 5x these SRBMs (2 km/s at most) stay below.
            auto sim = std::make_unique<QProcess>();
            const int port = startSimProcess(*sim, QStringLiteral(COP_SIM_EXECUTABLE),
                                             {"--listen", "127.0.0.1:0", "--nation", nation,
                                              "--scenario", QStringLiteral(COP_REPLAY_FIXTURES "/short_salvo.json"),
                                              "--seed", "3", "--rate", "5"});
            if (port == 0) {
                error = QString::fromUtf8(sim->readAllStandardError());
                return false;
            }
            const QString address = QStringLiteral("127.0.0.1:%1").arg(port);
            if (usAddress.isEmpty())
                usAddress = address;
            auto connection = std::make_unique<cop::ServiceConnection>(QString::fromLatin1(nation), address,
                                                                       QStringLiteral("test-console"));
            QObject::connect(connection.get(), &cop::ServiceConnection::batchReady, &picture,
                             &cop::Picture::applyBatch);
            QObject::connect(connection.get(), &cop::ServiceConnection::batchReady, &picture,
                             [this](const cop::ServiceBatch &batch) { liveAlerts.add(batch); });
            QObject::connect(connection.get(), &cop::ServiceConnection::statusChanged, &picture,
                             &cop::Picture::updateFeed);
            recorder.attach(connection.get());
            connection->start();
            sims.push_back(std::move(sim));
            connections.push_back(std::move(connection));
        }

        // Acknowledge the first US alert as operator Kim, and journal that action.
        auto stub = cop::v1::TrackService::NewStub(
            grpc::CreateChannel(usAddress.toStdString(), grpc::InsecureChannelCredentials()));
        const bool acknowledged = QTest::qWaitFor([&] {
            for (auto it = picture.alerts().cbegin(); it != picture.alerts().cend(); ++it) {
                const cop::AlertUpdate &alert = it.value();
                if (it.key().service != QLatin1String("US"))
                    continue;
                grpc::ClientContext context;
                cop::v1::AcknowledgeAlertRequest request;
                request.set_alert_id(alert.alertId.toStdString());
                request.set_operator_name("Kim");
                request.set_console_id("test-console");
                cop::v1::AcknowledgeAlertReply reply;
                if (!stub->AcknowledgeAlert(&context, request, &reply).ok())
                    return false;
                action.kind = cop::OperatorAction::Kind::Acknowledge;
                action.operatorName = QStringLiteral("Kim");
                action.consoleId = QStringLiteral("test-console");
                action.service = QStringLiteral("US");
                action.alertId = alert.alertId;
                recorder.recordOperatorAction(action);
                return true;
            }
            return false;
        }, 20000);
        if (!acknowledged) {
            error = QStringLiteral("no US alert to acknowledge");
            return false;
        }
        // Until both shots have impacted for both services.
        const bool impacted = QTest::qWaitFor([&] {
            // The service clears a flight's alerts when it impacts.
            int cleared = 0;
            for (const QString &line : liveAlerts.lines())
                cleared += line.contains(QStringLiteral(" state=3 ")) || line.contains(QStringLiteral(" state=4 ")) ? 1 : 0;
            return cleared >= 4 && picture.tracks().isEmpty();
        }, 150000);
        for (auto &connection : connections)
            connection->stop();
        for (auto &sim : sims) {
            sim->terminate();
            sim->waitForFinished(5000);
        }
        writer.flush();
        if (!impacted)
            error = QStringLiteral("the shots did not impact in time");
        return impacted;
    }
};
