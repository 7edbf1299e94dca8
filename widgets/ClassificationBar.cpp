#include "ClassificationBar.h"

#include "picture/Picture.h"
#include "SteadyHeight.h"

#include <QEvent>

namespace cop {

ClassificationBar::ClassificationBar(Picture *picture, QWidget *parent)
    : QLabel(parent)
    , m_picture(picture)
{
    setObjectName(QStringLiteral("classificationBar"));
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // A feed's marking comes with its status; a replay seek (Picture::restore) reports every
    // feed it replaces, so track batches need not be watched.
    connect(picture, &Picture::feedChanged, this, &ClassificationBar::refresh);
    display(governingMarking(picture->feeds()));
    keepLabelHeight(this);
}

std::pair<QColor, QColor> ClassificationBar::colors(const GoverningMarking &marking)
{
    if (!marking.anyFeed)
        return {QColor(0x5f, 0x63, 0x68), Qt::white};
    switch (marking.level) {
    case MarkingLevel::Unclassified:
        return {QColor(0x00, 0x7a, 0x33), Qt::white};
    case MarkingLevel::Confidential:
        return {QColor(0x00, 0x33, 0xa0), Qt::white};
    case MarkingLevel::Secret:
        return {QColor(0xc8, 0x10, 0x2e), Qt::white};
    case MarkingLevel::TopSecret:
        return {QColor(0xff, 0x8c, 0x00), Qt::black};
    case MarkingLevel::Unknown:
        break;
    }
    return {QColor(0xfc, 0xe8, 0x3a), Qt::black};
}

QString ClassificationBar::bannerText(const GoverningMarking &marking)
{
    if (!marking.anyFeed)
        return tr("No classification marking: no data from any track service yet");
    QStringList parts = marking.markings;
    if (!marking.unmarked.isEmpty())
        parts.append(tr("Unmarked data from %1").arg(marking.unmarked.join(u", ")));
    return parts.join(u"  |  ");
}

void ClassificationBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        display(m_shown);
    QLabel::changeEvent(event);
}

void ClassificationBar::refresh()
{
    if (!m_picture)
        return;
    const GoverningMarking marking = governingMarking(m_picture->feeds());
    if (marking != m_shown)
        display(marking);
}

void ClassificationBar::display(const GoverningMarking &marking)
{
    m_shown = marking;
    // A style sheet, as the dark theme's own: a palette would lose to it.
    const auto [background, foreground] = colors(marking);
    setStyleSheet(QStringLiteral("QLabel#classificationBar { background-color: %1; color: %2;"
                                 " font-weight: bold; padding: 2px 4px; }")
                      .arg(background.name(), foreground.name()));
    setText(bannerText(marking));
}

} // namespace cop
