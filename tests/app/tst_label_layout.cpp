// Labels on the map (issue 14): none covers another label or a track, launch or impact symbol.
// The demo and the SRBM salvo flown by the three nations' real simulators in process through a
// console session, the overlay laid out at the console's home view in English, Korean and
// Japanese with the catalogues and the faces the console installs, and every label measured as
// the rasterizer draws it: its own string shaped with QTextLayout, so a Korean or Japanese glyph
// drawn by a fallback face counts with its own height, not the primary face's line height.
//
// With COP_TEST_OUT set, each laid out overlay is also written there as a PNG for a person to
// look at.
#include "FusionSettled.h"
#include "InProcessNation.h"

#include "BasemapData.h"
#include "session/ConsoleSession.h"
#include "LanguageManager.h"
#include "OverlayRasterizer.h"
#include "OverlayScene.h"
#include "interop/SymbolCode.h"
#include "regions/RegionMap.h"
#include "SymbolImages.h"

#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QTest>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {

// The console's home view (ui/MapView.qml) in the map's default size.
constexpr double kHomeLat = 37.5, kHomeLon = 133.0, kHomeZoom = 5.0;
const QSizeF kMapSize(1024, 768);

struct Box
{
    QRectF rect;
    QString what;
};

// Where the rasterizer's drawText puts the label's ink: one line laid out from its top left.
QRectF textBox(const cop::OverlayLabel &label, const QFont &font)
{
    QTextLayout layout(label.text, font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();
    return QRectF(label.position, QSizeF(line.naturalTextWidth(), line.height()));
}

// The symbols the scene draws for the fused picture, from the picture itself: each fused
// track's 2525 symbol, the predicted impact point of the prediction it shows and the launch
// point it shows (a launch whose track is not fused has its own).
std::vector<Box> symbols(const cop::OverlayFrame &frame, const cop::Picture &picture, const cop::FusedPicture &fused)
{
    using namespace cop;
    // A point's graphic has one shape whatever its colour.
    const auto point = [&](SymbolEntity entity, const GeoPoint &at) {
        return symbolImages::extent(symbolCode(entity, Affiliation::Hostile, false)).translated(frame.toFrame(at));
    };
    std::vector<Box> boxes;
    const auto launchMarker = [&](const Launch &launch) {
        boxes.push_back({point(SymbolEntity::LaunchPoint, launch.point), u"launch of "_s + launch.trackId});
    };
    for (const FusedTrack *track : fused.tracks()) {
        const QString sidc = symbolCode(SymbolEntity::BallisticMissile, track->affiliation, track->exercise,
                                        track->position.heightM);
        boxes.push_back({symbolImages::extent(sidc).translated(frame.toFrame(track->position)), u"track "_s + track->id});
        if (const Prediction *prediction = fused.prediction(*track))
            boxes.push_back({point(SymbolEntity::PredictedImpactPoint, prediction->impactPoint), u"impact of "_s + track->id});
        if (track->launchSource)
            launchMarker(picture.launches().value(*track->launchSource));
    }
    for (auto it = picture.launches().cbegin(); it != picture.launches().cend(); ++it)
        if (fused.fusedIdOf({it.key().service, it->trackId}).isEmpty())
            launchMarker(it.value());
    return boxes;
}

void writePng(const cop::OverlayScene &scene, const QRectF &area, const QFont &font, const QString &name)
{
    const QString dir = qEnvironmentVariable("COP_TEST_OUT");
    if (dir.isEmpty())
        return;
    const cop::OverlayRaster raster = cop::OverlayRasterizer::paint(
        {scene.frame(), area, 1.0, scene.shapes(area), scene.labelBackgrounds(), scene.labels(), font});
    QImage image(raster.image.size(), QImage::Format_RGB32);
    image.fill(QColor(0x0a, 0x16, 0x22)); // the map's sea without tiles
    QPainter(&image).drawImage(0, 0, raster.image);
    QDir().mkpath(dir);
    QVERIFY(image.save(QDir(dir).filePath(name)));
}

} // namespace

class LabelLayoutTest : public QObject
{
    Q_OBJECT

private slots:
    void noLabelCoversAnotherOrASymbol_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("demo") << u"" COP_SCENARIOS "/demo.json"_s;
        QTest::newRow("srbm-salvo") << u"" COP_SCENARIOS "/srbm-salvo.json"_s;
        QTest::newRow("space-launch-orbit") << u"" COP_SCENARIOS "/space-launch-orbit.json"_s;
    }

    void noLabelCoversAnotherOrASymbol()
    {
        QFETCH(QString, scenario);
        const auto nations = allNations(cop::sim::loadScenario(scenario.toStdString()));
        cop::ConsoleSession session(u"Kim"_s, u"seoul-1"_s);
        cop::Picture &picture = *session.picture();
        cop::FusedPicture &fused = *session.fusion();
        cop::LanguageManager languages;
        cop::OverlayScene scene;
        scene.setRegions(&cop::regions::RegionMap::builtIn());
        scene.setPlaces(&cop::basemap::BasemapData::builtIn().places());
        const cop::MapViewport home(kHomeLat, kHomeLon, kHomeZoom, kMapSize);
        const QRectF visible(QPointF(0, 0), kMapSize);

        QStringList failures;
        int checked = 0;
        double t = 0.0;
        for (const double checkS : {90.0, 120.0, 150.0}) {
            flyNations(nations, picture, t, checkS, [] {});
            QVERIFY(fusionSettled(fused));
            const qint64 now = picture.nowUtcUs();
            for (const QString &language : cop::LanguageManager::supportedLanguages()) {
                QString error;
                QVERIFY2(languages.setLanguage(language, &error), qPrintable(error));
                // The overlay's font as TrackOverlay makes it from the application font.
                QFont font;
                font.setPixelSize(12);
                font.setFamilies(QApplication::font().families());
                QVERIFY2(QFontInfo(font).family().startsWith(u"Noto Sans"_s), qPrintable(QFontInfo(font).family()));
                scene.setLabelFont(font);
                scene.setFrame(home);
                scene.update(picture.content(), fused.result().get(), now);
                scene.layoutLabels(visible, now);
                writePng(scene, visible, font,
                         u"labels-%1-T%2-%3.png"_s.arg(QTest::currentDataTag()).arg(checkS, 0, 'f', 0).arg(language));

                std::vector<Box> labels;
                for (const cop::OverlayLabel &label : scene.labels())
                    labels.push_back({textBox(label, font), label.text});
                const std::vector<Box> marks = symbols(scene.frame(), picture, fused);
                const auto fail = [&](const Box &a, const Box &b) {
                    if (failures.size() < 16)
                        failures.append(u"T+%1 s %2: \"%3\" %4 covers %5 %6"_s.arg(checkS).arg(language, a.what)
                                            .arg(QDebug::toString(a.rect), b.what, QDebug::toString(b.rect)));
                };
                for (size_t i = 0; i < labels.size(); ++i) {
                    for (size_t j = 0; j < i; ++j)
                        if (labels[i].rect.intersects(labels[j].rect))
                            fail(labels[i], {labels[j].rect, u"label \"%1\""_s.arg(labels[j].what)});
                    for (const Box &mark : marks)
                        if (labels[i].rect.intersects(mark.rect))
                            fail(labels[i], mark);
                }
                checked += int(labels.size());
                qInfo("T+%.0f s %s: %zu labels, %zu symbols", checkS, qPrintable(language), labels.size(), marks.size());
            }
        }
        QVERIFY2(checked > 0, "no label was laid out");
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
};

QTEST_MAIN(LabelLayoutTest)
#include "tst_label_layout.moc"
