#pragma once

#include <QLabel>

namespace cop {

// Says, unmissably, that the picture is a recording: REPLAY, the recorded UTC time, and whose
// console recorded it. Amber on black, the colour nothing live uses.
class ReplayBanner : public QLabel
{
    Q_OBJECT

public:
    explicit ReplayBanner(QWidget *parent = nullptr);

    void setSource(const QString &consoleId, const QString &session);
    void setTime(qint64 utcUs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QString m_consoleId;
    QString m_session;
    qint64 m_timeUtcUs = 0;
};

} // namespace cop
