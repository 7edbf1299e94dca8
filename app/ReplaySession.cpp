#include "ReplaySession.h"

#include "DebriefExport.h"
#include "DebriefOverlay.h"
#include "MainWindow.h"
#include "MapWidget.h"
#include "picture/Picture.h"
#include "ReplayBanner.h"
#include "ReplaySource.h"
#include "TimelineBar.h"
#include "TrackOverlay.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QQuickItem>
#include <QSaveFile>
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

ReplaySession::ReplaySession(ReplaySource *source, Picture *picture, MainWindow *window)
    : QObject(window)
    , m_picture(picture)
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
    QMenu *menu = m_window->menuBar()->addMenu(tr("&Replay"));
    menu->addAction(tr("Export &alerts (CSV)…"), this, &ReplaySession::exportAlerts);
    menu->addAction(tr("Export tracks and predictions (&KML)…"), this, &ReplaySession::exportKml);
    menu->addAction(tr("Export current &view (PNG)…"), this, &ReplaySession::exportView);
    if (m_debrief) {
        menu->addSeparator();
        QAction *debrief = menu->addAction(tr("&Debrief overlay: predicted against actual impact"));
        debrief->setCheckable(true);
        debrief->setChecked(true);
        connect(debrief, &QAction::toggled, m_debrief, &QQuickItem::setVisible);
    }
}

QString ReplaySession::saveFileName(const QString &title, const QString &suffix, const QString &filter)
{
    const QString proposal = QFileInfo(m_source->engine().journal().sessionDirectory()).fileName() + suffix;
    return QFileDialog::getSaveFileName(m_window, title, proposal, filter);
}

void ReplaySession::exportAlerts()
{
    const QString path = saveFileName(tr("Export alerts"), QStringLiteral("-alerts.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly) || !writeAlertCsv(m_source->engine().survey(), &file, &error)
        || !file.commit())
        QMessageBox::warning(m_window, tr("Export alerts"), error.isEmpty() ? file.errorString() : error);
}

void ReplaySession::exportKml()
{
    const QString path = saveFileName(tr("Export KML"), QStringLiteral(".kml"), tr("KML (*.kml)"));
    if (path.isEmpty() || !m_picture)
        return;
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly) || !writeKml(*m_picture, m_source->engine().survey(), &file, &error)
        || !file.commit())
        QMessageBox::warning(m_window, tr("Export KML"), error.isEmpty() ? file.errorString() : error);
}

void ReplaySession::exportView()
{
    const QString path = saveFileName(tr("Export view"), QStringLiteral(".png"), tr("PNG (*.png)"));
    if (!path.isEmpty() && !m_window->grab().save(path, "PNG"))
        QMessageBox::warning(m_window, tr("Export view"), tr("cannot write %1").arg(path));
}

} // namespace cop
