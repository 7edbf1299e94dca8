#pragma once

// The journal's own payloads: what the console writes besides the services' raw messages. The
// decoders accept any bytes and say no to anything that does not decode completely.

#include "picture/FeedStatus.h"
#include "journal/OperatorAction.h"
#include "picture/Picture.h"

#include <QByteArray>

#include <optional>

namespace cop::journal {

QByteArray encodeFeedStatus(const FeedStatus &status);
std::optional<FeedStatus> decodeFeedStatus(QByteArrayView payload);

QByteArray encodeOperatorAction(const OperatorAction &action);
std::optional<OperatorAction> decodeOperatorAction(QByteArrayView payload);

QByteArray encodeConsoleAlert(const AlertUpdate &alert);
std::optional<AlertUpdate> decodeConsoleAlert(QByteArrayView payload);

// A keyframe: the whole picture, exactly (doubles bit for bit), so that a seek that starts from
// it reaches the same picture as playing from the start.
QByteArray encodePicture(const PictureContent &content);
std::optional<PictureContent> decodePicture(QByteArrayView payload);

} // namespace cop::journal
