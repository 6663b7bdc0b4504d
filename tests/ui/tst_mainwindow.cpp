// The window: the default plan on start, drags on the charts that change the plan live and undo
// as one step, typed budgets, the language switching live, and a comma locale changing nothing.
#include "chartmouse.h"
#include "testsupport.h"

#include "model/laws/whatif.h"
#include "data/language.h"
#include "ui/charts/allocationchart.h"
#include "ui/charts/losschart.h"
#include "ui/document/plandocument.h"
#include "ui/window/mainwindow.h"
#include "ui/files/settings.h"
#include "ui/window/theme.h"

#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoStack>

#include <clocale>

using namespace frontier;
using frontier::ui::MainWindow;

namespace {

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        frontier::test::isolateWindowTest();
    }
    void opensOnTheDefaultPlan();
    void fitsSmallScreensWithoutSideScrolling();
    void readoutsReadOnOneLineAt1280();
    void readoutsAreWholeAt1024_data();
    void readoutsAreWholeAt1024();
    void stackedChartsShareTheirFlopAxis();
    void darkThemeReachesTheCharts();
    void dragTheDollarBudget();
    void dragTheFrontierUp();
    void dragTheFrontierSlope();
    void tiltTheOptimalSize();
    void arrowKeysNudgeTheBudget();
    void typedBudgetAndUnit();
    void languageSwitchesLive();
    void languageChoiceIsRemembered();
    void failedLanguageSwitchKeepsTheCurrentOne();
    void budgetInACommaLocale();

private:
    ui::AppCatalogs m_catalogs = ui::AppCatalogs::fromResources();
};

void TestMainWindow::opensOnTheDefaultPlan()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Chinchilla (unrounded), $20,000 on 8 H100 SXM at the cheapest offer, world-average grid.
    QCOMPARE(window.document()->law().id(), std::string("hoffmann2022"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("costReadout"))->text(), QStringLiteral("$20,000"));
    const Plan expected = test::modelPlan(m_catalogs, ui::PlanInputs::defaults());
    FRONTIER_COMPARE_REL(window.document()->plan().allocation.params, expected.allocation.params, 1e-12);
    // A full chart at once: 20-40 curves and the frontier.
    QVERIFY2(window.lossChart()->visibleCurveCount() >= 20, qPrintable(QString::number(window.lossChart()->visibleCurveCount())));
    QVERIFY(!window.lossChart()->data().frontier.empty());
    // The family is painted by our own item: it must place a value where the chart's axes do.
    const CurvePoint &p = window.lossChart()->data().curves.front().points[50];
    const QPointF value(std::log10(p.flops), std::log10(p.loss));
    const QPointF byChart = window.lossChart()->mapFromScene(window.lossChart()->chart()->mapToScene(
        window.lossChart()->chart()->mapToPosition(value)));
    const QPointF byItem = window.lossChart()->curvePixel(value);
    QVERIFY2(QLineF(byChart, byItem).length() < 0.5,
             qPrintable(QStringLiteral("%1,%2 vs %3,%4").arg(byChart.x()).arg(byChart.y()).arg(byItem.x()).arg(byItem.y())));
}

// The loss chart over the allocation chart read as one figure: the same FLOP range, and their plots
// start and end at the same x (their y labels differ in width, "2.2" against "100B"), so a FLOP value
// sits at the same x in both, through a change of law and a resize.
void TestMainWindow::stackedChartsShareTheirFlopAxis()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto xOf = [](const ui::LogChartView *chart, double log10Flops) {
        return chart->mapTo(chart->window(), chart->pixelOf(std::pow(10.0, log10Flops), 1.0).toPoint()).x();
    };
    const auto check = [&] {
        const ui::LogRange r = window.lossChart()->range();
        QCOMPARE(window.allocationChart()->range().xMin, r.xMin);
        for (const double at : {r.xMin, (r.xMin + r.xMax) / 2, r.xMax})
            QTRY_VERIFY2(std::abs(xOf(window.lossChart(), at) - xOf(window.allocationChart(), at)) <= 1,
                         qPrintable(QStringLiteral("10^%1 FLOPs: x %2 on the loss chart, %3 on the allocation chart")
                                        .arg(at).arg(xOf(window.lossChart(), at)).arg(xOf(window.allocationChart(), at))));
    };
    check();
    window.document()->setLaw("kaplan2020");
    check();
    window.resize(window.width() - 120, window.height());
    check();
}

// The readouts column was a fixed 260 px: "8,160 GPU-hours" wrapped to "GPU-/hours". At 1280 x 800
// it is as wide as its values; only the sentences (the equivalents, the memory verdict) wrap.
void TestMainWindow::readoutsAreWholeAt1024_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
}

// The readouts column has no sideways scroll bar: at 1024 x 640 its content must fit the width the
// column gets, or its right edge (the comparison, Copy all, the shapes) is cut off unseen.
void TestMainWindow::readoutsAreWholeAt1024()
{
    QFETCH(QString, language);
    QVERIFY(frontier::ui::setLanguage(language));
    const auto english = qScopeGuard([] { frontier::ui::setLanguage(QStringLiteral("en")); });
    MainWindow window(m_catalogs);
    window.resize(1024, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *readouts = window.findChild<QScrollArea *>(QStringLiteral("readoutsArea"));
    QVERIFY(readouts);
    QTRY_VERIFY2(readouts->widget()->width() <= readouts->viewport()->width(),
                 qPrintable(QStringLiteral("content %1 px in a %2 px column").arg(readouts->widget()->width()).arg(readouts->viewport()->width())));
    QVERIFY2(window.width() <= 1024, qPrintable(QString::number(window.width())));
}

void TestMainWindow::readoutsReadOnOneLineAt1280()
{
    MainWindow window(m_catalogs);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const char *name : {"paramsReadout", "tokensReadout", "lossReadout", "flopsReadout", "gpuHoursReadout",
                             "wallClockReadout", "costReadout", "energyReadout", "co2Readout"}) {
        const auto *label = window.findChild<QLabel *>(QLatin1String(name));
        QTRY_VERIFY2(label->height() < 2 * label->fontMetrics().height(),
                     qPrintable(QStringLiteral("%1 '%2' takes %3 px, a line is %4 px")
                                    .arg(QLatin1String(name), label->text())
                                    .arg(label->height())
                                    .arg(label->fontMetrics().height())));
    }
    // And the charts keep the room a plot needs.
    QVERIFY(window.lossChart()->width() >= 400);
}

void TestMainWindow::fitsSmallScreensWithoutSideScrolling()
{
    // A geometry saved on a big screen must come back inside this one (the offscreen screen is
    // 800 x 600): otherwise the readouts column opens out of sight.
    {
        QWidget big;
        big.setGeometry(0, 0, 2400, 1500);
        ui::Settings::windowGeometry.set(big.saveGeometry());
    }
    const auto forget = qScopeGuard([] { ui::Settings::windowGeometry.set({}); });
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.contains(window.frameGeometry()),
             qPrintable(QStringLiteral("%1,%2 %3x%4 on %5,%6 %7x%8").arg(window.frameGeometry().x()).arg(window.frameGeometry().y())
                            .arg(window.frameGeometry().width()).arg(window.frameGeometry().height())
                            .arg(available.x()).arg(available.y()).arg(available.width()).arg(available.height())));
    // The whole window still works at 1024 x 640, and the inputs need no sideways scrolling at the
    // width their column gets at 1280 x 800 (380 px, less the scroll bar and the frame).
    QVERIFY2(window.minimumSizeHint().width() <= 1024 && window.minimumSizeHint().height() <= 640,
             qPrintable(QStringLiteral("%1x%2").arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height())));
    auto *inputs = window.findChild<QScrollArea *>(QStringLiteral("inputsArea"));
    QVERIFY(inputs);
    const int needed = inputs->widget()->minimumSizeHint().width();
    QString widest; // which input asks for the room, when it is too much
    int widestWidth = 0;
    for (QWidget *w : inputs->widget()->findChildren<QWidget *>())
        if (w->isVisible() && !qobject_cast<QGroupBox *>(w) && w->minimumSizeHint().width() > widestWidth
            && !w->objectName().isEmpty())
            widestWidth = w->minimumSizeHint().width(), widest = w->objectName();
    QVERIFY2(needed <= 380 - inputs->verticalScrollBar()->sizeHint().width() - 2 * inputs->frameWidth(),
             qPrintable(QStringLiteral("the inputs need %1 px; the widest is %2 at %3 px").arg(needed).arg(widest).arg(widestWidth)));
}

void TestMainWindow::darkThemeReachesTheCharts()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto restore = qScopeGuard([] { ui::applyTheme(ui::Theme::System); ui::Settings::theme.set(QStringLiteral("system")); });
    auto *dark = window.findChild<QAction *>(QStringLiteral("theme_dark"));
    QVERIFY(dark);
    dark->trigger();
    QCOMPARE(ui::Settings::theme.value(), QStringLiteral("dark"));
    // The charts repaint in the new palette: a dark plot behind light text.
    QChart *chart = window.lossChart()->chart();
    QTRY_VERIFY(chart->backgroundBrush().color().lightness() < 60);
    QVERIFY(chart->axes().first()->labelsColor().lightness() > 180);
    window.findChild<QAction *>(QStringLiteral("theme_light"))->trigger();
    QTRY_VERIFY(chart->backgroundBrush().color().lightness() > 200);
}

void TestMainWindow::dragTheDollarBudget()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::PlanDocument *doc = window.document();
    auto *chart = window.lossChart();
    auto *params = window.findChild<QLabel *>(QStringLiteral("paramsReadout"));
    const QString paramsBefore = params->text();
    const QPoint from = chart->budgetHandlePixel().toPoint();
    const QPoint to = from + QPoint(60, 0);
    test::dragMouse(chart->viewport(), from, to);
    // The budget moved in dollars, to what the pixel it was dropped on costs (within a pixel).
    const double flopsAtDrop = chart->valueAt(to)->x();
    const double onePixel = chart->valueAt(to + QPoint(1, 0))->x() / flopsAtDrop;
    QCOMPARE(doc->inputs().budgetUnit, BudgetUnit::Usd);
    FRONTIER_COMPARE_REL(doc->inputs().budgetAmount, doc->budgetAmountForFlops(flopsAtDrop), onePixel - 1);
    QVERIFY(doc->inputs().budgetAmount > 20000);
    // The readouts are the model's plan at the new budget.
    const Plan expected = test::modelPlan(m_catalogs, doc->inputs());
    FRONTIER_COMPARE_REL(doc->plan().allocation.params, expected.allocation.params, 1e-12);
    QVERIFY(params->text() != paramsBefore);
    // One drag, one undo step: undo restores $20,000 and the old readouts.
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Drag budget"));
    doc->undoStack()->undo();
    QCOMPARE(doc->inputs().budgetAmount, 20000.0);
    QCOMPARE(params->text(), paramsBefore);
}

void TestMainWindow::dragTheFrontierUp()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::PlanDocument *doc = window.document();
    auto *chart = window.lossChart();
    const double flops = doc->plan().allocation.flops / 30;
    const QPoint from = chart->frontierPixelAt(flops).toPoint();
    const QPoint to = from - QPoint(0, 40);
    test::dragMouse(chart->viewport(), from, to);
    // A and B scaled by one factor (alpha, beta kept), and the frontier now passes the drop point.
    const auto &o = doc->inputs().overrides;
    QVERIFY(o.count("A") && o.count("B"));
    QVERIFY(!o.count("alpha") && !o.count("beta"));
    FRONTIER_COMPARE_REL(o.at("A") / 406.4010175194737, o.at("B") / 410.7228269450398, 1e-12);
    QVERIFY(o.at("A") > 406.4010175194737);
    const auto dropped = chart->valueAt(to);
    FRONTIER_COMPARE_REL(*doc->law().optimumForFlops(dropped->x()).loss, dropped->y(), 1e-9);
    FRONTIER_COMPARE_REL(doc->plan().allocation.params, test::modelPlan(m_catalogs, doc->inputs()).allocation.params, 1e-12);
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QVERIFY(doc->inputs().overrides.empty());
}

void TestMainWindow::dragTheFrontierSlope()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::PlanDocument *doc = window.document();
    auto *chart = window.lossChart();
    const double a = allocationExponent(doc->law());
    const QPoint from = chart->slopeHandlePixel().toPoint();
    test::dragMouse(chart->viewport(), from, from + QPoint(0, 30));
    // Down at the right end: a steeper frontier. gamma changed, a = beta/(alpha+beta) kept.
    const auto &o = doc->inputs().overrides;
    QVERIFY(o.count("alpha") && o.count("beta"));
    const double alpha = o.at("alpha"), beta = o.at("beta");
    FRONTIER_COMPARE_REL(beta / (alpha + beta), a, 1e-9);
    QVERIFY(alpha * beta / (alpha + beta) > 0.33917084 * 0.2849083 / (0.33917084 + 0.2849083));
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Change frontier slope"));
}

void TestMainWindow::tiltTheOptimalSize()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::PlanDocument *doc = window.document();
    auto *chart = window.allocationChart();
    const double gamma = computeExponent(doc->law());
    const double flops = doc->plan().allocation.flops * 10;
    const QPoint from = chart->paramsPixelAt(flops).toPoint();
    test::dragMouse(chart->viewport(), from, from - QPoint(0, 25));
    const auto &o = doc->inputs().overrides;
    QVERIFY(o.count("alpha") && o.count("beta"));
    // gamma kept, a raised: the optimal size grows faster with compute.
    FRONTIER_COMPARE_REL(o.at("alpha") * o.at("beta") / (o.at("alpha") + o.at("beta")), gamma, 1e-9);
    QVERIFY(o.at("beta") / (o.at("alpha") + o.at("beta")) > 0.2849083 / (0.33917084 + 0.2849083));
    QCOMPARE(doc->undoStack()->count(), 1);
}

void TestMainWindow::arrowKeysNudgeTheBudget()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::PlanDocument *doc = window.document();
    window.lossChart()->setFocus();
    QTest::keyClick(window.lossChart(), Qt::Key_Right);
    // Cost is linear in FLOPs on a peak x MFU chip: 10^0.05 more FLOPs is 10^0.05 more dollars.
    FRONTIER_COMPARE_REL(doc->inputs().budgetAmount, 20000 * std::pow(10.0, 0.05), 1e-9);
    QTest::keyClick(window.lossChart(), Qt::Key_PageDown);
    FRONTIER_COMPARE_REL(doc->inputs().budgetAmount, 20000 * std::pow(10.0, -0.45), 1e-9);
    QCOMPARE(doc->undoStack()->count(), 2);
}

void TestMainWindow::typedBudgetAndUnit()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *budget = window.findChild<QLineEdit *>(QStringLiteral("budgetEdit"));
    QVERIFY(budget);
    budget->selectAll();
    QTest::keyClicks(budget, QStringLiteral("50k"));
    QTest::keyClick(budget, Qt::Key_Return);
    QCOMPARE(window.document()->inputs().budgetAmount, 50000.0);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("costReadout"))->text(), QStringLiteral("$50,000"));
    // A bad value leaves the plan as it was.
    budget->selectAll();
    QTest::keyClicks(budget, QStringLiteral("lots"));
    QTest::keyClick(budget, Qt::Key_Return);
    QCOMPARE(window.document()->inputs().budgetAmount, 50000.0);
}

void TestMainWindow::languageSwitchesLive()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(frontier::ui::setLanguage(QStringLiteral("zh_CN")));
    QTRY_VERIFY(window.windowTitle().endsWith(QStringLiteral("Frontier — 算力最优的模型规模")));
    QVERIFY(frontier::ui::setLanguage(QStringLiteral("en")));
    QTRY_VERIFY(window.windowTitle().endsWith(QStringLiteral("Frontier — compute-optimal model size")));
}

void TestMainWindow::languageChoiceIsRemembered()
{
    MainWindow window(m_catalogs);
    QCOMPARE(frontier::ui::Settings::language.value(), QString()); // never chosen yet
    auto *chinese = window.findChild<QAction *>(QStringLiteral("languageChinese"));
    QVERIFY(chinese);
    chinese->trigger();
    QCOMPARE(frontier::ui::Settings::language.value(), QStringLiteral("zh_CN"));
    QCOMPARE(QSettings().value(QStringLiteral("version")).toInt(), frontier::ui::Settings::kVersion);
    window.findChild<QAction *>(QStringLiteral("languageEnglish"))->trigger();
    QCOMPARE(frontier::ui::Settings::language.value(), QStringLiteral("en"));
    // A value no release wrote reads as "not chosen", not as a broken language.
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
    QCOMPARE(frontier::ui::Settings::language.value(), QString());
}

void TestMainWindow::failedLanguageSwitchKeepsTheCurrentOne()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *english = window.findChild<QAction *>(QStringLiteral("languageEnglish"));
    auto *chinese = window.findChild<QAction *>(QStringLiteral("languageChinese"));
    QVERIFY(english && chinese);
    const QString chineseTitle = QStringLiteral("Frontier — 算力最优的模型规模");

    // In Chinese, a language with no translation fails: Chinese stays, translator and all
    // (the old code removed the current translator first and landed in English).
    chinese->trigger();
    QTRY_VERIFY(window.windowTitle().endsWith(chineseTitle));
    QVERIFY(!frontier::ui::setLanguage(QStringLiteral("xx_YY")));
    QCOMPARE(frontier::ui::currentLanguage(), QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    QVERIFY(window.windowTitle().endsWith(chineseTitle));

    // Back in English with the translations gone (a broken installation): choosing Chinese in the
    // menu fails, and the check mark stays on English, the language still showing.
    english->trigger();
    QTRY_VERIFY(window.windowTitle().endsWith(QStringLiteral("Frontier — compute-optimal model size")));
    QTemporaryDir empty;
    frontier::ui::setTranslationDirectory(empty.path());
    auto restore = qScopeGuard([] { frontier::ui::setTranslationDirectory(QStringLiteral(":/i18n")); });
    chinese->trigger();
    QCOMPARE(frontier::ui::currentLanguage(), QStringLiteral("en"));
    QVERIFY(english->isChecked());
    QVERIFY(!chinese->isChecked());
    QCOMPARE(frontier::ui::Settings::language.value(), QStringLiteral("en")); // the failure is not remembered
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("zh_CN")),
             qPrintable(window.statusBar()->currentMessage()));
    QCoreApplication::processEvents();
    QVERIFY(window.windowTitle().endsWith(QStringLiteral("Frontier — compute-optimal model size")));
}

void TestMainWindow::budgetInACommaLocale()
{
    // A German user types the budget as everyone else does; the locale must not change its meaning.
    const std::string previous = std::setlocale(LC_ALL, nullptr);
    if (!std::setlocale(LC_ALL, "de_DE.UTF-8"))
        QFAIL("locale de_DE.UTF-8 is missing: bootstrap.sh generates it (locale-gen)");
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    auto restore = qScopeGuard([&] {
        std::setlocale(LC_ALL, previous.c_str());
        QLocale::setDefault(QLocale::c());
    });
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *budget = window.findChild<QLineEdit *>(QStringLiteral("budgetEdit"));
    for (const QString &text : {QStringLiteral("25000"), QStringLiteral("25k"), QStringLiteral("$25,000")}) {
        budget->selectAll();
        QTest::keyClicks(budget, text);
        QTest::keyClick(budget, Qt::Key_Return);
        QCOMPARE(window.document()->inputs().budgetAmount, 25000.0);
    }
    budget->selectAll();
    QTest::keyClicks(budget, QStringLiteral("2,5e4")); // a decimal comma is not a number here
    QTest::keyClick(budget, Qt::Key_Return);
    QCOMPARE(window.document()->inputs().budgetAmount, 25000.0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
