// `frontier export` (every chart and format, a full disk, a session's view) and `frontier report`.
// Each runs the built binary as a script would (clitestsupport.h).
#include "clitestsupport.h"

using namespace frontier::test;
using nlohmann::json;

namespace {

// `frontier export` on the default window's plan: $20,000 on 8 H100 SXM, Chinchilla (unrounded).
const QStringList kExportPlan{"--law", "hoffmann2022", "--budget", "20k", "--unit", "usd", "--gpu", "h100-sxm", "--gpus", "8"};

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportEveryFormat_data();
    void exportEveryFormat();
    void exportCsvIsTheChartsRows();
    void exportOnAFullDiskKeepsTheOldFile();
    void exportBadArguments_data();
    void exportBadArguments();
    void exportFollowsTheSessionsViewAndCatalogues();
    void reportMarkdownAndLatex();
};

void TestCliExport::exportEveryFormat_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("file");
    QTest::newRow("loss PNG") << "loss" << "loss.png";
    QTest::newRow("allocation PNG") << "allocation" << "allocation.png";
    QTest::newRow("loss SVG") << "loss" << "loss.svg";
    QTest::newRow("allocation SVG") << "allocation" << "allocation.svg";
    QTest::newRow("loss PDF") << "loss" << "loss.pdf";
    QTest::newRow("allocation PDF") << "allocation" << "allocation.pdf";
    QTest::newRow("comparison bars PNG") << "compare" << "compare.png";
    QTest::newRow("comparison bars SVG") << "compare" << "compare.svg";
    QTest::newRow("comparison bars PDF") << "compare" << "compare.pdf";
    QTest::newRow("Pareto scatter PNG") << "pareto" << "pareto.png";
    QTest::newRow("Pareto scatter SVG") << "pareto" << "pareto.svg";
    QTest::newRow("Pareto scatter PDF") << "pareto" << "pareto.pdf";
}

void TestCliExport::exportEveryFormat()
{
    QFETCH(QString, chart);
    QFETCH(QString, file);
    QTemporaryDir dir;
    const QString out = dir.filePath(file);
    // No display and a platform plugin that does not exist (runFrontier): the export draws offscreen.
    const Run run = runFrontier(QStringList{"export", "--chart", chart, "--out", out, "--size", "640x400", "--scale", "2"}
                                + kExportPlan);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.isEmpty());
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    // Each chart's axis titles; a $20,000 budget: the comparison ranks the loss each offer buys.
    const std::map<QString, QStringList> axes{
        {QStringLiteral("loss"), {QStringLiteral("Training compute (FLOPs)"), QStringLiteral("Loss (nats per token)")}},
        {QStringLiteral("allocation"), {QStringLiteral("Training compute (FLOPs)"), QStringLiteral("Parameters / tokens")}},
        {QStringLiteral("compare"), {QStringLiteral("Predicted loss"), QStringLiteral("Predicted loss on each offer: a budget of $20,000")}},
        {QStringLiteral("pareto"), {QStringLiteral("Predicted loss"), QStringLiteral("Wall-clock time (hours)")}}};
    if (file.endsWith(QLatin1String(".png"))) {
        QVERIFY(frontier::test::isPng(bytes));
        QCOMPARE(frontier::test::pngPixelSize(bytes), QSize(1280, 800));
    } else if (file.endsWith(QLatin1String(".svg"))) {
        const auto svg = frontier::test::readSvg(bytes);
        QVERIFY2(svg.wellFormed, qPrintable(svg.error));
        QCOMPARE(svg.viewBox, QStringLiteral("0 0 640 400"));
        const QString texts = svg.texts.join(QLatin1Char('\n'));
        for (const QString &axis : axes.at(chart))
            QVERIFY2(texts.contains(axis), qPrintable(axis + QStringLiteral(" not in: ") + texts.left(400)));
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(frontier::test::pdfPageCount(bytes), 1);
    }
}

void TestCliExport::exportCsvIsTheChartsRows()
{
    QTemporaryDir dir;
    const QString loss = dir.filePath(QStringLiteral("loss.csv")), allocation = dir.filePath(QStringLiteral("allocation.csv"));
    QCOMPARE(runFrontier(QStringList{"export", "--chart", "loss", "--out", loss} + kExportPlan).exitCode, 0);
    QCOMPARE(runFrontier(QStringList{"export", "--chart", "allocation", "--out", allocation} + kExportPlan).exitCode, 0);
    QFile lossFile(loss), allocationFile(allocation);
    QVERIFY(lossFile.open(QIODevice::ReadOnly) && allocationFile.open(QIODevice::ReadOnly));
    const frontier::CsvTable l = frontier::parseCsv(lossFile.readAll().toStdString(), "loss.csv");
    const frontier::CsvTable a = frontier::parseCsv(allocationFile.readAll().toStdString(), "allocation.csv");
    QCOMPARE(l.header, (std::vector<std::string>{"series", "curve", "params", "flops", "loss_nats_per_token", "source"}));
    QCOMPARE(a.header, (std::vector<std::string>{"flops", "n_opt_params", "d_opt_tokens", "source"}));
    // The window draws 200 points a series (ui/charts): the frontier, each learning curve, N_opt and D_opt.
    std::map<std::string, int> perSeries;
    for (const auto &row : l.rows)
        ++perSeries[row[0] + ":" + row[2]];
    QVERIFY(perSeries.size() > 5);
    for (const auto &[series, rows] : perSeries)
        QVERIFY2(rows == 200, series.c_str());
    QCOMPARE(a.rows.size(), std::size_t(200));
    for (const auto &row : a.rows) {
        QVERIFY2(row[3].find("arXiv:2203.15556") != std::string::npos, row[3].c_str()); // the law's citation
        // C = 6 N D on every row (the allocation's own identity, to the last bits of formatExact).
        FRONTIER_COMPARE_REL(6 * *frontier::parseNumber(row[1]) * *frontier::parseNumber(row[2]),
                             *frontier::parseNumber(row[0]), 1e-12);
    }
}

// A small PNG (13 kB at 200x130) stayed in QSaveFile's buffer, whose failed flush commit() did not report: `export` on a
// full disk exited 0 and left a truncated file where the old one was. The child's RLIMIT_FSIZE is a
// full disk in miniature (EFBIG, "File too large", for root too).
void TestCliExport::exportOnAFullDiskKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString out = frontier::test::writeFile(dir, QStringLiteral("loss.png"), "the old chart");
    QProcess process;
    process.setChildProcessModifier([] {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit tiny{};
        getrlimit(RLIMIT_FSIZE, &tiny);
        tiny.rlim_cur = 4096;
        setrlimit(RLIMIT_FSIZE, &tiny);
    });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FRONTIER_EXECUTABLE),
                  QStringList{"export", "--chart", "loss", "--out", out, "--size", "200x130"} + kExportPlan);
    QVERIFY(process.waitForFinished(300000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() != 0, "a write past the disk's end was reported as done");
    QVERIFY2(err.contains(QStringLiteral("File too large")) && err.contains(QStringLiteral("loss.png")), qPrintable(err));
    QCOMPARE(frontier::test::readFile(out), QByteArray("the old chart"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("loss.png")});
}

void TestCliExport::exportBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown chart") << QStringList{"--chart", "pie", "--out", "x.png"}
                                   << "--chart: expected loss, allocation, compare, pareto or table, got 'pie'" << 2;
    QTest::newRow("table as PNG") << QStringList{"--chart", "table", "--out", "x.png"}
                                  << "--chart table: the comparison table is written as CSV; use a .csv file" << 2;
    QTest::newRow("metric of the loss chart") << QStringList{"--chart", "loss", "--out", "x.png", "--metric", "cost"}
                                              << "--metric: only --chart compare draws bars of a metric" << 2;
    QTest::newRow("unknown metric") << QStringList{"--chart", "compare", "--out", "x.png", "--metric", "speed"}
                                    << "--metric: expected one of cost, time, energy, co2, loss, got 'speed'" << 2;
    QTest::newRow("no --out") << QStringList{"--chart", "loss"} << "--out: missing" << 2;
    QTest::newRow("unknown suffix") << QStringList{"--chart", "loss", "--out", "x.bmp"} << "x.bmp' has no known suffix; use .png, .svg, .pdf or .csv" << 2;
    QTest::newRow("size not WxH") << QStringList{"--chart", "loss", "--out", "x.png", "--size", "big"} << "--size: expected WIDTHxHEIGHT" << 2;
    QTest::newRow("size too small") << QStringList{"--chart", "loss", "--out", "x.png", "--size", "10x10"}
                                    << "export size 10 x 10: each side must be from 64 to 8000 pixels" << 2;
    QTest::newRow("scale 8") << QStringList{"--chart", "loss", "--out", "x.png", "--scale", "8"}
                             << "export scale 8: must be from 1 to 4" << 2;
    QTest::newRow("unwritable") << QStringList{"--chart", "loss", "--out", "/nonexistent-folder/x.svg"}
                                << "cannot write /nonexistent-folder/x.svg: " << 1;
}

void TestCliExport::exportBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    QStringList args{"export"};
    for (const QString &a : arguments)
        args << (a.startsWith(QLatin1String("x.")) ? dir.filePath(a) : a);
    expectOneLineError(runFrontier(args + kExportPlan), message, exitCode);
}

// A session's zoom, comparison filters and catalogue files reach its export.
void TestCliExport::exportFollowsTheSessionsViewAndCatalogues()
{
    QTemporaryDir dir;
    // docs/examples/cloud-20k-usd.json: $20,000 on one GCP H100; its comparison shows H100 SXM offers
    // that fit in memory. Zoomed in to 10^19.5 .. 10^21.5 FLOPs.
    QFile example(QStringLiteral(FRONTIER_SOURCE_DIR "/docs/examples/cloud-20k-usd.json"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    json session = json::parse(example.readAll().toStdString());
    QCOMPARE(session["compare"]["gpu"].get<std::string>(), std::string("h100-sxm"));
    QVERIFY(session["compare"]["fits_only"].get<bool>());
    session["chart"]["loss_x_log10"] = {19.5, 21.5};
    const QString path = dir.filePath(QStringLiteral("zoomed.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray::fromStdString(session.dump(2)));
    out.close();

    const QString svg = dir.filePath(QStringLiteral("loss.svg"));
    const Run loss = runFrontier({"export", "--session", path, "--chart", "loss", "--out", svg});
    QVERIFY2(loss.exitCode == 0, loss.err.constData());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QStringList texts = frontier::test::readSvg(svgFile.readAll()).texts;
    // The x axis labels its decades: those inside the zoom, none of the plan's own wider view (10^18 .. 10^24).
    QVERIFY2(texts.contains(QStringLiteral("10²⁰")) && texts.contains(QStringLiteral("10²¹")), qPrintable(texts.join(' ')));
    QVERIFY2(!texts.contains(QStringLiteral("10¹⁸")) && !texts.contains(QStringLiteral("10²³")), qPrintable(texts.join(' ')));

    // The table keeps the session's filters: what `frontier compare` lists for the same plan, H100 SXM
    // rows that fit only, in the same order (by loss).
    const QString table = dir.filePath(QStringLiteral("table.csv"));
    const Run exported = runFrontier({"export", "--session", path, "--chart", "table", "--out", table});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QFile tableFile(table);
    QVERIFY(tableFile.open(QIODevice::ReadOnly));
    const frontier::CsvTable rows = frontier::parseCsv(tableFile.readAll().toStdString(), "table.csv");
    const Run compare = runFrontier({"compare", "--law", "hoffmann2022", "--budget", "20000", "--unit", "usd", "--gpu",
                                     "h100-sxm", "--gpus", "8", "--region", "gcp/us-central1", "--grid-dataset", "mlco2", "--csv"});
    QVERIFY2(compare.exitCode == 0, compare.err.constData());
    const frontier::CsvTable all = frontier::parseCsv(compare.out.toStdString(), "compare --csv");
    QCOMPARE(rows.header, all.header);
    const int gpu = all.column("gpu"), fits = all.column("fits_in_memory");
    std::vector<std::vector<std::string>> expected;
    for (const auto &row : all.rows)
        if (row[gpu] == "h100-sxm" && row[fits] == "true")
            expected.push_back(row);
    QVERIFY(expected.size() >= 5);
    QCOMPARE(rows.rows.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        QCOMPARE(rows.rows[i][0], expected[i][0]); // offer ids, in order
}

void TestCliExport::reportMarkdownAndLatex()
{
    const Run plan = runFrontier(QStringList{"plan"} + kExportPlan + QStringList{"--json"});
    QCOMPARE(plan.exitCode, 0);
    const json p = jsonOf(plan);
    const Run md = runFrontier(QStringList{"report"} + kExportPlan);
    QVERIFY2(md.exitCode == 0, md.err.constData());
    const QString text = QString::fromUtf8(md.out);
    // The plan's own numbers, as `frontier plan --json` gives them, in the paragraph (3 digits).
    QVERIFY2(text.startsWith(QStringLiteral("For a budget of $20,000, the compute-optimal allocation of Chinchilla")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("a model of %1 parameters").arg(QString::fromStdString(frontier::reportCount(p["params"].get<double>())))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("takes %1 GPU-hours").arg(QString::fromStdString(frontier::reportNumber(p["gpu_hours"].get<double>())))),
             qPrintable(text));
    QVERIFY2(text.contains(QString::fromStdString(p["offer"].get<std::string>())), qPrintable(text));
    static const QRegularExpression lawSource(
        QStringLiteral(R"(\n1\. [^\n]*Training Compute-Optimal Large Language Models, arXiv:2203\.15556)"));
    QVERIFY2(text.contains(lawSource), qPrintable(text));
    const Run tex = runFrontier(QStringList{"report"} + kExportPlan + QStringList{"--format", "latex"});
    QCOMPARE(tex.exitCode, 0);
    const QString latex = QString::fromUtf8(tex.out);
    QVERIFY2(latex.startsWith(QStringLiteral("For a budget of \\$20,000")), qPrintable(latex));
    QVERIFY2(latex.contains(QStringLiteral("40 \\% model FLOPs utilisation")), qPrintable(latex));
    QVERIFY2(latex.contains(QStringLiteral("\\begin{enumerate}\n  \\item J. Hoffmann, S. Borgeaud")), qPrintable(latex));
    // The serving line the readouts show, with serving.json's defaults on the plan's offer.
    QVERIFY2(text.contains(QStringLiteral("Served with 16-bit weights at a context of 4096 tokens and a batch of 1, on ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(" per million tokens (")), qPrintable(text));
    // As a mixture of 8 experts, top-2: both counts (`frontier plan --json`: total_params and
    // active_params), and no loss.
    const Run sparse = runFrontier(QStringList{"report"} + kExportPlan + QStringList{"--experts", "8", "--top-k", "2"});
    const Run sparsePlan = runFrontier(QStringList{"plan"} + kExportPlan + QStringList{"--experts", "8", "--top-k", "2", "--json"});
    QVERIFY2(sparse.exitCode == 0 && sparsePlan.exitCode == 0, sparse.err.constData());
    const json sp = jsonOf(sparsePlan);
    const QString sparseText = QString::fromUtf8(sparse.out);
    QVERIFY2(sparseText.contains(QStringLiteral("so it has %1 parameters in all and uses %2 for each token")
                                     .arg(QString::fromStdString(frontier::reportCount(sp["total_params"].get<double>())),
                                          QString::fromStdString(frontier::reportCount(sp["active_params"].get<double>())))),
             qPrintable(sparseText));
    QVERIFY(!sparseText.contains(QStringLiteral("The law predicts a loss")));
    // A session file stands for the plan options (docs/examples, the $20k GCP plan of the README).
    const QString session = QStringLiteral(FRONTIER_SOURCE_DIR "/docs/examples/cloud-20k-usd.json");
    const Run fromSession = runFrontier({"report", "--session", session});
    QVERIFY2(fromSession.exitCode == 0, fromSession.err.constData());
    QVERIFY(fromSession.out.startsWith("For a budget of $20,000,"));
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("session.png"));
    const Run exported = runFrontier({"export", "--session", session, "--chart", "loss", "--out", png, "--size", "300x200"});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QFile file(png);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(frontier::test::pngPixelSize(file.readAll()), QSize(300, 200));
    expectOneLineError(runFrontier(QStringList{"report", "--format", "html"} + kExportPlan), QStringLiteral("--format: expected md or latex"), 2);
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
