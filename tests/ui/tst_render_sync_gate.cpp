// A window whose frames the test makes slow on the render thread, as llvmpipe's are on a loaded
// host: with RenderSyncGate, a change made while a frame is drawn leaves the GUI thread free,
// and still reaches the screen in the frame after.
#include "RenderSyncGate.h"
#include "base/SteadyClock.h"

#include <QQuickWindow>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace cop;

class TestRenderSyncGate : public QObject
{
    Q_OBJECT

    static constexpr int kSlowFrameMs = 900;

    QQuickWindow m_window;
    std::atomic<bool> m_slow{false};
    std::atomic<bool> m_inSlowFrame{false};
    std::atomic<int> m_swapped{0};
    std::atomic<bool> m_threaded{false};

    // Until the window has rendered nothing for 200 ms.
    void waitForRest()
    {
        int before = -1;
        while (before != m_swapped.load()) {
            before = m_swapped.load();
            QTest::qWait(200);
        }
    }

private slots:
    void initTestCase()
    {
        new RenderSyncGate(&m_window);
        connect(&m_window, &QQuickWindow::beforeRendering, this, [this] {
            m_threaded.store(QThread::currentThread() != thread());
            if (!m_slow.load())
                return;
            m_inSlowFrame.store(true);
            QThread::msleep(kSlowFrameMs);
            m_inSlowFrame.store(false);
        }, Qt::DirectConnection);
        connect(&m_window, &QQuickWindow::frameSwapped, this, [this] { m_swapped.fetch_add(1); },
                Qt::DirectConnection);
        m_window.resize(320, 240);
        m_window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
        QTRY_VERIFY(m_swapped.load() > 0);
        if (!m_threaded.load())
            QSKIP("the render loop is not threaded here: no frame is drawn while the GUI thread runs");
    }

    void aChangeDuringAFrameLeavesTheGuiThreadFreeAndIsShownAfterIt()
    {
        waitForRest();
        const int before = m_swapped.load();
        m_slow.store(true);
        m_window.setColor(Qt::red);
        QTRY_VERIFY(m_inSlowFrame.load());
        m_slow.store(false);

        // Without the gate, the update request of this change blocks the GUI thread in the
        // render loop's sync until the slow frame is done.
        m_window.setColor(Qt::blue);
        const qint64 changedMs = steadyNowMs();
        QTest::qWait(100);
        const qint64 took = steadyNowMs() - changedMs;
        QVERIFY2(took < kSlowFrameMs / 2, qPrintable(QStringLiteral("100 ms of the event loop took %1 ms").arg(took)));
        QVERIFY2(m_inSlowFrame.load(), "the slow frame ended before the test could look: inconclusive");

        // The red frame, then one with the blue, asked for by the held request when the red
        // one ended.
        QTRY_COMPARE_WITH_TIMEOUT(m_swapped.load(), before + 2, 5 * kSlowFrameMs);
        QTest::qWait(300);
        QCOMPARE(m_swapped.load(), before + 2);
    }

    void aChangeBetweenFramesIsRenderedAtOnce()
    {
        waitForRest();
        const int before = m_swapped.load();
        m_window.setColor(Qt::green);
        QTRY_COMPARE_WITH_TIMEOUT(m_swapped.load(), before + 1, 1000);
    }
};

QTEST_MAIN(TestRenderSyncGate)
#include "tst_render_sync_gate.moc"
