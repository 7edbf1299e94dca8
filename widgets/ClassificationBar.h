#pragma once

#include "picture/ClassificationMarking.h"

#include <QColor>
#include <QLabel>
#include <QPointer>

namespace cop {

class Picture;

// The classification banner: the marking that governs the picture (core/picture/ClassificationMarking)
// across the window, in the colour the convention gives its level. A console window carries two,
// at its top and at its bottom. In replay it shows the marking of the replayed moment: the
// markings come with the recorded feed states.
class ClassificationBar : public QLabel
{
    Q_OBJECT

public:
    explicit ClassificationBar(Picture *picture, QWidget *parent = nullptr);

    // Background and text colours of a level: green, blue, red, orange; yellow for a level not
    // known (ranked above all); grey while no feed has delivered anything.
    static std::pair<QColor, QColor> colors(const GoverningMarking &marking);
    // What the banner says, in the operator's language where it is not the services' own text.
    static QString bannerText(const GoverningMarking &marking);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void display(const GoverningMarking &marking);

    QPointer<Picture> m_picture;
    GoverningMarking m_shown;
};

} // namespace cop
