#include "SymbolLegend.h"

#include "interop/SymbolCode.h"
#include "picture/Picture.h"
#include "SymbolImages.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPixmap>
#include <QScrollBar>

#include <optional>

namespace cop {

namespace {

// Rows come grouped by section, in this order.
enum class Section { Tracks, Exercise, SpaceLaunches, Points };
const char *const kHeadings[] = {QT_TRANSLATE_NOOP("cop::SymbolLegend", "Tracks"),
                                 QT_TRANSLATE_NOOP("cop::SymbolLegend", "Exercise"),
                                 QT_TRANSLATE_NOOP("cop::SymbolLegend", "Space launches"),
                                 QT_TRANSLATE_NOOP("cop::SymbolLegend", "Points")};

// What the map draws, each as it draws it (OverlayScene): a track's symbol for its affiliation,
// in or above the atmosphere, current or stale; its launch point and predicted impact point.
struct Row
{
    Section section;
    SymbolEntity entity;
    Affiliation affiliation;
    bool exercise;
    double heightM;
    symbolImages::Look look;
    const char *meaning;
};
using enum symbolImages::Look;
constexpr double kSpaceM = 200'000.0;
const Row kRows[] = {
    {Section::Tracks, SymbolEntity::BallisticMissile, Affiliation::Hostile, false, 0.0, Current,
     QT_TRANSLATE_NOOP("cop::SymbolLegend", "Hostile ballistic missile")},
    {Section::Tracks, SymbolEntity::BallisticMissile, Affiliation::Suspect, false, 0.0, Current,
     QT_TRANSLATE_NOOP("cop::SymbolLegend", "Suspect ballistic missile")},
    {Section::Tracks, SymbolEntity::BallisticMissile, Affiliation::Unknown, false, 0.0, Current,
     QT_TRANSLATE_NOOP("cop::SymbolLegend", "Unknown ballistic missile")},
    {Section::Tracks, SymbolEntity::BallisticMissile, Affiliation::Friend, false, 0.0, Current,
     QT_TRANSLATE_NOOP("cop::SymbolLegend", "Friendly ballistic missile")},
    {Section::Tracks, SymbolEntity::BallisticMissile, Affiliation::Hostile, false, kSpaceM, Current,
     QT_TRANSLATE_NOOP("cop::SymbolLegend", "Hostile ballistic missile above 100 km")},
    {Section::Tracks, SymbolEntity::BallisticMissile, Affiliation::Hostile, false, 0.0, Stale,
     QT_TRANSLATE_NOOP("cop::SymbolLegend", "Stale track (no report for %1 s)")},
    {Section::Exercise, SymbolEntity::BallisticMissile, Affiliation::Hostile, true, 0.0, Current,
     QT_TRANSLATE_NOOP("cop::SymbolLegend", "Faker (hostile in an exercise)")},
    {Section::Exercise, SymbolEntity::BallisticMissile, Affiliation::Suspect, true, 0.0, Current,
     QT_TRANSLATE_NOOP("cop::SymbolLegend", "Joker (suspect in an exercise)")},
    {Section::Exercise, SymbolEntity::BallisticMissile, Affiliation::Unknown, true, 0.0, Current,
     QT_TRANSLATE_NOOP("cop::SymbolLegend", "Exercise unknown")},
    {Section::Exercise, SymbolEntity::BallisticMissile, Affiliation::Friend, true, 0.0, Current,
     QT_TRANSLATE_NOOP("cop::SymbolLegend", "Exercise friend")},
    {Section::SpaceLaunches, SymbolEntity::SpaceLaunchVehicle, Affiliation::Hostile, false, 0.0, Current,
     QT_TRANSLATE_NOOP("cop::SymbolLegend", "Satellite launch vehicle")},
    {Section::SpaceLaunches, SymbolEntity::SpacePiece, Affiliation::Hostile, false, 0.0, Current,
     QT_TRANSLATE_NOOP("cop::SymbolLegend", "Spent stage, fairing or debris")},
    {Section::SpaceLaunches, SymbolEntity::Satellite, Affiliation::Hostile, false, 0.0, Current,
     QT_TRANSLATE_NOOP("cop::SymbolLegend", "Satellite in orbit")},
    {Section::Points, SymbolEntity::LaunchPoint, Affiliation::Hostile, false, 0.0, Current,
     QT_TRANSLATE_NOOP("cop::SymbolLegend", "Launch point")},
    {Section::Points, SymbolEntity::PredictedImpactPoint, Affiliation::Hostile, false, 0.0, Current,
     QT_TRANSLATE_NOOP("cop::SymbolLegend", "Predicted impact point")},
};

QString codeOf(const Row &row)
{
    return symbolCode(row.entity, row.affiliation, row.exercise, row.heightM);
}

} // namespace

SymbolLegend::SymbolLegend(QWidget *parent)
    : QScrollArea(parent)
{
    auto *content = new QWidget;
    m_note = new QLabel(content);
    auto *grid = new QGridLayout(content);
    grid->setColumnStretch(1, 1);
    int line = 0;
    std::optional<Section> section;
    for (const Row &row : kRows) {
        if (row.section != section) {
            section = row.section;
            auto *heading = new QLabel(content);
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
            grid->addWidget(heading, line++, 0, 1, 2);
            m_headings.push_back(heading);
        }
        Entry entry{new QLabel(content), new QLabel(content)};
        entry.symbol->setAlignment(Qt::AlignCenter);
        grid->addWidget(entry.symbol, line, 0);
        grid->addWidget(entry.meaning, line++, 1);
        m_entries.push_back(entry);
    }
    m_note->setWordWrap(true);
    grid->addWidget(m_note, line++, 0, 1, 2);
    grid->setRowStretch(line, 1);
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    drawSymbols();
    retranslate();
}

QSize SymbolLegend::minimumSizeHint() const
{
    return {widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(),
            QScrollArea::minimumSizeHint().height()};
}

QSize SymbolLegend::sizeHint() const
{
    return {minimumSizeHint().width(), widget()->sizeHint().height() + 2 * frameWidth()};
}

void SymbolLegend::drawSymbols()
{
    const qreal ratio = devicePixelRatioF();
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const QString sidc = codeOf(kRows[i]);
        const QImage image = symbolImages::image(sidc, ratio, kRows[i].look);
        // Only what the symbol covers: the map centres symbols on their point, which leaves
        // a launch point's pin half an image of margin.
        const QRectF extent = symbolImages::extent(sidc).translated(QPointF(image.deviceIndependentSize().width(),
                                                                           image.deviceIndependentSize().height())
                                                                    / 2.0);
        QImage cropped = image.copy(QRectF(extent.topLeft() * ratio, extent.size() * ratio).toAlignedRect());
        cropped.setDevicePixelRatio(ratio);
        m_entries[i].symbol->setPixmap(QPixmap::fromImage(cropped));
    }
}

void SymbolLegend::retranslate()
{
    for (size_t i = 0; i < m_headings.size(); ++i)
        m_headings[i]->setText(tr(kHeadings[i]));
    for (size_t i = 0; i < m_entries.size(); ++i) {
        QString meaning = tr(kRows[i].meaning);
        if (kRows[i].look == Stale)
            meaning = meaning.arg(Picture::kStaleAfterUs / 1'000'000);
        m_entries[i].meaning->setText(meaning);
    }
    m_note->setText(tr("MIL-STD-2525D. Points are red for a real hostile or suspect missile, white otherwise."));
    updateGeometry();
}

void SymbolLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QScrollArea::changeEvent(event);
}

bool SymbolLegend::event(QEvent *event)
{
    // Moved to a screen of another pixel ratio: drawn again for it, not scaled.
    if (event->type() == QEvent::DevicePixelRatioChange)
        drawSymbols();
    return QScrollArea::event(event);
}

} // namespace cop
