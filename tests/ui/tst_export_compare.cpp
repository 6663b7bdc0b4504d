// Exporting the comparison of offers from the window (offscreen): the bar chart, the Pareto scatter
// and the table show what the dock shows (its filters, its metric, its order), as real PNG, SVG, PDF
// and CSV files; the scatter's Pareto marks are checked against a brute-force front; a budget's
// best-loss row is the plan of that offer alone; a table is CSV only; a session keeps the dock's filters.
#include "exportchecks.h"
#include "testsupport.h"

#include "model/core/csv.h"
#include "model/core/numbers.h"
#include "model/plan/comparisontable.h"
#include "model/plan/planinputs.h"
#include "ui/compare/comparecharts.h"
#include "ui/charts/paretochart.h"
#include "ui/compare/comparedock.h"
#include "ui/compare/comparefilter.h"
#include "ui/document/plandocument.h"
#include "ui/export/exportactions.h"
#include "ui/window/mainwindow.h"
#include "ui/files/sessioncontroller.h"

#include <QComboBox>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <nlohmann/json.hpp>

#include <memory>

using namespace frontier;
using namespace frontier::ui;

namespace {

CsvTable readCsv(const QString &path)
{
    return parseCsv(test::readFile(path).toStdString(), path.toStdString());
}

double number(const std::string &cell)
{
    return *parseNumber(cell);
}

} // namespace

class TestExportCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void tableIsWhatTheDockShows();
    void barChartFollowsTheDocksMetric();
    void paretoMarksAreTheBruteForceFront();
    void bestLossRowIsThatOfferPlannedAlone();
    void tableIsCsvOnly();
    void sessionKeepsTheDocksFilters();
    void lawWithoutALossBarsWhatDiffers();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString exportTo(ExportTarget target, const QString &name, QSize size = QSize(900, 600), double scale = 1)
    {
        return m_actions->exportTo({target, path(name), size, scale});
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AppCatalogs> m_catalogs;
    std::unique_ptr<MainWindow> m_window;
    CompareDock *m_dock = nullptr;
    ExportActions *m_actions = nullptr;
};

void TestExportCompare::initTestCase()
{
    frontier::test::isolateWindowTest();
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("FRONTIER_KEEP_EXPORTS")) {
        m_dir.setAutoRemove(false);
        qInfo("exports in %s", qPrintable(m_dir.path()));
    }
    m_catalogs = std::make_unique<AppCatalogs>(AppCatalogs::fromResources());
    m_window = std::make_unique<MainWindow>(*m_catalogs);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_dock = m_window->compareDock();
    m_actions = m_window->findChild<ExportActions *>(QStringLiteral("exportActions"));
    QVERIFY(m_dock && m_actions);
}

void TestExportCompare::cleanupTestCase()
{
    m_window.reset();
}

void TestExportCompare::init()
{
    m_dock->setFilters({});
}

void TestExportCompare::tableIsWhatTheDockShows()
{
    // The default plan: $20,000 under Chinchilla; the dock filtered to H100 SXM rows that fit, and
    // sorted by cost, dearest first.
    m_dock->show();
    QTRY_VERIFY(m_dock->model()->rowCount() > 50);
    m_dock->setFilters({"", "h100-sxm", std::nullopt, true});
    m_dock->table()->sortByColumn(CompareModel::WallClock, Qt::DescendingOrder);
    const int shown = m_dock->filter()->rowCount();
    QVERIFY2(shown >= 5 && shown < m_dock->model()->rowCount(), qPrintable(QString::number(shown)));
    QCOMPARE(exportTo(ExportTarget::CompareTable, QStringLiteral("table.csv")), QString());
    const CsvTable table = readCsv(path(QStringLiteral("table.csv")));
    std::vector<std::string> header;
    for (const ComparisonColumn &column : comparisonColumns())
        header.emplace_back(column.name);
    QCOMPARE(table.header, header);
    QCOMPARE(int(table.rows.size()), shown);
    const int gpu = table.column("gpu"), fits = table.column("fits_in_memory"), hours = table.column("wall_clock_hours");
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        QCOMPARE(table.rows[i][gpu], std::string("h100-sxm"));
        QCOMPARE(table.rows[i][fits], std::string("true"));
        // The dock's row i, in its order.
        const QModelIndex row = m_dock->filter()->index(int(i), 0);
        QCOMPARE(QString::fromStdString(table.rows[i][table.column("offer")]),
                 row.data(CompareModel::OfferIdRole).toString());
        if (i > 0)
            QVERIFY(number(table.rows[i][hours]) <= number(table.rows[i - 1][hours]));
    }
    m_dock->table()->sortByColumn(CompareModel::Loss, Qt::AscendingOrder);
}

void TestExportCompare::barChartFollowsTheDocksMetric()
{
    m_dock->show();
    QTRY_VERIFY(m_dock->model()->rowCount() > 50);
    auto *metric = m_dock->findChild<QComboBox *>(QStringLiteral("compareMetricCombo"));
    QVERIFY(metric);
    const auto metrics = compareBarMetrics();
    const int co2 = int(std::find(metrics.begin(), metrics.end(), CompareModel::Co2) - metrics.begin());
    metric->setCurrentIndex(co2);

    QCOMPARE(exportTo(ExportTarget::CompareBars, QStringLiteral("bars.png"), QSize(900, 600), 2), QString());
    const QByteArray png = test::readFile(path(QStringLiteral("bars.png")));
    QVERIFY(test::isPng(png));
    QCOMPARE(test::pngPixelSize(png), QSize(1800, 1200));
    QCOMPARE(exportTo(ExportTarget::CompareBars, QStringLiteral("bars.svg")), QString());
    const test::SvgContent svg = test::readSvg(test::readFile(path(QStringLiteral("bars.svg"))));
    QVERIFY2(svg.wellFormed, qPrintable(svg.error));
    const QString texts = svg.texts.join(QLatin1Char('\n'));
    QVERIFY2(texts.contains(QStringLiteral("CO₂ (kg) on each offer: a budget of $20,000")), qPrintable(texts.left(300)));
    QCOMPARE(exportTo(ExportTarget::CompareBars, QStringLiteral("bars.pdf")), QString());
    const QByteArray pdf = test::readFile(path(QStringLiteral("bars.pdf")));
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(test::pdfPageCount(pdf), 1);

    // The CSV is the bars' rows: the lowest CO2 first, as many as 600 px have room for, and the
    // plan's own offer (the default plan's is the cheapest H100 SXM offer) among them.
    QCOMPARE(exportTo(ExportTarget::CompareBars, QStringLiteral("bars.csv")), QString());
    const CsvTable bars = readCsv(path(QStringLiteral("bars.csv")));
    const int kg = bars.column("co2_kg");
    QVERIFY(int(bars.rows.size()) >= barsThatFit(600) && int(bars.rows.size()) <= barsThatFit(600) + 1);
    for (std::size_t i = 1; i + 1 < bars.rows.size(); ++i)
        QVERIFY(number(bars.rows[i][kg]) >= number(bars.rows[i - 1][kg]));
    double lowest = INFINITY;
    for (const ComparisonRow &row : m_dock->model()->comparison().rows)
        if (row.plan.cost.co2Kg)
            lowest = std::min(lowest, *row.plan.cost.co2Kg);
    QCOMPARE(number(bars.rows[0][kg]), lowest);
    const std::string current = m_window->document()->setup().offerId;
    QVERIFY(std::any_of(bars.rows.begin(), bars.rows.end(), [&](const auto &r) { return r[0] == current; }));
    metric->setCurrentIndex(int(std::find(metrics.begin(), metrics.end(), CompareModel::Loss) - metrics.begin()));
}

void TestExportCompare::paretoMarksAreTheBruteForceFront()
{
    QCOMPARE(exportTo(ExportTarget::ParetoScatter, QStringLiteral("pareto.csv")), QString());
    const CsvTable points = readCsv(path(QStringLiteral("pareto.csv")));
    QVERIFY(points.rows.size() > 50);
    // A dollar budget: the front trades the loss each offer buys against wall-clock time
    // (model/plan/pareto.h). A row is on it when no other row is as good on both and better on one.
    const int loss = points.column("loss"), hours = points.column("wall_clock_hours"), mark = points.column("pareto");
    int front = 0;
    for (const auto &row : points.rows) {
        bool dominated = false;
        for (const auto &other : points.rows) {
            const double l = number(other[loss]), h = number(other[hours]);
            const double rl = number(row[loss]), rh = number(row[hours]);
            dominated = dominated || (l <= rl && h <= rh && (l < rl || h < rh));
        }
        QCOMPARE(row[mark], std::string(dominated ? "false" : "true"));
        front += !dominated;
    }
    QVERIFY(front >= 2);
    QCOMPARE(exportTo(ExportTarget::ParetoScatter, QStringLiteral("pareto.svg")), QString());
    const test::SvgContent svg = test::readSvg(test::readFile(path(QStringLiteral("pareto.svg"))));
    QVERIFY(svg.wellFormed);
    const QString texts = svg.texts.join(QLatin1Char('\n'));
    QVERIFY(texts.contains(QStringLiteral("Predicted loss")) && texts.contains(QStringLiteral("Wall-clock time (hours)")));
    QVERIFY(texts.contains(QStringLiteral("Offers and their Pareto front: a budget of $20,000")));
}

void TestExportCompare::bestLossRowIsThatOfferPlannedAlone()
{
    // The table sorted by loss (the budget's default): its first row is where $20,000 buys the
    // lowest loss of the offers the model fits on (they rank first), and planning that offer alone
    // gives the same model and loss.
    m_dock->table()->sortByColumn(CompareModel::Loss, Qt::AscendingOrder);
    QCOMPARE(exportTo(ExportTarget::CompareTable, QStringLiteral("best.csv")), QString());
    const CsvTable table = readCsv(path(QStringLiteral("best.csv")));
    const auto &best = table.rows.front();
    PlanInputs alone = m_window->document()->inputs();
    alone.choices.gpu = best[table.column("gpu")];
    alone.choices.offer = best[table.column("offer")];
    alone.choices.usdPerGpuHour.reset();
    const PlannedInputs planned =
        planInputs(alone, m_catalogs->law(alone.lawId), m_catalogs->catalogs(), nullptr);
    FRONTIER_COMPARE_REL(number(best[table.column("loss")]), *planned.plan.allocation.loss, 1e-12);
    FRONTIER_COMPARE_REL(number(best[table.column("params")]), planned.plan.allocation.params, 1e-12);
    QCOMPARE(best[table.column("fits_in_memory")], std::string("true"));
    for (const auto &row : table.rows)
        if (!row[table.column("loss")].empty() && row[table.column("fits_in_memory")] == "true")
            QVERIFY(number(row[table.column("loss")]) >= number(best[table.column("loss")]));
}

void TestExportCompare::tableIsCsvOnly()
{
    const QString problem = exportTo(ExportTarget::CompareTable, QStringLiteral("table.png"));
    QVERIFY2(problem.contains(QStringLiteral("table.png: the comparison table is written as CSV only")),
             qPrintable(problem));
    QVERIFY(!QFile::exists(path(QStringLiteral("table.png"))));
}

void TestExportCompare::sessionKeepsTheDocksFilters()
{
    const ComparisonFilter chosen{"Lambda", "", 3.5, true};
    m_dock->setFilters(chosen);
    SessionController *sessions = m_window->sessions();
    const QString file = path(QStringLiteral("filters.json"));
    QVERIFY(sessions->saveTo(file));
    const nlohmann::json saved = nlohmann::json::parse(test::readFile(file).toStdString());
    QCOMPARE(saved["compare"]["provider"].get<std::string>(), std::string("Lambda"));
    QCOMPARE(saved["compare"]["max_usd_per_gpu_hour"].get<double>(), 3.5);
    QVERIFY(saved["compare"]["fits_only"].get<bool>());
    m_dock->setFilters({});
    QCOMPARE(m_dock->view().filter, ComparisonFilter{});
    QVERIFY(sessions->openPath(file));
    QCOMPARE(m_dock->view().filter, chosen);
    // The dock's own controls show them.
    auto *provider = m_dock->findChild<QComboBox *>(QStringLiteral("compareProviderCombo"));
    QVERIFY(provider);
    QCOMPARE(provider->currentData().toString(), QStringLiteral("Lambda"));
}

// Chinchilla's Approach 1 gives sizes but no loss: with a $20,000 budget the bars cannot rank the loss
// each offer buys, and its cost is the same everywhere, so they show the first metric that differs
// (wall-clock time); the loss-against-time scatter has no point and says so instead of an empty file.
void TestExportCompare::lawWithoutALossBarsWhatDiffers()
{
    PlanDocument *document = m_window->document();
    document->setLaw("hoffmann2022-approach1");
    QVERIFY(!document->problem());
    QCOMPARE(exportTo(ExportTarget::CompareBars, QStringLiteral("approach1.csv")), QString());
    const CsvTable bars = readCsv(path(QStringLiteral("approach1.csv")));
    QVERIFY(bars.rows.size() >= 5);
    const int hours = bars.column("wall_clock_hours");
    QVERIFY(number(bars.rows.front()[hours]) < number(bars.rows[bars.rows.size() - 2][hours]));
    QCOMPARE(exportTo(ExportTarget::CompareBars, QStringLiteral("approach1.svg")), QString());
    const QString texts = test::readSvg(test::readFile(path(QStringLiteral("approach1.svg")))).texts.join(QLatin1Char('\n'));
    QVERIFY2(texts.contains(QStringLiteral("Wall-clock time (hours) on each offer: a budget of $20,000")),
             qPrintable(texts.left(300)));
    const QString refused = exportTo(ExportTarget::ParetoScatter, QStringLiteral("approach1.png"));
    QVERIFY2(refused.startsWith(QStringLiteral("the scatter has no point")), qPrintable(refused));
    QVERIFY(!QFile::exists(path(QStringLiteral("approach1.png"))));
    // The dock's own scatter says why it is empty, and stops saying it once there are points again.
    m_dock->show();
    m_dock->chartTabs()->setCurrentWidget(m_dock->paretoChart());
    QTRY_COMPARE(m_dock->paretoChart()->pointCount(), 0);
    QVERIFY(m_dock->paretoChart()->emptyNote().startsWith(QStringLiteral("No offer shown has both values to plot")));
    if (qEnvironmentVariableIsSet("FRONTIER_KEEP_EXPORTS"))
        m_dock->grab().save(path(QStringLiteral("dock-empty-scatter.png")));
    document->undoStack()->undo();
    QCOMPARE(document->law().id(), std::string("hoffmann2022"));
    QTRY_VERIFY(m_dock->paretoChart()->pointCount() > 50);
    QCOMPARE(m_dock->paretoChart()->emptyNote(), QString());
    m_dock->chartTabs()->setCurrentIndex(0);
}

QTEST_MAIN(TestExportCompare)
#include "tst_export_compare.moc"
