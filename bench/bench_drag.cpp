// What a drag costs: from a mouse move to updated readouts and both charts repainted, replayed on
// the offscreen platform with a forced repaint per move. Also the cold start to the first painted
// window. Run it in the release preset:
//   QT_QPA_PLATFORM=offscreen build/release/bench/bench_drag [--known-runs]
// Each drag also reports the main thread's CPU time per move, which a machine busy with other
// work does not inflate the way it inflates wall-clock time.
// Then the budget drag again with the compare dock open: moves come every 8 ms (a 125 Hz mouse) and
// the event loop runs between them, so the dock's coalesced refresh (at most one per frame, off the
// move's path) fires as it would in the app; each of those refreshes, with the dock's table and
// chart repainted, is timed too. Then the dock's refresh alone.
// FRONTIER_BENCH_BATCH=4M runs every drag with a batch of that many tokens, the inputs scrolled to
// the Batch group (its readouts and chart then follow each move, on screen).
// The last line reads "worst drag p99: X ms (which)": the worst p99 of the moves of all the drags,
// the one with the dock open included (its refreshes between the moves have their own line).

#include "model/core/quantity.h"
#include "ui/charts/allocationchart.h"
#include "ui/charts/comparebarchart.h"
#include "ui/charts/losschart.h"
#include "ui/compare/comparedock.h"
#include "ui/compare/comparemodel.h"
#include "ui/document/plandocument.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <vector>

using namespace frontier::ui;

namespace {

QElapsedTimer g_sinceStart;

// Notes the first paint of the window's charts.
class FirstPaint : public QObject
{
public:
    qint64 atMs = -1;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && atMs < 0)
            atMs = g_sinceStart.elapsed();
        return QObject::eventFilter(watched, event);
    }
};

struct Timing
{
    double median = 0, p99 = 0;
};

struct Samples
{
    std::vector<double> wallMs, cpuMs;
};

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

Timing summarise(std::vector<double> ms)
{
    if (ms.empty()) // nothing of that kind happened (a busy machine may coalesce every dock refresh away)
        return {std::nan(""), std::nan("")};
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 99 / 100)]};
}

void send(QWidget *viewport, QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, viewport->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

// What runs between the moves of a paced drag: the event loop, in which the dock's coalescing
// timer fires. Its refresh is timed from the timer's event to the dock's table and bars repainted
// (`dockMs`); every stretch of event loop that ran one is timed too (`loopMs`: it also repaints
// the whole window and dock, which a move's time leaves out).
struct BetweenMoves : QObject
{
    int paceMs = 0; // a move every paceMs
    std::vector<QWidget *> dockWidgets;
    std::vector<double> dockMs, loopMs;
    QElapsedTimer refreshTimer;
    int refreshes = 0;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Timer)
            refreshTimer.start();
        return QObject::eventFilter(watched, event);
    }
    void refreshed()
    {
        ++refreshes;
        for (QWidget *widget : dockWidgets)
            widget->repaint();
        dockMs.push_back(double(refreshTimer.nsecsElapsed()) / 1e6);
    }
};

// Runs the event loop until `paceMs` after `moveStart`.
void runBetweenMoves(BetweenMoves &between, const QElapsedTimer &moveStart)
{
    QElapsedTimer timer;
    while (moveStart.elapsed() < between.paceMs) {
        const int before = between.refreshes;
        timer.start();
        QApplication::processEvents(QEventLoop::AllEvents, 1);
        if (between.refreshes != before)
            between.loopMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
}

// 200 moves from `from` along `step` on the loss chart (or `on`), each followed by a synchronous
// repaint of both charts; with `between`, paced and with the event loop running between the moves.
Samples replay(MainWindow &window, QPoint from, QPoint step, int moves, BetweenMoves *between = nullptr,
               QWidget *on = nullptr)
{
    QWidget *loss = window.lossChart()->viewport();
    QWidget *allocation = window.allocationChart()->viewport();
    QWidget *target = on ? on : loss;
    send(target, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    Samples samples;
    QElapsedTimer timer, moveStart;
    for (int i = 1; i <= moves; ++i) {
        moveStart.start();
        // Back and forth, so the drag stays on the chart.
        const int k = (i / 50) % 2 ? 50 - i % 50 : i % 50;
        timer.start();
        const double cpuStart = threadCpuMs();
        send(target, QEvent::MouseMove, from + step * k, Qt::NoButton, Qt::LeftButton);
        loss->repaint();
        allocation->repaint();
        samples.wallMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        samples.cpuMs.push_back(threadCpuMs() - cpuStart);
        if (between)
            runBetweenMoves(*between, moveStart);
    }
    send(target, QEvent::MouseButtonRelease, from, Qt::LeftButton, Qt::NoButton);
    return samples;
}

} // namespace

int main(int argc, char **argv)
{
    g_sinceStart.start();
    QApplication app(argc, argv);
    AppCatalogs catalogs = AppCatalogs::fromResources();
    MainWindow window(catalogs);
    // FRONTIER_BENCH_BATCH=4M: the drags with a batch, so the Batch group's readouts and chart
    // follow every move too.
    if (const QByteArray batch = qgetenv("FRONTIER_BENCH_BATCH"); !batch.isEmpty()) {
        PlanInputs inputs = window.document()->inputs();
        inputs.batchTokens = frontier::parseQuantity(batch.toStdString()).value_or(4e6);
        window.document()->setInputs(inputs, QStringLiteral("batch"));
    }
    FirstPaint firstPaint;
    window.lossChart()->viewport()->installEventFilter(&firstPaint);
    window.resize(1280, 800);
    window.show();
    while (firstPaint.atMs < 0)
        QApplication::processEvents();
    if (window.document()->inputs().batchTokens) { // the Batch group in view, so its chart repaints too
        QScrollBar *inputs = window.findChild<QScrollArea *>(QStringLiteral("inputsArea"))->verticalScrollBar();
        inputs->setValue(inputs->maximum());
    }
    QTextStream out(stdout);
    out << "startup: " << firstPaint.atMs << " ms to first paint\n";
    // --known-runs: the same drags with View > Chart layers > Published runs on (off by default).
    if (QApplication::arguments().contains(QStringLiteral("--known-runs"))) {
        auto *layer = window.findChild<QAction *>(QStringLiteral("layerAction%1").arg(int(ChartLayer::KnownRuns)));
        layer->setChecked(true);
        out << "published runs layer: on\n";
    }

    constexpr int kMoves = 200;
    LossChart *chart = window.lossChart();
    const QPoint budget = chart->budgetHandlePixel().toPoint();
    const Samples budgetSamples = replay(window, budget, QPoint(-2, 0), kMoves);
    const Timing budgetDrag = summarise(budgetSamples.wallMs), budgetCpu = summarise(budgetSamples.cpuMs);
    out << "budget drag: median " << budgetDrag.median << " ms, p99 " << budgetDrag.p99 << " ms (CPU median "
        << budgetCpu.median << " ms, p99 " << budgetCpu.p99 << " ms)\n";
    window.document()->undoStack()->undo();
    const double flops = window.document()->plan().allocation.flops / 30;
    const QPoint frontier = chart->frontierPixelAt(flops).toPoint();
    const Samples frontierSamples = replay(window, frontier, QPoint(0, -1), kMoves);
    const Timing frontierDrag = summarise(frontierSamples.wallMs), frontierCpu = summarise(frontierSamples.cpuMs);
    out << "frontier drag: median " << frontierDrag.median << " ms, p99 " << frontierDrag.p99 << " ms (CPU median "
        << frontierCpu.median << " ms, p99 " << frontierCpu.p99 << " ms)\n";
    window.document()->undoStack()->undo();
    // The slope and the N_opt tilt, each turned about the budget: a solve of the law per move.
    const QPoint slopeHandle = chart->slopeHandlePixel().toPoint();
    const Samples slopeSamples = replay(window, slopeHandle, QPoint(0, 1), kMoves);
    const Timing slopeDrag = summarise(slopeSamples.wallMs), slopeCpu = summarise(slopeSamples.cpuMs);
    out << "slope drag: median " << slopeDrag.median << " ms, p99 " << slopeDrag.p99 << " ms (CPU median "
        << slopeCpu.median << " ms, p99 " << slopeCpu.p99 << " ms)\n";
    window.document()->undoStack()->undo();
    const QPoint nOpt = window.allocationChart()->paramsPixelAt(window.document()->plan().allocation.flops * 10).toPoint();
    const Samples tiltSamples = replay(window, nOpt, QPoint(0, -1), kMoves, nullptr, window.allocationChart()->viewport());
    const Timing tiltDrag = summarise(tiltSamples.wallMs), tiltCpu = summarise(tiltSamples.cpuMs);
    out << "N_opt tilt drag: median " << tiltDrag.median << " ms, p99 " << tiltDrag.p99 << " ms (CPU median "
        << tiltCpu.median << " ms, p99 " << tiltCpu.p99 << " ms)\n";
    window.document()->undoStack()->undo();

    // The compare dock open: it compares every offer and updates its table and chart once a frame.
    CompareDock *dock = window.compareDock();
    dock->show();
    while (!dock->isVisible())
        QApplication::processEvents();
    while (dock->refreshPending())
        QApplication::processEvents();
    BetweenMoves between;
    between.paceMs = 8;
    between.dockWidgets = {dock->table()->viewport(), dock->barChart()->viewport()};
    // The dock's coalescing timer: its only direct QTimer child, single shot at the frame interval.
    for (QTimer *timer : dock->findChildren<QTimer *>(QString(), Qt::FindDirectChildrenOnly))
        if (timer->isSingleShot() && timer->interval() == CompareDock::kRefreshIntervalMs) {
            timer->installEventFilter(&between);
            QObject::connect(timer, &QTimer::timeout, &between, &BetweenMoves::refreshed); // after the dock's own
        }
    const QPoint budgetAgain = chart->budgetHandlePixel().toPoint();
    const Samples compareSamples = replay(window, budgetAgain, QPoint(-2, 0), kMoves, &between);
    const Timing compareDrag = summarise(compareSamples.wallMs), compareCpu = summarise(compareSamples.cpuMs);
    out << "budget drag with compare dock: median " << compareDrag.median << " ms, p99 " << compareDrag.p99
        << " ms (CPU median " << compareCpu.median << " ms, p99 " << compareCpu.p99 << " ms)\n";
    const Timing dockRefresh = summarise(between.dockMs), loop = summarise(between.loopMs);
    out << "  its coalesced dock refreshes between the moves: " << between.dockMs.size() << " for " << kMoves
        << " moves 8 ms apart, median " << dockRefresh.median << " ms, p99 " << dockRefresh.p99
        << " ms (refresh, table and bars repainted); the event loop's stretches that ran one: median " << loop.median
        << " ms, p99 " << loop.p99 << " ms (also the window's and dock's deferred repaints)\n";
    // Each refresh after a change of budget (a preview, as a drag makes), so the document's comparison
    // is made anew every time: the plans on every offer, the Pareto rows, the table model, the chart.
    std::vector<double> refreshMs;
    QElapsedTimer timer;
    PlanDocument *document = window.document();
    const frontier::PlanInputs start = document->inputs();
    for (int i = 0; i < kMoves; ++i) {
        frontier::PlanInputs next = start;
        next.budgetAmount *= 1 + 0.001 * (i % 50);
        document->preview(next);
        timer.start();
        dock->refresh();
        refreshMs.push_back(timer.nsecsElapsed() / 1e6);
    }
    document->cancelPreview();
    const Timing refresh = summarise(refreshMs);
    out << "compare refresh after a budget change (" << dock->model()->rowCount()
        << " rows: compare, Pareto, table model, charts): median "
        << refresh.median << " ms, p99 " << refresh.p99 << " ms\n";
    dock->hide();

    // The moves' own times; the dock's coalesced refreshes run between moves and are reported above.
    const std::pair<double, const char *> drags[] = {{budgetDrag.p99, "budget drag"},
                                                     {frontierDrag.p99, "frontier drag"},
                                                     {slopeDrag.p99, "slope drag"},
                                                     {tiltDrag.p99, "N_opt tilt drag"},
                                                     {compareDrag.p99, "budget drag with compare dock"}};
    const auto worst = *std::max_element(std::begin(drags), std::end(drags));
    out << "worst drag p99: " << worst.first << " ms (" << worst.second << ")\n";
    return 0;
}
