#include "BasemapSource.h"

#include "BasemapData.h"
#include "TileBaker.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>
#include <QtConcurrentRun>

namespace cop {

namespace {

// A tile every pyramid of the region has: zoom 3 over Korea and Japan.
constexpr int kProbeZ = 3, kProbeX = 6, kProbeY = 3;

QString probeUrl(const QString &urlTemplate)
{
    QString url = urlTemplate;
    return url.replace(QStringLiteral("%z"), QString::number(kProbeZ))
        .replace(QStringLiteral("%x"), QString::number(kProbeX))
        .replace(QStringLiteral("%y"), QString::number(kProbeY));
}

} // namespace

BasemapSource::BasemapSource(const QString &tilesOption, QObject *parent)
    : QObject(parent)
    , m_option(tilesOption)
{}

BasemapSource::~BasemapSource()
{
    // A console that quits (or fails to start) during a first-start bake stops it within a tile
    // instead of waiting minutes for the whole pyramid; the next start bakes again.
    m_quitting = true;
    if (m_bake)
        m_bake->waitForFinished();
}

QString BasemapSource::templateFromOption(const QString &option)
{
    QString url = option;
    if (!url.contains(u"://"))
        url = QUrl::fromLocalFile(QFileInfo(url).absoluteFilePath()).toString();
    if (!url.contains(u"%z"))
        url = (url.endsWith(u'/') ? url : url + u'/') + QStringLiteral("%z/%x/%y.png");
    return url;
}

QString BasemapSource::stateId() const
{
    switch (m_state) {
    case State::Preparing: return QStringLiteral("preparing");
    case State::Unavailable: return QStringLiteral("unavailable");
    case State::Ready: return m_option.isEmpty() ? QStringLiteral("baked") : QStringLiteral("custom");
    }
    return {};
}

void BasemapSource::start()
{
    if (!m_option.isEmpty()) {
        m_urlTemplate = templateFromOption(m_option);
        m_state = State::Ready;
        emit ready();
        probe();
        return;
    }
    bake();
}

void BasemapSource::bake()
{
    const basemap::TileRange range;
    const basemap::TileBaker baker(basemap::BasemapData::builtIn(), basemap::BasemapStyle{}, range);
    const QString directory = baker.defaultDirectory();
    m_maxZoom = range.maxZoom;
    if (basemap::TileBaker::isComplete(directory)) {
        m_urlTemplate = basemap::TileBaker::urlTemplate(directory);
        setState(State::Ready);
        emit ready();
        return;
    }
    // First run without a build-time bake: bake in the background and show progress.
    auto *watcher = new QFutureWatcher<QString>(this);
    m_bake = watcher;
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, directory] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_bake = nullptr;
        if (!error.isEmpty()) {
            qWarning("basemap: %s", qPrintable(error));
            setState(State::Unavailable);
        } else {
            m_urlTemplate = basemap::TileBaker::urlTemplate(directory);
            setState(State::Ready);
        }
        emit ready();
    });
    watcher->setFuture(QtConcurrent::run([this, baker, directory] {
        QString error;
        baker.bake(directory, [this](int done, int total) {
            if (m_quitting)
                return false;
            QMetaObject::invokeMethod(this, [this, percent = done * 100 / total] { emit progress(percent); },
                                      Qt::QueuedConnection);
            return true;
        }, &error);
        return error;
    }));
}

void BasemapSource::probe()
{
    const QUrl url(probeUrl(m_urlTemplate));
    if (url.isLocalFile()) {
        if (!QFileInfo::exists(url.toLocalFile()))
            setState(State::Unavailable);
        return;
    }
    m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            qWarning("basemap: tile server does not answer (%s)", qPrintable(reply->errorString()));
            setState(State::Unavailable);
        }
    });
}

void BasemapSource::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

} // namespace cop
