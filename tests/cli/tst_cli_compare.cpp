// `frontier compare`: every offer as CSV or JSON, sorted (the offers that can run the job first),
// with the Pareto front; a budget reads in its own unit exactly as typed.
// Each runs the built binary as a script would (clitestsupport.h).
#include "clitestsupport.h"

using namespace frontier::test;
using nlohmann::json;

class TestCliCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compareCsvAndSort();
    void compareBudgetRowsCarryTheirModel();
    void compareSortAliases_data();
    void compareSortAliases();
    void compareParetoColumn();
    void compareRanksOffersThatFitFirst();
    void budgetColumnReadsAsTyped_data();
    void budgetColumnReadsAsTyped();
};

void TestCliCompare::compareCsvAndSort()
{
    const Run run = runFrontier({"compare", "--law", "hoffmann2022", "--params", "7B", "--tokens", "140B", "--gpus", "8", "--csv"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QVERIFY(lines.size() > 150);
    QVERIFY(lines.first().startsWith("offer,gpu,provider,location,price_usd_per_gpu_hour,price_date,params,tokens"));
    const Run sorted = runFrontier({"compare", "--law", "hoffmann2022", "--params", "7B", "--tokens", "140B", "--gpus", "8",
                                    "--sort", "wall_clock_hours", "--json"});
    QCOMPARE(sorted.exitCode, 0);
    const json rows = jsonOf(sorted)["rows"];
    QCOMPARE(rows.size(), std::size_t(lines.size() - 1)); // the same rows as the CSV
    for (std::size_t i = 1; i < rows.size(); ++i)
        QVERIFY(rankedInOrder(rows[i - 1], rows[i], "wall_clock_hours"));
    // Not all equal, so the order above says something: K80s are slower than H100s.
    QVERIFY(rows.front()["wall_clock_hours"].get<double>() < rows.back()["wall_clock_hours"].get<double>());
}

void TestCliCompare::compareBudgetRowsCarryTheirModel()
{
    // "Where does $20k buy the lowest loss?": every row its own model, the lowest loss first (the
    // default sort for a budget), and that row equal to planning its offer alone with `frontier plan`.
    const QStringList budget{"compare", "--law", "hoffmann2022", "--budget", "20000", "--unit", "usd", "--gpus", "8"};
    const Run run = runFrontier(budget + QStringList{"--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json out = jsonOf(run);
    QCOMPARE(out["pareto_axes"], json({"loss", "wall_clock_hours"}));
    const json rows = out["rows"];
    QVERIFY(rows.size() > 150);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const json &row = rows[i];
        FRONTIER_COMPARE_REL(row["cost_usd"].get<double>(), 20000.0, 1e-9);
        // Chinchilla's C = 6 N D (Hoffmann et al. 2022, eq. 1's FLOPs) holds on every row.
        FRONTIER_COMPARE_REL(row["flops"].get<double>(), 6 * row["params"].get<double>() * row["tokens"].get<double>(), 1e-9);
        FRONTIER_COMPARE_REL(row["tokens_per_param"].get<double>(), row["tokens"].get<double>() / row["params"].get<double>(), 1e-12);
        if (i > 0)
            QVERIFY(rankedInOrder(rows[i - 1], row, "loss"));
    }
    QVERIFY(rows.front()["loss"].get<double>() + 0.05 < rows.back()["loss"].get<double>()); // offers differ
    const json &best = rows.front();
    const Run alone = runFrontier({"plan", "--law", "hoffmann2022", "--budget", "20000", "--unit", "usd", "--gpus", "8",
                                   "--gpu", QString::fromStdString(best["gpu"].get<std::string>()), "--offer",
                                   QString::fromStdString(best["offer"].get<std::string>()), "--json"});
    QVERIFY2(alone.exitCode == 0, alone.err.constData());
    const json plan = jsonOf(alone);
    for (const char *field : {"params", "tokens", "loss", "flops", "wall_clock_hours"})
        FRONTIER_COMPARE_REL(best[field].get<double>(), plan[field].get<double>(), 1e-12);

    // The table says the same: its first row is that offer, with its size, tokens and loss.
    const Run table = runFrontier(budget);
    QCOMPARE(table.exitCode, 0);
    const QList<QByteArray> lines = table.out.split('\n');
    QVERIFY(lines[0].contains("params") && lines[0].contains("tokens") && lines[0].contains("loss"));
    QVERIFY2(lines[1].startsWith(QByteArray::fromStdString(best["offer"].get<std::string>())), lines[1].constData());
    QVERIFY2(lines[1].contains(qPrintable(QString::number(best["loss"].get<double>(), 'g', 4))), lines[1].constData());
}

void TestCliCompare::compareSortAliases_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("column");
    QTest::newRow("cost") << "cost" << "cost_usd";
    QTest::newRow("time") << "time" << "wall_clock_hours";
    QTest::newRow("energy") << "energy" << "energy_kwh";
    QTest::newRow("co2") << "co2" << "co2_kg";
    QTest::newRow("loss") << "loss" << "loss";
}

void TestCliCompare::compareSortAliases()
{
    QFETCH(QString, alias);
    QFETCH(QString, column);
    // A fixed job (same loss everywhere) for cost, time, energy, CO2; a FLOPs budget on a law of the
    // 2020 study's form would fix the loss too, so the loss row sorts a dollar budget.
    const QStringList request = alias == QLatin1String("loss")
                                    ? QStringList{"--budget", "5000", "--unit", "usd"}
                                    : QStringList{"--params", "7B", "--tokens", "140B"};
    const Run run = runFrontier(QStringList{"compare", "--law", "hoffmann2022", "--gpus", "8", "--sort", alias, "--json"} + request);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json rows = jsonOf(run)["rows"];
    const std::string key = column.toStdString();
    std::size_t valued = 0;
    double lastFitting = 0; // the key of the last valued row the model fits on
    for (std::size_t i = 1; i < rows.size(); ++i) {
        QVERIFY2(rankedInOrder(rows[i - 1], rows[i], key), rows[i].dump().c_str());
        valued += !rows[i][key].is_null();
        if (!rows[i][key].is_null() && fitRankOf(rows[i]) == 0)
            lastFitting = rows[i][key].get<double>();
    }
    QVERIFY(valued > 100);
    QCOMPARE(fitRankOf(rows.front()), 0);
    QVERIFY(rows.front()[key].get<double>() < lastFitting); // not all equal
}

void TestCliCompare::compareParetoColumn()
{
    // The '*' rows of a fixed job: those no other row beats on cost and wall clock at once, here
    // found by brute force from the JSON rows themselves.
    const Run run = runFrontier({"compare", "--law", "hoffmann2022", "--params", "7B", "--tokens", "140B", "--gpus", "8", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json out = jsonOf(run);
    QCOMPARE(out["pareto_axes"], json({"cost_usd", "wall_clock_hours"}));
    const json rows = out["rows"];
    int marked = 0;
    for (const json &row : rows) {
        bool dominated = row["cost_usd"].is_null();
        for (const json &other : rows) {
            if (dominated || other["cost_usd"].is_null())
                continue;
            const double c = other["cost_usd"], t = other["wall_clock_hours"];
            const double rc = row["cost_usd"], rt = row["wall_clock_hours"];
            dominated = c <= rc && t <= rt && (c < rc || t < rt);
        }
        QCOMPARE(row["pareto"].get<bool>(), !dominated);
        marked += !dominated;
    }
    QVERIFY(marked >= 2 && marked < 40);
    // CSV: the same mark in its last column; the table: a '*' and the footnote naming the axes.
    const Run csv = runFrontier({"compare", "--law", "hoffmann2022", "--params", "7B", "--tokens", "140B", "--gpus", "8",
                                 "--csv", "--sort", "pareto"});
    QCOMPARE(csv.exitCode, 0);
    const frontier::CsvTable file = frontier::parseCsv(csv.out.toStdString(), "compare --csv");
    QCOMPARE(file.rows.size(), rows.size());
    const int paretoColumn = file.column("pareto"), sourceColumn = file.column("price_source");
    QCOMPARE(paretoColumn, int(file.header.size()) - 2);
    QCOMPARE(sourceColumn, int(file.header.size()) - 1);
    QCOMPARE(std::count_if(file.rows.begin(), file.rows.end(), [&](const auto &r) { return r[paretoColumn] == "true"; }),
             std::ptrdiff_t(marked));
    QCOMPARE(file.rows[0][paretoColumn], std::string("true")); // --sort pareto puts the front first
    // Every catalogue price names the offer it came from, with its date (planner.cpp's price source).
    const int offerColumn = file.column("offer");
    for (const auto &r : file.rows)
        if (!r[offerColumn].empty())
            QVERIFY2(r[sourceColumn].find(r[offerColumn]) != std::string::npos, r[sourceColumn].c_str());
    const Run table = runFrontier({"compare", "--law", "hoffmann2022", "--params", "7B", "--tokens", "140B", "--gpus", "8"});
    QCOMPARE(table.out.count(" *\n"), qsizetype(marked));
    QVERIFY(table.out.contains("* on the Pareto front of cost against wall-clock time"));
}

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"

void TestCliCompare::compareRanksOffersThatFitFirst()
{
    // Issue 16 §3: sorted by loss, a $20,000 budget on one GPU put 13 offers the model does not fit
    // on before any that could run it. Those that fit come first now, each rank by loss.
    const QStringList request{"compare", "--law", "hoffmann2022", "--budget", "20000", "--unit", "usd", "--json"};
    const Run run = runFrontier(request);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json rows = jsonOf(run)["rows"];
    int ranks[3] = {0, 0, 0};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        ++ranks[fitRankOf(rows[i])];
        if (i > 0)
            QVERIFY2(rankedInOrder(rows[i - 1], rows[i], "loss"), rows[i].dump().c_str());
    }
    QVERIFY2(ranks[0] > 10 && ranks[2] > 10, qPrintable(QStringLiteral("%1 fit, %2 do not").arg(ranks[0]).arg(ranks[2])));
    QCOMPARE(fitRankOf(rows.front()), 0);
    // Some offer the model does not fit on buys a lower loss than the best that fits: ranking, not luck.
    double lowestUnfit = 1e9;
    for (const json &row : rows)
        if (fitRankOf(row) == 2 && !row["loss"].is_null())
            lowestUnfit = std::min(lowestUnfit, row["loss"].get<double>());
    QVERIFY(lowestUnfit < rows.front()["loss"].get<double>());
    // Sorting by the fit column itself is taken as asked: not fitting (false) first.
    const Run byFits = runFrontier(request + QStringList{"--sort", "fits_in_memory"});
    QCOMPARE(byFits.exitCode, 0);
    QCOMPARE(jsonOf(byFits)["rows"].front()["fits_in_memory"], json(false));
}

void TestCliCompare::budgetColumnReadsAsTyped_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("column");
    QTest::newRow("usd") << "usd" << "cost_usd";
    QTest::newRow("gpu-hours") << "gpu-hours" << "gpu_hours";
    QTest::newRow("hours") << "hours" << "wall_clock_hours";
    QTest::newRow("kwh") << "kwh" << "energy_kwh";
    QTest::newRow("kgco2") << "kgco2" << "co2_kg";
}

void TestCliCompare::budgetColumnReadsAsTyped()
{
    // Issue 16 §2: a $20,000 budget's CSV said 20000.000000000004 (the cost worked back from the
    // FLOPs it buys). Every row of `compare --csv` and of `export --chart table` reads the typed
    // amount in its own unit, character for character.
    QFETCH(QString, unit);
    QFETCH(QString, column);
    const QStringList plan{"--law", "hoffmann2022", "--budget", "20000", "--unit", unit, "--gpu", "h100-sxm"};
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("table.csv"));
    const Run compare = runFrontier(QStringList{"compare", "--csv"} + plan.mid(0, 6));
    const Run exported = runFrontier(QStringList{"export", "--chart", "table", "--out", file} + plan);
    QVERIFY2(compare.exitCode == 0, compare.err.constData());
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    for (const QByteArray &bytes : {compare.out, readFile(file)}) {
        const frontier::CsvTable table = frontier::parseCsv(bytes.toStdString(), "table.csv");
        QVERIFY(table.rows.size() > 150);
        const int at = table.column(column.toStdString());
        for (const auto &row : table.rows)
            QCOMPARE(QString::fromStdString(row[at]), QStringLiteral("20000"));
    }
}
