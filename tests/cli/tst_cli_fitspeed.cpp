// `frontier fit` and `frontier speed` against Epoch AI's fit and the 2020 study's speed model.
// Each runs the built binary as a script would (clitestsupport.h).
#include "clitestsupport.h"

using namespace frontier::test;
using nlohmann::json;

class TestCliFitSpeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void speedOracleCase();
    void fitEpochData();
    void fitRefusesUntrustedFiles_data();
    void fitRefusesUntrustedFiles();
    void fitWarnsOnNegativeExponent();
};

void TestCliFitSpeed::speedOracleCase()
{
    // HF-V100-O0-4x512 (conversions.py @f15c845).
    const Run run = runFrontier({"speed", "--gpu", "V100", "--amp", "O0", "--width", "512", "--depth", "4", "--json"});
    QCOMPARE(run.exitCode, 0);
    const json out = jsonOf(run);
    QCOMPARE(out["batch"].get<double>(), 64.0); // the study's per-GPU batch by default
    FRONTIER_COMPARE_REL(out["nonembedding_flops_per_s"].get<double>(), 1875802124244.611, 1e-6);
}

void TestCliFitSpeed::fitEpochData()
{
    // EP-FIT-MLE through the binary: Epoch's 240 points, epoch-mle method.
    const QString csv = QStringLiteral(FRONTIER_TEST_DATA_DIR "/chinchilla/epoch_svg_extracted_data.csv");
    const Run run = runFrontier({"fit", csv, "--method", "epoch-mle", "--exclude-highest", "5", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json out = jsonOf(run);
    QCOMPARE(out["points"].get<int>(), 240);
    FRONTIER_COMPARE_ABS(out["E"].get<double>(), 1.81686, 0.005);
    FRONTIER_COMPARE_ABS(out["alpha"].get<double>(), 0.34781, 0.003);
    FRONTIER_COMPARE_ABS(out["beta"].get<double>(), 0.36585, 0.003);
    FRONTIER_COMPARE_REL(out["A"].get<double>(), 482.00572, 0.1);
    FRONTIER_COMPARE_REL(out["B"].get<double>(), 2085.4342, 0.25);
}

void TestCliFitSpeed::fitRefusesUntrustedFiles_data()
{
    // The limits of resources/laws/fitting.json (max_rows 10,000; max_file_bytes 16 MiB) and the
    // five distinct (N, D) points a five-constant law needs.
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QByteArray rows = "params,tokens,loss\n";
    for (int i = 0; i < 10001; ++i)
        rows += "1e9,2e10,2.5\n";
    QTest::newRow("10,001 rows") << rows << "has more than 10000 rows; a fit takes at most 10000 runs";
    QByteArray big = "params,tokens,loss\n1e9,2e10,2.5\n";
    big.append(16 * 1024 * 1024, ' ');
    QTest::newRow("over 16 MiB") << big << "a fit reads files of at most 16777216 bytes";
    QTest::newRow("12 runs, 2 distinct (N, D)")
        << QByteArray("params,tokens,loss\n1e9,2e10,2.5\n1e9,2e10,2.6\n1e9,2e10,2.4\n1e9,2e10,2.55\n"
                      "1e9,2e10,2.45\n1e9,2e10,2.52\n2e9,2e10,2.3\n2e9,2e10,2.35\n2e9,2e10,2.25\n"
                      "2e9,2e10,2.31\n2e9,2e10,2.29\n2e9,2e10,2.33\n")
        << "a fit needs at least 5 distinct (N, D) points, got 2 in 12 runs";
}

void TestCliFitSpeed::fitRefusesUntrustedFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("runs.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
    file.close();
    expectOneLineError(runFrontier({"fit", path}), message);
}

void TestCliFitSpeed::fitWarnsOnNegativeExponent()
{
    // Losses exactly on 1.8 + 3e-4·N^0.3 + 400/D^0.3: rising with N, so the fit lands on alpha = -0.3,
    // which `--set` would refuse. Answered, with the warning on stderr and in --json "warnings".
    QByteArray text = "params,tokens,loss\n";
    for (int i = 0; i < 5; ++i)
        for (int j = 0; j < 5; ++j) {
            const double n = 1e7 * std::pow(10.0, 0.75 * i), d = 1e9 * std::pow(10.0, 0.75 * j);
            text += QByteArray::number(n, 'g', 17) + ',' + QByteArray::number(d, 'g', 17) + ','
                    + QByteArray::number(1.8 + 3e-4 * std::pow(n, 0.3) + 400 / std::pow(d, 0.3), 'g', 17) + '\n';
        }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("rising.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
    file.close();
    const Run run = runFrontier({"fit", path, "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json out = jsonOf(run);
    FRONTIER_COMPARE_ABS(out["alpha"].get<double>(), -0.3, 1e-4);
    QCOMPARE(out["warnings"].size(), std::size_t(1));
    const std::string expected = "the fitted alpha is -0.3, not positive: the loss would not fall with model size";
    QCOMPARE(out["warnings"][0].get<std::string>(), expected);
    QCOMPARE(QString::fromUtf8(run.err), QStringLiteral("frontier: warning: %1\n").arg(QString::fromStdString(expected)));
}

QTEST_GUILESS_MAIN(TestCliFitSpeed)
#include "tst_cli_fitspeed.moc"
