#pragma once

#include <QObject>

namespace cop {

// What feeds a console's picture: the live track services, or a recording in their place
// (docs/architecture.md, "The composition root"). A ConsoleSession owns one; nothing below the
// picture knows which it is.
class PictureSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts feeding the picture. False, with the reason, only when the source has nothing to
    // feed it from (a recording that cannot be read); trouble a live console carries on through
    // (a journal that cannot record) the source reports as it happens.
    virtual bool start(QString *error) = 0;
};

} // namespace cop
