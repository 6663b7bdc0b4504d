// File ▸ Import runs… in the window: a runs CSV becomes the law "Fitted: FILE (method)" that the
// plan switches to, as one undo step; its runs are drawn on the loss chart coloured by size; a
// cancelled fit adds nothing; a malformed file names its line and column and leaves the plan alone.
#include "paneltestsupport.h"
#include "testsupport.h"

#include "model/core/units.h"
#include "ui/charts/losschart.h"
#include "ui/document/plandocument.h"
#include "ui/document/runfit.h"
#include "ui/files/importrunscontroller.h"
#include "ui/files/importrunsdialog.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QUndoStack>

#include <cmath>

using namespace frontier;
using frontier::test::writeFile;
using frontier::ui::MainWindow;
using json = nlohmann::json;

namespace {

// Epoch AI's 245 points read out of Hoffmann et al. 2022 Fig. 4 (tests/reference/README.md).
const char *const kEpochFile = "chinchilla/epoch_svg_extracted_data.csv";
constexpr int kFitTimeoutMs = 120000; // the full Hoffmann grid is ~5 s in a Debug build on 2 cores

QString referencePath(const char *relative)
{
    return QStringLiteral(FRONTIER_TEST_DATA_DIR "/") + QLatin1String(relative);
}

// For checking by eye: FRONTIER_PANEL_SHOTS=folder saves `widget` as it shows now.
void shot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("FRONTIER_PANEL_SHOTS");
    if (folder.isEmpty())
        return;
    QCoreApplication::processEvents(); // the layouts a person would see settled
    QVERIFY(widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

ui::ImportRunsController *controllerOf(MainWindow &window)
{
    return window.findChild<ui::ImportRunsController *>(QStringLiteral("importRunsController"));
}

// What a person does in the method dialog: pick the method, how many runs to leave out, OK.
void chooseInDialog(MainWindow &window, int methodIndex, int excludeHighest)
{
    auto *dialog = window.findChild<ui::ImportRunsDialog *>(QStringLiteral("importRunsDialog"));
    QVERIFY(dialog && dialog->isVisible());
    shot(dialog, QStringLiteral("import-dialog"));
    dialog->findChild<QComboBox *>(QStringLiteral("fitMethodCombo"))->setCurrentIndex(methodIndex);
    dialog->findChild<QSpinBox *>(QStringLiteral("excludeHighestSpin"))->setValue(excludeHighest);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importRunsOk")), Qt::LeftButton);
}

// Imports `path` through the dialog and waits for the fit to end.
void importAndWait(MainWindow &window, const QString &path, int methodIndex, int excludeHighest)
{
    controllerOf(window)->importFile(path);
    chooseInDialog(window, methodIndex, excludeHighest);
    QTRY_VERIFY_WITH_TIMEOUT(!controllerOf(window)->fitting(), kFitTimeoutMs);
}

QStringList lawComboTexts(MainWindow &window)
{
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("lawCombo"));
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

// The constant `name` as the law panel's table shows it (its value column).
QString panelConstant(MainWindow &window, const QString &name)
{
    auto *table = window.findChild<QTableWidget *>(QStringLiteral("constantsTable"));
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == name)
            return table->item(row, 1)->text();
    return {};
}

// Relative luminance (ITU-R BT.709): viridis rises in it from dark purple to light yellow.
double luminance(const QColor &c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

} // namespace

class TestWindowImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        frontier::test::isolateWindowTest();
    }
    void menuItemHasShortcut();
    void dialogCancelAddsNothing();
    void importEpochRunsAndUndo();
    void hoffmannGridMatchesCommandLine();
    void cancelAddsNothing();
    void fitEndingAroundAProgressReport_data();
    void fitEndingAroundAProgressReport();
    void malformedFileNamesLineAndColumn();
};

void TestWindowImport::menuItemHasShortcut()
{
    ui::AppCatalogs catalogs = ui::AppCatalogs::fromResources();
    MainWindow window(catalogs);
    auto *action = window.findChild<QAction *>(QStringLiteral("importRunsAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QVERIFY(action->text().contains(QStringLiteral("Import runs")));
}

void TestWindowImport::dialogCancelAddsNothing()
{
    ui::AppCatalogs catalogs = ui::AppCatalogs::fromResources();
    MainWindow window(catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    controllerOf(window)->importFile(referencePath(kEpochFile));
    auto *dialog = window.findChild<ui::ImportRunsDialog *>(QStringLiteral("importRunsDialog"));
    QVERIFY(dialog && dialog->isVisible());
    test::checkReachable(dialog); // every control named, every mnemonic with a buddy
    // 245 runs in the file; the law has 5 constants, so at most 240 can be left out.
    QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("excludeHighestSpin"))->maximum(), 240);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importRunsCancel")), Qt::LeftButton);
    QVERIFY(!controllerOf(window)->fitting());
    QCOMPARE(window.document()->undoStack()->count(), 0);
    QCOMPARE(window.document()->inputs(), ui::PlanInputs::defaults());
    QCOMPARE(catalogs.laws().size(), ui::AppCatalogs::fromResources().laws().size());
}

void TestWindowImport::importEpochRunsAndUndo()
{
    ui::AppCatalogs catalogs = ui::AppCatalogs::fromResources();
    MainWindow window(catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::PlanDocument *doc = window.document();
    const ui::PlanInputs before = doc->inputs();
    const std::size_t lawsBefore = catalogs.laws().size();

    // Epoch's own fit: the MLE on the 245 points less the 5 highest losses (fits.json data_file).
    importAndWait(window, referencePath(kEpochFile), 1, 5);

    // The law list gained it, the plan uses it, one undo step.
    QCOMPARE(catalogs.laws().size(), lawsBefore + 1);
    QVERIFY2(
        lawComboTexts(window).contains(QStringLiteral("Fitted: epoch_svg_extracted_data.csv (epoch-mle)")),
        qPrintable(lawComboTexts(window).join(QLatin1String(" | "))));
    QCOMPARE(doc->inputs().lawId, std::string("fitted:epoch_svg_extracted_data.csv:epoch-mle"));
    QVERIFY(catalogs.isFitted(doc->inputs().lawId));
    QCOMPARE(doc->undoStack()->count(), 1);

    // Its constants are Besiroglu et al. 2024's published estimate (tests/reference/chinchilla/
    // fits.json "epoch2024_published"), to the tolerances tst_fit holds the model's MLE to:
    // 4 significant figures for A and B (the optimum is flat there), 1e-5 for E, alpha, beta.
    const json published =
        test::referenceJson("chinchilla/fits.json").at("parameter_sets").at("epoch2024_published");
    const ConstantSet &fitted = doc->law().constants();
    FRONTIER_COMPARE_REL(fitted["A"], double(published.at("A")), 1e-4);
    FRONTIER_COMPARE_REL(fitted["B"], double(published.at("B")), 1e-4);
    FRONTIER_COMPARE_ABS(fitted["E"], double(published.at("E")), 1e-5);
    FRONTIER_COMPARE_ABS(fitted["alpha"], double(published.at("alpha")), 1e-5);
    FRONTIER_COMPARE_ABS(fitted["beta"], double(published.at("beta")), 1e-5);
    // The fitted law knows the runs it was fitted on: the same 240 points as Epoch's own refit, whose
    // span resources/laws/epoch2024.json states to three digits. A plan beyond them is warned.
    const DataRange &fittedRange = doc->law().info().dataRange;
    const DataRange &epochRange = catalogs.law("epoch2024").info().dataRange;
    FRONTIER_COMPARE_REL(fittedRange.flops.max, epochRange.flops.max, 0.005);
    FRONTIER_COMPARE_REL(fittedRange.params.min, epochRange.params.min, 0.005);
    FRONTIER_COMPARE_REL(fittedRange.tokens.max, epochRange.tokens.max, 0.005);
    QCOMPARE(fittedRange.flops.source, std::string("the 240 runs of epoch_svg_extracted_data.csv"));
    // The law panel shows them like any other law's (8 significant figures): E = 1.81686...
    QVERIFY2(panelConstant(window, QStringLiteral("E")).startsWith(QStringLiteral("1.8168")),
             qPrintable(panelConstant(window, QStringLiteral("E"))));

    // The plan is this law's: N_opt = G (C/6)^a (Hoffmann et al. 2022 Eq. 4) with the published
    // constants at the plan's FLOPs, within 0.5 % (what the 4-figure agreement above allows).
    const double A = published.at("A"), B = published.at("B"), alpha = published.at("alpha"),
                 beta = published.at("beta");
    const double G = std::pow(alpha * A / (beta * B), 1 / (alpha + beta));
    const double flops = doc->plan().allocation.flops;
    FRONTIER_COMPARE_REL(doc->plan().allocation.params, G * std::pow(flops / 6, beta / (alpha + beta)), 5e-3);

    // The 240 runs fitted are drawn, at C = 6ND = the file's "Training FLOP", and coloured by size.
    ui::LossChart *chart = window.lossChart();
    shot(&window, QStringLiteral("import-window"));
    QCOMPARE(doc->importedRuns().runs.size(), std::size_t(240));
    QCOMPARE(chart->runPoints().size(), 240);
    const auto &runs = doc->importedRuns().runs;
    const auto smallest =
        std::min_element(runs.begin(), runs.end(), [](auto &a, auto &b) { return a.params < b.params; });
    const auto largest =
        std::max_element(runs.begin(), runs.end(), [](auto &a, auto &b) { return a.params < b.params; });
    const QList<QColor> colors = chart->runColors();
    QVERIFY(luminance(colors[int(smallest - runs.begin())]) < luminance(colors[int(largest - runs.begin())]));
    // Line 8 of the file: Model Size 2979521172.1967993, Training FLOP 9.691016918183068e19, loss
    // 2.628284835801397 (the runs are drawn in the order the fit keeps them, so look it up by loss).
    const QList<QPointF> points = chart->runPoints();
    const auto line8 = std::find_if(points.begin(), points.end(), [](const QPointF &p) {
        return std::abs(p.y() - std::log10(2.628284835801397)) < 1e-12;
    });
    QVERIFY(line8 != points.end());
    FRONTIER_COMPARE_REL(line8->x(), std::log10(9.691016918183068e19), 1e-12);
    // View ▸ Chart layers ▸ Imported runs hides and shows them.
    auto *layer = window.findChild<QAction *>(
        QStringLiteral("layerAction%1").arg(int(ui::LossChart::Layer::ImportedRuns)));
    QVERIFY(layer && layer->text() == QStringLiteral("Imported runs"));
    // They have a legend entry, and the legend no unnamed ones (a curve shown again shows its marker).
    QVERIFY2(chart->legendEntries().contains(QStringLiteral("Imported runs")) &&
                 !chart->legendEntries().contains(QString()),
             qPrintable(chart->legendEntries().join(QLatin1String(" | "))));
    layer->toggle();
    QCOMPARE(chart->runPoints().size(), 0);
    QVERIFY(!chart->legendEntries().contains(QStringLiteral("Imported runs")));
    layer->toggle();
    QCOMPARE(chart->runPoints().size(), 240);

    // Undo: the law leaves the list and the catalogue, the plan is back on the law from before.
    doc->undoStack()->undo();
    QCOMPARE(doc->inputs(), before);
    QCOMPARE(catalogs.laws().size(), lawsBefore);
    QVERIFY(!lawComboTexts(window).join(QString()).contains(QStringLiteral("Fitted:")));
    QVERIFY(doc->importedRuns().empty());
    QCOMPARE(chart->runPoints().size(), 0);
    QVERIFY(!chart->legendEntries().contains(QStringLiteral("Imported runs")));
    // Redo puts it back.
    doc->undoStack()->redo();
    QCOMPARE(doc->inputs().lawId, std::string("fitted:epoch_svg_extracted_data.csv:epoch-mle"));
    QCOMPARE(chart->runPoints().size(), 240);
    FRONTIER_COMPARE_ABS(doc->law().constants()["E"], double(published.at("E")), 1e-5);
}

void TestWindowImport::hoffmannGridMatchesCommandLine()
{
    // Every 6th of Epoch's points (41 runs): the full Hoffmann grid of fitting.json (4,500 starts)
    // stays a few seconds in a Debug build. The window must give what `frontier fit` gives on the
    // same file with the same method; both run the same deterministic grid, so 1e-9 relative.
    QTemporaryDir dir;
    const QStringList lines =
        QString::fromStdString(test::referenceText(kEpochFile)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList sample{lines.front()};
    for (int i = 1; i < lines.size(); i += 6)
        sample << lines[i];
    const QString path =
        writeFile(dir, QStringLiteral("every6th.csv"), sample.join(QLatin1Char('\n')).toUtf8());

    QProcess cli;
    cli.start(QStringLiteral(FRONTIER_EXECUTABLE), {QStringLiteral("fit"), path, QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(kFitTimeoutMs));
    QCOMPARE(cli.exitCode(), 0);
    const json expected = json::parse(cli.readAllStandardOutput().toStdString());
    QCOMPARE(int(expected.at("points")), 41);

    ui::AppCatalogs catalogs = ui::AppCatalogs::fromResources();
    MainWindow window(catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy progress(controllerOf(window)->findChild<ui::RunFit *>(), &ui::RunFit::progressed);
    importAndWait(window, path, 0, 0);
    // The worker's progress reached the GUI thread, rising to the grid's 5 x 5 x 5 x 6 x 6 = 4,500
    // starts (fitting.json, Hoffmann et al. 2022 App. D.2).
    QVERIFY(progress.count() >= 2);
    // The spy's order is not the emission order: the progress dialog's setValue() runs the event
    // loop (a modal QProgressDialog does), so a report queued behind one is delivered, and reaches
    // the spy, while the first is still in the dialog's slot. The highest report is the last one.
    // It is queued from the worker, so it may arrive after the result on a busy machine.
    const auto highest = [&progress] {
        int most = 0;
        for (const QList<QVariant> &report : progress)
            most = std::max(most, report.at(0).toInt());
        return most;
    };
    QTRY_COMPARE(highest(), 4500);
    for (const QList<QVariant> &report : progress)
        QCOMPARE(report.at(1).toInt(), 4500);
    QVERIFY(progress.first().at(0).toInt() < 4500);
    const Law &law = window.document()->law();
    QCOMPARE(law.id(), std::string("fitted:every6th.csv:hoffmann"));
    QVERIFY(lawComboTexts(window).contains(QStringLiteral("Fitted: every6th.csv (hoffmann)")));
    for (const char *name : {"E", "A", "B", "alpha", "beta"})
        FRONTIER_COMPARE_REL(law.constants()[name], double(expected.at(name)), 1e-9);
    QVERIFY(
        window.statusBar()->currentMessage().startsWith(QStringLiteral("Fitted: every6th.csv (hoffmann)")));
}

void TestWindowImport::cancelAddsNothing()
{
    ui::AppCatalogs catalogs = ui::AppCatalogs::fromResources();
    MainWindow window(catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::PlanDocument *doc = window.document();
    const ui::PlanInputs before = doc->inputs();
    const std::size_t lawsBefore = catalogs.laws().size();

    // The full grid on all 245 points takes seconds; Cancel right away stops it within milliseconds.
    controllerOf(window)->importFile(referencePath(kEpochFile));
    chooseInDialog(window, 0, 0);
    auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("importProgress"));
    QVERIFY(progress && progress->isVisible());
    shot(progress, QStringLiteral("import-progress"));
    QVERIFY(controllerOf(window)->fitting());
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!controllerOf(window)->fitting(), kFitTimeoutMs);

    QCOMPARE(catalogs.laws().size(), lawsBefore);
    QCOMPARE(doc->inputs(), before);
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(doc->importedRuns().empty());
    QVERIFY(!lawComboTexts(window).join(QString()).contains(QStringLiteral("Fitted:")));
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("importErrorBox")));
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Import of epoch_svg_extracted_data.csv cancelled: no law was added"));
    QTRY_VERIFY(!window.findChild<QProgressDialog *>(QStringLiteral("importProgress")));
}

void TestWindowImport::fitEndingAroundAProgressReport_data()
{
    QTest::addColumn<bool>("cancel");
    QTest::addColumn<bool>("reportAfterTheEnd");
    QTest::newRow("result, then a late report") << false << true;
    QTest::newRow("cancel, then a late report") << true << true;
    QTest::newRow("report, then the result") << false << false;
    QTest::newRow("report, then the cancel") << true << false;
}

// Progress reports are queued from the worker, so one can arrive after the fit's end has closed the
// dialog, or the end can arrive inside a report: a modal dialog's setValue() runs the event loop. In
// both, the dialog was deleted under its own setValue() (the Release build crashed, 5 runs of 5).
void TestWindowImport::fitEndingAroundAProgressReport()
{
    QFETCH(bool, cancel);
    QFETCH(bool, reportAfterTheEnd);
    QTemporaryDir dir;
    // Seven runs on Hoffmann et al.'s printed law (Eq. 10): the MLE is quick, its outcome no concern here.
    const QString path = writeFile(dir, QStringLiteral("seven.csv"),
                                   "params,tokens,loss\n1e8,5e9,3.2547\n2e8,3e9,3.2137\n4e8,2e10,2.7094\n"
                                   "8e8,1e10,2.7228\n1.6e9,6e10,2.3858\n3.2e9,4e10,2.3699\n3.2e9,1e10,2.5793\n");
    ui::AppCatalogs catalogs = ui::AppCatalogs::fromResources();
    MainWindow window(catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *fit = controllerOf(window)->findChild<ui::RunFit *>();
    QVERIFY(fit);

    controllerOf(window)->importFile(path);
    chooseInDialog(window, 1, 0);
    QVERIFY(controllerOf(window)->fitting());
    if (cancel)
        fit->cancel();
    // The worker posts the fit's end when it is done: waiting for it without running the event loop
    // puts a report queued before the wait ahead of the end, and one queued after it behind.
    const auto queueReport = [fit] {
        QMetaObject::invokeMethod(fit, [fit] { Q_EMIT fit->progressed(1, 2); }, Qt::QueuedConnection);
    };
    if (!reportAfterTheEnd)
        queueReport();
    QThreadPool::globalInstance()->waitForDone();
    if (reportAfterTheEnd)
        queueReport();
    QTRY_VERIFY_WITH_TIMEOUT(!controllerOf(window)->fitting(), kFitTimeoutMs);
    QTRY_VERIFY(!window.findChild<QProgressDialog *>(QStringLiteral("importProgress")));
    if (cancel) {
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Import of seven.csv cancelled: no law was added"));
    } else {
        QCOMPARE(window.document()->law().id(), std::string("fitted:seven.csv:epoch-mle"));
    }
    // The window goes on working: a second import of the same file fits and adds a law.
    importAndWait(window, path, 1, 0);
    QVERIFY(window.document()->law().id().rfind("fitted:seven.csv:epoch-mle", 0) == 0);
}

void TestWindowImport::malformedFileNamesLineAndColumn()
{
    ui::AppCatalogs catalogs = ui::AppCatalogs::fromResources();
    MainWindow window(catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::PlanDocument *doc = window.document();
    doc->setBudget(50000, BudgetUnit::Usd); // a plan of the user's own, to be left as it is
    const ui::PlanInputs before = doc->inputs();
    const double paramsBefore = doc->plan().allocation.params;

    // Line 3 (the header is line 1), column 2 ("tokens") holds a word.
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("bad.csv"), "params,tokens,loss\n1e9,2e10,2.5\n2e9,lots,2.4\n");
    controllerOf(window)->importFile(path);

    auto *box = window.findChild<QMessageBox *>(QStringLiteral("importErrorBox"));
    QVERIFY(box && box->isVisible());
    shot(box, QStringLiteral("import-error"));
    const QString text = box->informativeText();
    QVERIFY2(text.contains(QStringLiteral("line 3")) && text.contains(QStringLiteral("'tokens'")) &&
                 text.contains(QStringLiteral("'lots'")) && text.contains(QStringLiteral("bad.csv")),
             qPrintable(text));
    QVERIFY(!text.contains(QLatin1Char('\n')));
    QVERIFY(!window.findChild<ui::ImportRunsDialog *>()); // no method asked for a file that was not read
    QCOMPARE(doc->inputs(), before);
    QCOMPARE(doc->plan().allocation.params, paramsBefore);
    QCOMPARE(doc->undoStack()->count(), 1); // the budget, nothing else
    QCOMPARE(catalogs.laws().size(), ui::AppCatalogs::fromResources().laws().size());
    box->accept();
}

QTEST_MAIN(TestWindowImport)
#include "tst_window_import.moc"
