// What a drag costs: from a mouse move to updated readouts and both charts repainted, replayed on
// the offscreen platform with a forced repaint per move. Also the cold start to the first painted
// window. Run it in the release preset:
//   QT_QPA_PLATFORM=offscreen build/release/bench/bench_drag
// The last line reads "drag: 200 moves, median X ms, p99 Y ms" (the worse of the two drags).
// Each drag also reports the main thread's CPU time per move, which a machine busy with other
// work does not inflate the way it inflates wall-clock time.
// Before it, the budget drag again with the compare dock open (the whole catalogue compared, its
// table and chart repainted on every move), and the dock's refresh alone.

#include "ui/charts/allocationchart.h"
#include "ui/charts/comparebarchart.h"
#include "ui/charts/losschart.h"
#include "ui/compare/comparedock.h"
#include "ui/compare/comparemodel.h"
#include "ui/document/plandocument.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
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
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 99 / 100)]};
}

void send(QWidget *viewport, QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, viewport->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

// 200 moves from `from` along `step`, each followed by a synchronous repaint of both charts (and of
// `also`, when given).
Samples replay(MainWindow &window, QPoint from, QPoint step, int moves, const std::vector<QWidget *> &also = {})
{
    QWidget *loss = window.lossChart()->viewport();
    QWidget *allocation = window.allocationChart()->viewport();
    send(loss, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    Samples samples;
    QElapsedTimer timer;
    for (int i = 1; i <= moves; ++i) {
        // Back and forth, so the drag stays on the chart.
        const int k = (i / 50) % 2 ? 50 - i % 50 : i % 50;
        timer.start();
        const double cpuStart = threadCpuMs();
        send(loss, QEvent::MouseMove, from + step * k, Qt::NoButton, Qt::LeftButton);
        loss->repaint();
        allocation->repaint();
        for (QWidget *widget : also)
            widget->repaint();
        samples.wallMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        samples.cpuMs.push_back(threadCpuMs() - cpuStart);
    }
    send(loss, QEvent::MouseButtonRelease, from, Qt::LeftButton, Qt::NoButton);
    return samples;
}

} // namespace

int main(int argc, char **argv)
{
    g_sinceStart.start();
    QApplication app(argc, argv);
    AppCatalogs catalogs = AppCatalogs::fromResources();
    MainWindow window(catalogs);
    FirstPaint firstPaint;
    window.lossChart()->viewport()->installEventFilter(&firstPaint);
    window.resize(1280, 800);
    window.show();
    while (firstPaint.atMs < 0)
        QApplication::processEvents();
    QTextStream out(stdout);
    out << "startup: " << firstPaint.atMs << " ms to first paint\n";

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

    // The compare dock open: each move also compares every offer and updates the table and chart.
    CompareDock *dock = window.compareDock();
    dock->show();
    while (!dock->isVisible())
        QApplication::processEvents();
    QApplication::processEvents();
    const QPoint budgetAgain = chart->budgetHandlePixel().toPoint();
    const Samples compareSamples = replay(window, budgetAgain, QPoint(-2, 0), kMoves,
                                          {dock->table()->viewport(), dock->barChart()->viewport()});
    const Timing compareDrag = summarise(compareSamples.wallMs), compareCpu = summarise(compareSamples.cpuMs);
    out << "budget drag with compare dock: median " << compareDrag.median << " ms, p99 " << compareDrag.p99
        << " ms (CPU median " << compareCpu.median << " ms, p99 " << compareCpu.p99 << " ms)\n";
    std::vector<double> refreshMs;
    QElapsedTimer timer;
    for (int i = 0; i < kMoves; ++i) {
        timer.start();
        dock->refresh();
        refreshMs.push_back(timer.nsecsElapsed() / 1e6);
    }
    const Timing refresh = summarise(refreshMs);
    out << "compare refresh (" << dock->model()->rowCount() << " rows: compare, Pareto, table model, charts): median "
        << refresh.median << " ms, p99 " << refresh.p99 << " ms\n";
    dock->hide();

    const Timing worse = frontierDrag.p99 > budgetDrag.p99 ? frontierDrag : budgetDrag;
    out << "drag: " << kMoves << " moves, median " << worse.median << " ms, p99 " << worse.p99 << " ms\n";
    return 0;
}
