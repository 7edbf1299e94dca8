#pragma once

#include <QWidget>

#include <vector>

class QLabel;

namespace cop {

// View > Legend: the MIL-STD-2525D symbols the map draws, each as the map draws it, with what it
// stands for in the operator's language.
class SymbolLegend : public QWidget
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
