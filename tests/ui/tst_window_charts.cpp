// The charts as a tool people rely on: what can be dragged says so (pointer, tooltip), the slope
// and the N_opt tilt turn about the budget's point (drawn while dragging), keyboard focus shows, each
// chart has an accessible name and a description that follows the plan, and in both themes every
// curve stands out from the plot (3:1) and every text from its background (4.5:1, WCAG AA).
#include "chartmouse.h"
#include "testsupport.h"

#include "data/peopleformat.h"
#include "model/core/numbers.h"
#include "model/laws/whatif.h"
#include "ui/charts/allocationchart.h"
#include "ui/charts/losschart.h"
#include "ui/document/contrast.h"
#include "ui/document/plandocument.h"
#include "ui/files/settings.h"
#include "ui/window/mainwindow.h"
#include "ui/window/theme.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QScopeGuard>
#include <QToolTip>
#include <QUndoStack>
#include <QXYSeries>

#include <map>

using namespace frontier;
using frontier::ui::MainWindow;

namespace {

double distance(QPointF a, QPointF b)
{
    return QLineF(a, b).length();
}

// The contrast of a widget's text as painted in its place: its most contrasting pixel against the
// most common one (the background), from a grab of its parent (whose background it is drawn on).
double paintedTextContrast(QWidget *widget)
{
    const QImage image = widget->parentWidget()->grab(widget->geometry()).toImage().convertToFormat(QImage::Format_RGB32);
    std::map<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb background = 0;
    int most = 0;
    for (const auto &[rgb, n] : counts)
        if (n > most)
            most = n, background = rgb;
    double best = 1;
    for (const auto &[rgb, n] : counts)
        best = std::max(best, ui::contrastRatio(QColor(rgb), QColor(background)));
    return best;
}

} // namespace

class TestWindowCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { frontier::test::isolateWindowTest(); }
    void handlesSayWhatADragDoes();
    void slopeTurnsAboutTheBudget();
    void tiltTurnsAboutTheBudget();
    void focusShowsAsAFrame();
    void chartsHaveAccessibleText();
    void contrastInBothThemes_data();
    void contrastInBothThemes();

private:
    ui::AppCatalogs m_catalogs = ui::AppCatalogs::fromResources();
};

void TestWindowCharts::handlesSayWhatADragDoes()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *chart = window.lossChart();
    QWidget *viewport = chart->viewport();
    const QPoint handle = chart->slopeHandlePixel().toPoint();
    const QPoint budget = chart->budgetHandlePixel().toPoint() + QPoint(0, -60);
    const QPoint frontier = chart->frontierPixelAt(window.document()->plan().allocation.flops / 30).toPoint();
    const QPoint nothing = chart->plotAreaInViewport().topLeft().toPoint() + QPoint(15, 15);

    // Over nothing: the view's own pointer. Over each handle: an arrow along its drag.
    test::moveMouse(viewport, nothing);
    QCOMPARE(viewport->cursor().shape(), Qt::ArrowCursor);
    QVERIFY(chart->dragHintAt(nothing).isEmpty());
    test::moveMouse(viewport, handle);
    QCOMPARE(viewport->cursor().shape(), Qt::SizeVerCursor);
    test::moveMouse(viewport, budget);
    QCOMPARE(viewport->cursor().shape(), Qt::SizeHorCursor);
    test::moveMouse(viewport, frontier);
    QCOMPARE(viewport->cursor().shape(), Qt::SizeVerCursor);
    // Each says what a drag does, first thing in its tooltip; the slope names its pivot.
    QVERIFY(chart->dragHintAt(budget).contains(QStringLiteral("budget")));
    QVERIFY(chart->dragHintAt(frontier).contains(QStringLiteral("move the frontier")));
    const QString slopeHint = chart->dragHintAt(handle);
    QVERIFY2(slopeHint.contains(QStringLiteral("slope")) && slopeHint.contains(QStringLiteral("turns about the budget")),
             qPrintable(slopeHint));
    test::moveMouse(viewport, handle);
    QVERIFY2(QToolTip::text().startsWith(slopeHint), qPrintable(QToolTip::text()));
    // Held: a closed hand; let go: the arrow again.
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, handle);
    QCOMPARE(viewport->cursor().shape(), Qt::ClosedHandCursor);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, handle);
    QCOMPARE(viewport->cursor().shape(), Qt::SizeVerCursor);
    window.document()->undoStack()->clear();

    // The allocation chart's N_opt line likewise.
    auto *allocation = window.allocationChart();
    const QPoint line = allocation->paramsPixelAt(window.document()->plan().allocation.flops * 10).toPoint();
    test::moveMouse(allocation->viewport(), line);
    QCOMPARE(allocation->viewport()->cursor().shape(), Qt::SizeVerCursor);
    QVERIFY(allocation->dragHintAt(line).contains(QStringLiteral("tilt the optimal size")));
    QVERIFY(QToolTip::text().startsWith(allocation->dragHintAt(line)));
}

void TestWindowCharts::slopeTurnsAboutTheBudget()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::PlanDocument *doc = window.document();
    auto *chart = window.lossChart();
    QWidget *viewport = chart->viewport();
    const double flops = doc->plan().allocation.flops;
    const double loss = *doc->plan().allocation.loss;
    const QPointF pivotPixel = chart->pixelOf(flops, loss);
    const double gamma = computeExponent(doc->law());
    const double leftFlops = std::pow(10.0, chart->range().xMin + 0.3);
    const QPointF leftBefore = chart->frontierPixelAt(leftFlops);

    QVERIFY(!chart->pivotPixel());
    const QPoint from = chart->slopeHandlePixel().toPoint();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= 4; ++i)
        test::moveMouse(viewport, from + QPoint(0, 5 * i), Qt::LeftButton);
    // While dragging, the pivot is drawn where the budget meets the frontier.
    QVERIFY(chart->pivotPixel());
    QVERIFY2(distance(*chart->pivotPixel(), pivotPixel) < 0.5,
             qPrintable(QStringLiteral("%1,%2").arg(chart->pivotPixel()->x()).arg(chart->pivotPixel()->y())));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, from + QPoint(0, 20));
    QVERIFY(!chart->pivotPixel());

    // The slope changed (20 px down at the right: steeper), the pivot stayed, in data and in pixels.
    QVERIFY2(computeExponent(doc->law()) > gamma * 1.01, qPrintable(QString::number(computeExponent(doc->law()))));
    QCOMPARE(doc->plan().allocation.flops, flops);
    FRONTIER_COMPARE_REL(*doc->plan().allocation.loss, loss, 1e-9);
    FRONTIER_COMPARE_REL(*doc->law().optimumForFlops(flops).loss, loss, 1e-9);
    QVERIFY(distance(chart->frontierPixelAt(flops), pivotPixel) < 0.5);
    // A lever: the far side of the pivot rose (a steeper frontier), rather than the whole curve moving down.
    QVERIFY2(chart->frontierPixelAt(leftFlops).y() < leftBefore.y() - 1,
             qPrintable(QStringLiteral("left end from y %1 to %2").arg(leftBefore.y()).arg(chart->frontierPixelAt(leftFlops).y())));
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Change frontier slope"));
}

void TestWindowCharts::tiltTurnsAboutTheBudget()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::PlanDocument *doc = window.document();
    auto *chart = window.allocationChart();
    const double flops = doc->plan().allocation.flops;
    const double params = doc->plan().allocation.params;
    const double loss = *doc->plan().allocation.loss;
    const double a = allocationExponent(doc->law());
    const QPoint from = chart->paramsPixelAt(flops * 10).toPoint();
    QTest::mousePress(chart->viewport(), Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= 5; ++i)
        test::moveMouse(chart->viewport(), from - QPoint(0, 5 * i), Qt::LeftButton);
    QVERIFY(chart->pivotPixel());
    QVERIFY(distance(*chart->pivotPixel(), chart->pixelOf(flops, params)) < 0.5);
    QTest::mouseRelease(chart->viewport(), Qt::LeftButton, Qt::NoModifier, from - QPoint(0, 25));
    QVERIFY(!chart->pivotPixel());
    // Up past the budget: N_opt grows faster; the plan's size and loss at the budget stay.
    QVERIFY2(allocationExponent(doc->law()) > a + 0.005, qPrintable(QStringLiteral("a %1 -> %2").arg(a).arg(allocationExponent(doc->law()))));
    FRONTIER_COMPARE_REL(doc->plan().allocation.params, params, 1e-9);
    FRONTIER_COMPARE_REL(*doc->plan().allocation.loss, loss, 1e-9);
    QCOMPARE(doc->undoStack()->count(), 1);
}

void TestWindowCharts::focusShowsAsAFrame()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *chart = window.lossChart();
    window.allocationChart()->setFocus();
    QTRY_VERIFY(window.allocationChart()->hasFocus());
    QVERIFY(!chart->focusFrameVisible());
    const QImage without = chart->viewport()->grab().toImage();
    chart->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(chart->hasFocus());
    QVERIFY(chart->focusFrameVisible());
    const QImage with = chart->viewport()->grab().toImage();
    // The frame: the palette's highlight all round the edge, where the chart's background was.
    const QColor highlight = chart->palette().color(QPalette::Highlight);
    const int w = with.width(), h = with.height();
    for (const QPoint p : {QPoint(0, h / 2), QPoint(w - 1, h / 3), QPoint(w / 2, 0), QPoint(w / 3, h - 1)}) {
        QCOMPARE(with.pixelColor(p).rgb(), highlight.rgb());
        QVERIFY(without.pixelColor(p).rgb() != highlight.rgb());
    }
    // Never in an export.
    chart->setDecorationsVisible(false);
    QVERIFY(!chart->focusFrameVisible());
    QVERIFY(chart->viewport()->grab().toImage().pixelColor(0, h / 2).rgb() != highlight.rgb());
    chart->setDecorationsVisible(true);
}

void TestWindowCharts::chartsHaveAccessibleText()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::PlanDocument *doc = window.document();
    QAccessibleInterface *loss = QAccessible::queryAccessibleInterface(window.lossChart());
    QAccessibleInterface *allocation = QAccessible::queryAccessibleInterface(window.allocationChart());
    QVERIFY(loss && allocation);
    QCOMPARE(loss->text(QAccessible::Name), QStringLiteral("Loss chart"));
    QCOMPARE(allocation->text(QAccessible::Name), QStringLiteral("Allocation chart"));
    // What is on it, in the readouts' numbers: the law, the budget, the optimum.
    const auto expectOnIt = [&] {
        const Allocation &a = doc->plan().allocation;
        const QString law = QString::fromStdString(doc->law().info().name);
        const QString flops = data::peopleNumber(a.flops);
        const QString params = data::peopleCount(a.params, data::NumberStyle::English);
        const QString lossText = loss->text(QAccessible::Description);
        for (const QString &part : QStringList{law, QStringLiteral("Budget %1 FLOPs").arg(flops), params + QStringLiteral(" parameters"),
                                    QStringLiteral("loss %1").arg(QString::fromStdString(formatNumber(*a.loss, 4)))})
            QVERIFY2(lossText.contains(part), qPrintable(part + QStringLiteral(" not in: ") + lossText));
        const QString allocationText = allocation->text(QAccessible::Description);
        for (const QString &part : QStringList{law, flops, params, data::peopleCount(a.tokens, data::NumberStyle::English)})
            QVERIFY2(allocationText.contains(part), qPrintable(part + QStringLiteral(" not in: ") + allocationText));
    };
    expectOnIt();
    QVERIFY(loss->text(QAccessible::Description).contains(QStringLiteral("Chinchilla")));
    // It follows the plan.
    const QString before = loss->text(QAccessible::Description);
    doc->setBudget(1e6, BudgetUnit::Usd);
    QVERIFY(loss->text(QAccessible::Description) != before);
    expectOnIt();
    doc->setLaw("kaplan2020");
    expectOnIt();
}

void TestWindowCharts::contrastInBothThemes_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<bool>("atStart"); // the theme in force when the window opens (a saved choice)
    QTest::newRow("light") << QStringLiteral("light") << false;
    QTest::newRow("dark") << QStringLiteral("dark") << false;
    QTest::newRow("dark at start") << QStringLiteral("dark") << true;
}

void TestWindowCharts::contrastInBothThemes()
{
    QFETCH(QString, theme);
    QFETCH(bool, atStart);
    const auto restore = qScopeGuard([] {
        ui::applyTheme(ui::Theme::System);
        ui::Settings::theme.set(QStringLiteral("system"));
    });
    if (atStart)
        ui::applyTheme(ui::Theme::Dark);
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (!atStart)
        window.findChild<QAction *>(QStringLiteral("theme_") + theme)->trigger();
    // A bent law shows the published frontier and N_opt too.
    window.document()->setLaw("hoffmann2022");
    window.document()->undoStack()->clear();
    {
        ui::PlanInputs bent = window.document()->inputs();
        bent.overrides = overridesBetween(window.document()->publishedLaw(),
                                          withComputeExponent(window.document()->law(), 0.2));
        window.document()->preview(bent);
        window.document()->commitPreview(QStringLiteral("bend"));
    }
    QTRY_VERIFY((theme == QLatin1String("dark")) == (window.lossChart()->chart()->backgroundBrush().color().lightness() < 128));

    for (ui::LogChartView *chart : std::initializer_list<ui::LogChartView *>{window.lossChart(), window.allocationChart()}) {
        const QColor plot = chart->chart()->backgroundBrush().color();
        // Every line and mark drawn: 3:1 against the plot.
        for (QAbstractSeries *series : chart->chart()->series()) {
            auto *xy = qobject_cast<QXYSeries *>(series);
            if (!xy || !xy->isVisible() || xy->count() == 0)
                continue;
            // A mark is seen by its fill, a hollow one (filled with the plot's colour) by its border.
            const auto *scatter = qobject_cast<QScatterSeries *>(xy);
            const QColor color = !scatter                 ? xy->pen().color()
                                 : scatter->color() == plot ? scatter->borderColor()
                                                            : scatter->color();
            QVERIFY2(ui::contrastRatio(color, plot) >= 3.0,
                     qPrintable(QStringLiteral("%1 in %2 on %3: %4:1").arg(xy->name(), color.name(), plot.name())
                                    .arg(ui::contrastRatio(color, plot))));
        }
        // Every text: 4.5:1, the axes' and the labels drawn on the plot (the published runs' names).
        for (QAbstractAxis *axis : chart->chart()->axes())
            QVERIFY(ui::contrastRatio(axis->labelsColor(), plot) >= 4.5);
        int labels = 0;
        for (const QGraphicsItem *item : chart->scene()->items()) {
            const auto *text = dynamic_cast<const QGraphicsSimpleTextItem *>(item);
            if (!text || !text->isVisible() || text->text().isEmpty())
                continue;
            ++labels;
            const QColor color = text->brush().color();
            QVERIFY2(ui::contrastRatio(color, plot) >= 4.5,
                     qPrintable(QStringLiteral("'%1' in %2 on %3").arg(text->text(), color.name(), plot.name())));
        }
        QVERIFY(labels > 0); // the published runs are on at first, and some of their names fit
    }
    // Each learning curve, from the smallest model to the largest.
    const QList<QColor> curves = window.lossChart()->curveColors();
    QVERIFY(curves.size() >= 10);
    const QColor plot = window.lossChart()->chart()->backgroundBrush().color();
    for (const QColor &c : curves)
        QVERIFY2(ui::contrastRatio(c, plot) >= 3.0,
                 qPrintable(QStringLiteral("%1 on %2: %3:1").arg(c.name(), plot.name()).arg(ui::contrastRatio(c, plot))));

    // The panels' quiet texts as painted: the law's citation, where the grid intensity came from.
    for (const char *name : {"lawCitation", "gridSource"}) {
        auto *label = window.findChild<QLabel *>(QLatin1String(name));
        QVERIFY(label);
        QVERIFY(!label->text().isEmpty());
        QVERIFY2(paintedTextContrast(label) >= 4.5,
                 qPrintable(QStringLiteral("%1: %2:1").arg(QLatin1String(name)).arg(paintedTextContrast(label))));
    }
}

QTEST_MAIN(TestWindowCharts)
#include "tst_window_charts.moc"
