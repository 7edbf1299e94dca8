#pragma once

#include <QScrollArea>

#include <vector>

class QLabel;

namespace cop {

// View > Legend: the MIL-STD-2525D symbols the map draws, each as the map draws it, with what it
// stands for in the operator's language. Scrolled on a short window or at a large font, never
// cut at the side: as wide as its longest meaning in the language shown.
class SymbolLegend : public QScrollArea
{
    Q_OBJECT

public:
    explicit SymbolLegend(QWidget *parent = nullptr);

    // One per symbol shown, in order: its image and its meaning.
    struct Entry
    {
        QLabel *symbol;
        QLabel *meaning;
    };
    const std::vector<Entry> &entries() const { return m_entries; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void retranslate();
    void drawSymbols();

    std::vector<Entry> m_entries;
    std::vector<QLabel *> m_headings;
    QLabel *m_note;
};

} // namespace cop
