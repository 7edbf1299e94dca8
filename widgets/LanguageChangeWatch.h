#pragma once

#include <QObject>

namespace cop {

// Tells a model, once, that the language changed. Models are not widgets, so they learn it from
// the application object, which gets LanguageChange for every translator removed or installed:
// a switch of language is three or four of them in a row. Each would make every view of the
// model measure its columns again (tens of thousands of rows on the track table), so the burst
// is answered once, when the event loop next runs, with every translator in place.
class LanguageChangeWatch : public QObject
{
    Q_OBJECT

public:
    explicit LanguageChangeWatch(QObject *parent);

signals:
    void languageChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_pending = false;
};

} // namespace cop
