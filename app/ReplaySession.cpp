#include "ReplaySession.h"

#include "DebriefFormats.h"
#include "DebriefOverlay.h"
#include "MainWindow.h"
#include "MapWidget.h"
#include "RecordingDebrief.h"
#include "ReplayBanner.h"
#include "ReplaySource.h"
#include "TimelineBar.h"
#include "TrackOverlay.h"

#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QQuickItem>
#include <QStatusBar>

#include <algorithm>

namespace cop {

namespace {

// A jump lands this far before the alert, so the moment it arrives is on screen.
constexpr qint64 kJumpLeadUs = 2'000'000;

TimelineTrack::MarkerKind markerKind(TimelineMarker::Kind kind)
{
    switch (kind) {
    case TimelineMarker::Kind::Launch: return TimelineTrack::MarkerKind::Launch;
    case TimelineMarker::Kind::Alert: return TimelineTrack::MarkerKind::Alert;
    case TimelineMarker::Kind::Acknowledgement: return TimelineTrack::MarkerKind::Acknowledgement;
    case TimelineMarker::Kind::OperatorAction: break;
    }
    return TimelineTrack::MarkerKind::OperatorAction;
}

} // namespace

ReplaySession::ReplaySession(ReplaySource *source, MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_source(source)
    , m_banner(new ReplayBanner(window))
    , m_bar(new TimelineBar(window))
{
    window->addFixedBar(QStringLiteral("replayBannerBar"), m_banner, Qt::TopToolBarArea);
    window->addFixedBar(QStringLiteral("timelineToolBar"), m_bar, Qt::BottomToolBarArea);
    m_banner->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    // No map yet while a first start bakes the basemap: the debrief overlay then stays off.
    MapWidget *map = window->mapWidget();
    if (TrackOverlay *overlay = map ? map->overlay() : nullptr)
        m_debrief = new DebriefOverlay(overlay);

    ReplayClock *clock = &source->clock();
    connect(source, &ReplaySource::opened, this, &ReplaySession::showRecording);
    connect(clock, &ReplayClock::playingChanged, m_bar, &TimelineBar::setPlaying);
    connect(clock, &ReplayClock::speedChanged, m_bar, &TimelineBar::setSpeed);
    connect(&source->engine(), &ReplayEngine::positionChanged, this, [this](qint64 utcUs) {
        m_bar->setPosition(utcUs);
        m_banner->setTime(utcUs);
        if (m_debrief)
            m_debrief->setTime(utcUs);
    });
    connect(m_bar, &TimelineBar::seekRequested, clock, &ReplayClock::setPosition);
    connect(m_bar, &TimelineBar::speedRequested, clock, &ReplayClock::setSpeed);
    connect(m_bar, &TimelineBar::playPauseRequested, this,
            [clock] { clock->isPlaying() ? clock->pause() : clock->play(); });
    connect(m_bar, &TimelineBar::previousAlertRequested, this, [this] { jumpToAlert(false); });
    connect(m_bar, &TimelineBar::nextAlertRequested, this, [this] { jumpToAlert(true); });
    connect(window, &MainWindow::openRecordingRequested, this, [this](const QString &path) {
        QString error;
        if (!m_source->open(path, &error))
            QMessageBox::warning(m_window, tr("Open recording"), error);
    });
    createMenu();
}

void ReplaySession::showRecording()
{
    const ReplayEngine &engine = m_source->engine();
    const JournalReader &journal = engine.journal();
    m_banner->setSource(journal.header().consoleId, journal.header().session);
    m_window->setRecordingTitle(QFileInfo(journal.sessionDirectory()).fileName());
    std::vector<TimelineTrack::Marker> markers;
    for (const TimelineMarker &marker : engine.survey().markers)
        markers.push_back({marker.timeUtcUs, markerKind(marker.kind), marker.label});
    m_bar->setMarkers(std::move(markers));
    m_bar->setRange(engine.startUtcUs(), engine.endUtcUs());
    if (m_debrief)
        m_debrief->setImpacts(engine.survey().impacts);
    if (!journal.problems().isEmpty()) {
        m_window->statusBar()->showMessage(
            tr("Recording opened with %n problem(s): %1", nullptr, int(journal.problems().size()))
                .arg(journal.problems().first()));
    }
}

void ReplaySession::jumpToAlert(bool forward)
{
    const std::vector<qint64> &times = m_source->engine().survey().alertTimes;
    ReplayClock &clock = m_source->clock();
    // Measured from where a jump lands, so that pressing again moves on to the next alert.
    const qint64 reference = clock.positionUtcUs() + kJumpLeadUs;
    auto it = forward ? std::upper_bound(times.begin(), times.end(), reference)
                      : std::lower_bound(times.begin(), times.end(), reference);
    if (!forward) {
        if (it == times.begin())
            return;
        --it;
    }
    if (it != times.end())
        clock.setPosition(*it - kJumpLeadUs);
}

void ReplaySession::createMenu()
{
    m_menu = m_window->addModeMenu();
    m_menu->addActions(m_bar->controls());
    m_menu->addSeparator();
    m_exportAlerts = m_menu->addAction(QString(), this, [this] {
        exportDebrief(QStringLiteral("csv"), tr("Export alerts"), tr("CSV (*.csv)"));
    });
    m_exportKml = m_menu->addAction(QString(), this, [this] {
        exportDebrief(QStringLiteral("kml"), tr("Export KML"), tr("KML (*.kml)"));
    });
    m_exportGeoJson = m_menu->addAction(QString(), this, [this] {
        exportDebrief(QStringLiteral("geojson"), tr("Export GeoJSON"), tr("GeoJSON (*.geojson)"));
    });
    m_exportCot = m_menu->addAction(QString(), this, [this] {
        exportDebrief(QStringLiteral("cot"), tr("Export Cursor-on-Target"), tr("Cursor-on-Target (*.cot)"));
    });
    m_exportView = m_menu->addAction(QString(), this, &ReplaySession::exportView);
    if (m_debrief) {
        m_menu->addSeparator();
        m_debriefAction = m_menu->addAction(QString());
        m_debriefAction->setCheckable(true);
        m_debriefAction->setChecked(true);
        connect(m_debriefAction, &QAction::toggled, m_debrief, &QQuickItem::setVisible);
    }
    retranslateMenu();
    // Not a widget: the window's language change is this menu's too.
    m_window->installEventFilter(this);
}

void ReplaySession::retranslateMenu()
{
    m_menu->setTitle(tr("&Replay"));
    m_exportAlerts->setText(tr("Export &alerts (CSV)…"));
    m_exportKml->setText(tr("Export tracks and predictions (&KML)…"));
    m_exportGeoJson->setText(tr("Export tracks and predictions (&GeoJSON)…"));
    m_exportCot->setText(tr("Export Cursor-on-Target events (&CoT)…"));
    m_exportView->setText(tr("Export current &view (PNG)…"));
    if (m_debriefAction)
        m_debriefAction->setText(tr("&Debrief overlay: predicted against actual impact"));
}

bool ReplaySession::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslateMenu();
    return QObject::eventFilter(watched, event);
}

QString ReplaySession::saveFileName(const QString &title, const QString &suffix, const QString &filter)
{
    const QString proposal = QFileInfo(m_source->engine().journal().sessionDirectory()).fileName() + suffix;
    return QFileDialog::getSaveFileName(m_window, title, proposal, filter);
}

void ReplaySession::exportDebrief(const QString &formatId, const QString &title, const QString &filter)
{
    const DebriefFormat *format = debriefFormat(formatId);
    const QString path = saveFileName(title, format->suffix, filter);
    if (path.isEmpty())
        return;
    // The recording read again from its start, whatever the replay's position: every track and
    // alert it holds, as cop-export writes them.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    RecordingDebrief recording;
    recording.setCollectCot(format->readsCot);
    DebriefSurvey survey;
    QString error;
    const bool written = recording.open(m_source->engine().journal().sessionDirectory(), &error)
                         && recording.survey(std::nullopt, std::nullopt, &survey, &error)
                         && writeDebriefFile(survey, *format, path, &error);
    QApplication::restoreOverrideCursor();
    if (!written)
        QMessageBox::warning(m_window, title, error);
}

void ReplaySession::exportView()
{
    const QString path = saveFileName(tr("Export view"), QStringLiteral(".png"), tr("PNG (*.png)"));
    if (!path.isEmpty() && !grabWithMaps(m_window).save(path, "PNG"))
        QMessageBox::warning(m_window, tr("Export view"), tr("cannot write %1").arg(path));
}

} // namespace cop
