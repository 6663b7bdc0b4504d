// The Batch group of the window (ui/panels/batchpanel.h, ui/charts/batchchart.h): a batch typed in
// tokens or in sequences is one undo step, the readouts follow Kaplan et al. 2020's Section 5.1,
// the chart draws S(B) with B_crit, the warnings show with the plan's, "Copy all" carries the steps
// and B_crit, and the Tab chain reaches the field.
#include "testsupport.h"
#include "paneltestsupport.h"

#include "data/peopleformat.h"
#include "data/resourcedata.h"
#include "ui/charts/batchchart.h"
#include "ui/document/plandocument.h"
#include "ui/panels/batchpanel.h"
#include "ui/panels/readoutspanel.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QScrollArea>

#include <cmath>

using namespace frontier;
using namespace frontier::ui;
using namespace frontier::test;

namespace {

PlanInputs kaplanJob()
{
    PlanInputs inputs = PlanInputs::defaults();
    inputs.lawId = "kaplan2020";
    inputs.mode = PlanMode::FixedJob;
    inputs.params = 1e9;
    inputs.tokens = 2e10;
    return inputs;
}

QLabel *label(QWidget *w, const char *name) { return w->findChild<QLabel *>(QLatin1String(name)); }

} // namespace

class TestWindowBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateWindowTest(); }
    void typedBatchIsOneUndoStep();
    void sequencesTimesContext();
    void chartMarksCriticalBatch();
    void a2020GpuSaysWhereItsSpeedSaturates();
    void warningsAndCopyAll();
    void windowHasTheGroupInTheTabChain();
    void axesStayPutWhileADragPreviews();

private:
    AppCatalogs m_catalogs = AppCatalogs::fromResources();
};

void TestWindowBatch::typedBatchIsOneUndoStep()
{
    PlanDocument doc(m_catalogs, kaplanJob());
    BatchPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    checkReachable(&panel);
    auto *edit = panel.findChild<QLineEdit *>(QStringLiteral("batchEdit"));
    QVERIFY(edit);
    QVERIFY(!edit->accessibleName().isEmpty());
    QVERIFY(label(&panel, "batchHint")->isVisible());       // no batch yet: what one would show
    QVERIFY(!label(&panel, "batchStepsReadout")->isVisible());

    const int before = doc.undoStack()->count();
    typeInto(edit, QStringLiteral("4M"));
    QCOMPARE(doc.undoStack()->count(), before + 1);
    QCOMPARE(doc.inputs().batchTokens, std::optional<double>(4e6));
    QVERIFY(doc.plan().batch);
    // 2e10 tokens at 4e6 a step: 5,000 steps; B_crit at the plan's own (Kaplan) loss.
    QVERIFY2(label(&panel, "batchStepsReadout")->text().startsWith(QStringLiteral("5 k steps")),
             qPrintable(label(&panel, "batchStepsReadout")->text()));
    const double loss = *doc.plan().allocation.loss;
    const double critical = 2.1e8 / std::pow(loss, 1 / 0.21); // Kaplan et al. 2020, Eq. 5.3, appendix B_*
    QVERIFY(label(&panel, "criticalBatchReadout")->text().contains(data::peopleCount(critical, data::NumberStyle::English)));
    QVERIFY(label(&panel, "stepsFactorReadout")->text().startsWith(data::peopleNumber(1 + critical / 4e6)));
    QVERIFY(label(&panel, "tokensFactorReadout")->text().startsWith(data::peopleNumber(1 + 4e6 / critical)));
    QVERIFY(label(&panel, "batchStepsReadout")->isVisible());
    QVERIFY(!label(&panel, "criticalBatchReadout")->accessibleName().isEmpty());
    saveShot(&panel, QStringLiteral("batchpanel"));

    doc.undoStack()->undo();
    QCOMPARE(doc.inputs().batchTokens, std::optional<double>());
    QVERIFY(!doc.plan().batch);
    QVERIFY(label(&panel, "batchHint")->isVisible());
    doc.undoStack()->redo();
    QCOMPARE(doc.inputs().batchTokens, std::optional<double>(4e6));

    // Emptied: no batch again, one more step.
    typeInto(edit, QString());
    QCOMPARE(doc.inputs().batchTokens, std::optional<double>());
    QCOMPARE(doc.undoStack()->count(), before + 2);
    // Out of limits.json's range: refused in the field, nothing pushed.
    typeInto(edit, QStringLiteral("1e11"));
    QCOMPARE(doc.undoStack()->count(), before + 2);
    QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("batchEditError"))->text().isEmpty());
}

void TestWindowBatch::sequencesTimesContext()
{
    PlanInputs inputs = kaplanJob();
    inputs.choices.sequenceLength = 1024;
    PlanDocument doc(m_catalogs, inputs);
    BatchPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *unit = panel.findChild<QComboBox *>(QStringLiteral("batchUnitCombo"));
    choose(unit, 1); // sequences of the plan's context
    QVERIFY2(unit->currentText().contains(QStringLiteral("1024 tokens")), qPrintable(unit->currentText()));
    typeInto(panel.findChild<QLineEdit *>(QStringLiteral("batchEdit")), QStringLiteral("512"));
    QCOMPARE(doc.inputs().batchTokens, std::optional<double>(512 * 1024.0));
    QCOMPARE(panel.findChild<QLineEdit *>(QStringLiteral("batchEdit"))->text(), QStringLiteral("512"));
    choose(unit, 0); // the same batch, shown in tokens; the document keeps it as it was
    QCOMPARE(panel.findChild<QLineEdit *>(QStringLiteral("batchEdit"))->text(), data::typedNumber(512 * 1024.0));
    QCOMPARE(doc.inputs().batchTokens, std::optional<double>(512 * 1024.0));
}

void TestWindowBatch::chartMarksCriticalBatch()
{
    PlanInputs inputs = kaplanJob();
    inputs.batchTokens = 4e6;
    PlanDocument doc(m_catalogs, inputs);
    BatchChart chart(&doc);
    chart.resize(360, 200);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const BatchRun &run = doc.plan().batch->run;
    QVERIFY(chart.criticalBatchShown());
    FRONTIER_COMPARE_REL(*chart.criticalBatchShown(), run.criticalTokens, 1e-12);
    // The curve is S(B) = S_min (1 + B_crit/B) (Eq. 5.1): at each point, and through 2 S_min at B_crit.
    const QList<QPointF> curve = chart.curve();
    QVERIFY(curve.size() > 10);
    for (const QPointF &p : curve)
        FRONTIER_COMPARE_REL(p.y(), run.minSteps * (1 + run.criticalTokens / p.x()), 1e-9);
    QVERIFY(curve.front().x() < run.criticalTokens && curve.back().x() > run.criticalTokens);
    QVERIFY(curve.front().x() < run.batchTokens && curve.back().x() > run.batchTokens);
    // Without a batch there is nothing to draw.
    doc.setInputs(kaplanJob(), QStringLiteral("no batch"));
    QVERIFY(!chart.isVisible());
}

void TestWindowBatch::a2020GpuSaysWhereItsSpeedSaturates()
{
    // The Hugging Face 2020 blog: speed stopped growing past 64 sequences on the V100 (16 on the K80).
    PlanInputs inputs = kaplanJob();
    inputs.choices.gpu = "v100-sxm2-16gb";
    inputs.choices.gpus = 1;
    inputs.choices.usdPerGpuHour = 2.0;
    PlanDocument doc(m_catalogs, inputs);
    BatchPanel panel(&doc);
    QVERIFY2(label(&panel, "batchSource")->text().contains(QStringLiteral("V100's speed stop growing past 64 sequences")),
             qPrintable(label(&panel, "batchSource")->text()));
    QVERIFY(label(&panel, "batchSource")->toolTip().contains(QStringLiteral("Hugging Face blog")));
    PlanInputs k80 = inputs;
    k80.choices.gpu = "k80";
    doc.setInputs(k80, QStringLiteral("K80"));
    QVERIFY(label(&panel, "batchSource")->text().contains(QStringLiteral("past 16 sequences")));
    // 200 sequences of 2048 tokens on one K80: past it, warned with the plan's warnings.
    k80.batchTokens = 200 * 2048.0;
    doc.setInputs(k80, QStringLiteral("batch"));
    QVERIFY(std::any_of(doc.plan().warnings.begin(), doc.plan().warnings.end(),
                        [](const Message &m) { return m.code == "batch.past_gpu_saturation"; }));
    // An H100 is no GPU of the study: no such note.
    doc.setInputs(kaplanJob(), QStringLiteral("H100"));
    QVERIFY(label(&panel, "batchSource")->text().isEmpty());
}

void TestWindowBatch::warningsAndCopyAll()
{
    // A 1e9-token batch is far past B_crit (a few million tokens here): warned among the plan's.
    PlanInputs inputs = kaplanJob();
    inputs.batchTokens = 1e9;
    PlanDocument doc(m_catalogs, inputs);
    ReadoutsPanel readouts(&doc);
    readouts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&readouts));
    QVERIFY(label(&readouts, "planWarnings")->text().contains(QStringLiteral("critical batch")));
    readouts.findChild<QPushButton *>(QStringLiteral("copyAllButton"))->click();
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.contains(QStringLiteral("Steps: 20 at 1 B tokens a batch")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Critical batch: ")), qPrintable(text));
    // Without a batch the rows are not there, on screen or on the clipboard.
    doc.setInputs(kaplanJob(), QStringLiteral("no batch"));
    QVERIFY(!readouts.summary().contains(QStringLiteral("Critical batch:")));
    QVERIFY(!label(&readouts, "stepsReadout")->isVisible());
}

void TestWindowBatch::windowHasTheGroupInTheTabChain()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("batchEdit"));
    QVERIFY(edit);
    typeInto(edit, QStringLiteral("2M"));
    QCOMPARE(window.document()->inputs().batchTokens, std::optional<double>(2e6));
    auto *chart = window.findChild<BatchChart *>();
    QVERIFY(chart->isVisible());
    // Tab from the last energy field: the batch, its unit, each readout, the chart, then the unique-data field.
    window.findChild<QLineEdit *>(QStringLiteral("electricityEdit"))->setFocus(Qt::TabFocusReason);
    QStringList visited;
    for (int i = 0; i < 10; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(visited, (QStringList{"batchEdit", "batchUnitCombo", "batchStepsReadout", "batchTokensReadout",
                                   "stepsFactorReadout", "tokensFactorReadout", "criticalBatchReadout",
                                   "doubledBatchReadout", "batchChart", "uniqueTokensEdit"}));
    // Undo from the window's stack takes the batch back out.
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->inputs().batchTokens, std::optional<double>());
    QVERIFY(!chart->isVisible());
    window.document()->undoStack()->redo();
    window.findChild<QScrollArea *>(QStringLiteral("inputsArea"))->ensureWidgetVisible(chart);
    saveShot(&window, QStringLiteral("window-batch"));
    saveShot(window.findChild<BatchPanel *>()->parentWidget(), QStringLiteral("window-batch-group"));
}

// The axes' ticks cost most of a refresh: a drag slides the curve under still axes (bench_drag's
// budget drag with a batch went past 8 ms at p99 when they followed every move), and the set plan
// gets axes fitted to it.
void TestWindowBatch::axesStayPutWhileADragPreviews()
{
    PlanInputs inputs = kaplanJob();
    inputs.batchTokens = 1e6;
    PlanDocument doc(m_catalogs, inputs);
    BatchChart chart(&doc);
    const LogRange fitted = chart.range();
    PlanInputs bigger = inputs;
    bigger.params = 1.2e9; // a little lower loss, a little larger B_crit: the curve slides a little
    doc.preview(bigger);
    QCOMPARE(chart.range(), fitted);
    QCOMPARE(chart.criticalBatchShown(), doc.plan().batch->run.criticalTokens); // the curve did follow
    doc.commitPreview(QStringLiteral("drag"));
    QVERIFY(!(chart.range() == fitted));
    // Fitted to the set plan: the same axes a chart opened on it now shows.
    BatchChart fresh(&doc);
    QCOMPARE(chart.range(), fresh.range());
}

QTEST_MAIN(TestWindowBatch)
#include "tst_window_batch.moc"
