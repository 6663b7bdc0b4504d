// The command line as a whole: bad arguments fail with one line, help for every subcommand,
// the system language, and numbers that read and print the same in a comma locale.
// Each runs the built binary as a script would (clitestsupport.h).
#include "clitestsupport.h"

using namespace frontier::test;
using nlohmann::json;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badArguments_data();
    void badArguments();
    void longArgumentIsClipped();
    void subcommandHelp_data();
    void subcommandHelp();
    void topLevelHelpListsSubcommands();
    void speaksTheSystemLanguage();
    void commaLocaleChangesNothing();
};

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("exitCode"); // cli.h: 2 a bad or missing argument (an unknown id too), 1 no answer
    QTest::newRow("unknown subcommand") << QStringList{"optimise"} << "unknown subcommand 'optimise'" << 2;
    QTest::newRow("unknown law") << QStringList{"loss", "--law", "hoffman2022", "--params", "1e9"}
                                 << "unknown law 'hoffman2022'; did you mean: hoffmann2022" << 2;
    QTest::newRow("missing law") << QStringList{"optimum", "--flops", "1e21"} << "--law: missing" << 2;
    QTest::newRow("NaN budget") << QStringList{"optimum", "--law", "hoffmann2022", "--flops", "nan"}
                                << "--flops: expected a number, got 'nan'" << 2;
    QTest::newRow("infinite size") << QStringList{"loss", "--law", "kaplan2020", "--params", "inf"}
                                   << "--params: expected a number, got 'inf'" << 2;
    QTest::newRow("negative budget") << QStringList{"optimum", "--law", "hoffmann2022", "--flops", "-3"}
                                     << "--flops: must be positive, got -3" << 2;
    QTest::newRow("zero size") << QStringList{"loss", "--law", "epoch2024", "--params", "0", "--tokens", "1e9"}
                               << "--params: must be positive, got 0" << 2;
    QTest::newRow("text as a number") << QStringList{"loss", "--law", "epoch2024", "--params", "seven", "--tokens", "1e9"}
                                      << "--params: expected a number, got 'seven'" << 2;
    QTest::newRow("two budgets") << QStringList{"optimum", "--law", "hoffmann2022", "--flops", "1e21", "--params", "1e9"}
                                 << "optimum: give exactly one of --flops, --pfdays, --params" << 2;
    QTest::newRow("unknown option") << QStringList{"laws", "--colour"} << "Unknown option 'colour'." << 2;
    QTest::newRow("unknown constant") << QStringList{"loss", "--law", "hoffmann2022", "--set", "gamma=1", "--params", "1e9", "--tokens", "1e9"}
                                      << "unknown constant 'gamma'" << 2;
    QTest::newRow("no batch in Chinchilla") << QStringList{"batch", "--law", "hoffmann2022", "--loss", "2"}
                                            << "law hoffmann2022 has no B_crit(L)" << 1;
    QTest::newRow("below hf2020's valid range") << QStringList{"optimum", "--law", "hf2020", "--flops", "1e12"}
                                                << "outside the valid range of hf2020" << 1;
    QTest::newRow("missing fit file") << QStringList{"fit", "/nonexistent/runs.csv"} << "file not found: /nonexistent/runs.csv" << 1;
    QTest::newRow("fit method") << QStringList{"fit", "x.csv", "--method", "magic"} << "--method: " << 2;
    QTest::newRow("fit on a device that never ends") << QStringList{"fit", "/dev/zero"}
                                                     << "/dev/zero is not a regular file: a fit reads a CSV file" << 1;
    QTest::newRow("fit on a folder") << QStringList{"fit", "/"} << "/ is not a regular file" << 1;
    QTest::newRow("unknown GPU") << QStringList{"speed", "--gpu", "A100", "--width", "512", "--depth", "4"}
                                 << "unknown 2020 GPU 'A100'" << 2;
}

void TestCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(int, exitCode);
    expectOneLineError(runFrontier(arguments), message, exitCode);
}

void TestCli::longArgumentIsClipped()
{
    // A 100 kB argument (Linux passes at most 128 kB in one) echoed back whole would be a 100 kB "line".
    const QString huge(100000, QLatin1Char('7'));
    for (const QStringList &arguments : {QStringList{"loss", "--law", "hoffmann2022", "--params", huge + "x", "--tokens", "1e9"},
                                         QStringList{"plan", "--law", "hoffmann2022", "--budget", "20k", "--unit", "usd",
                                                     "--gpu", "h100-sxm", "--gpus", huge},
                                         QStringList{"loss", "--law", huge}, QStringList{huge}}) {
        const Run run = runFrontier(arguments);
        expectOneLineError(run, QStringLiteral("7777"));
        QVERIFY2(run.err.size() < 600, run.err.left(200).constData());
        QVERIFY2(run.err.contains("\xE2\x80\xA6"), run.err.left(200).constData()); // the cut ends in "…"
    }
}

void TestCli::subcommandHelp_data()
{
    QTest::addColumn<QString>("subcommand");
    QTest::addColumn<QString>("option");      // one option the help must describe
    QTest::addColumn<QString>("description"); // and the start of its description
    QTest::newRow("laws") << "laws" << "--json" << "Answer as JSON";
    QTest::newRow("loss") << "loss" << "--params <N>" << "Model size N";
    QTest::newRow("optimum") << "optimum" << "--flops <C>" << "Training budget in FLOPs";
    QTest::newRow("batch") << "batch" << "--loss <L>" << "Loss in nats/token";
    QTest::newRow("fit") << "fit" << "--method <METHOD>" << "hoffmann (default) or epoch-mle";
    QTest::newRow("speed") << "speed" << "--width <W>" << "d_model";
    QTest::newRow("plan") << "plan" << "--pue <P>" << "Data-centre power usage effectiveness";
    QTest::newRow("compare") << "compare" << "--sort <COLUMN>" << "Column to sort by";
    QTest::newRow("gpus") << "gpus" << "--json" << "Answer as JSON";
    QTest::newRow("offers") << "offers" << "--gpu <ID>" << "Only the offers for this GPU";
    QTest::newRow("regions") << "regions" << "--grid-dataset <NAME>" << "mlco2 or codecarbon";
}

void TestCli::subcommandHelp()
{
    QFETCH(QString, subcommand);
    QFETCH(QString, option);
    QFETCH(QString, description);
    // `--help` anywhere after the subcommand, even with other options: usage on stdout, exit 0.
    for (const QStringList &arguments : {QStringList{subcommand, "--help"}, QStringList{subcommand, "--json", "-h"}}) {
        const Run run = runFrontier(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.startsWith(QStringLiteral("Usage: frontier ") + subcommand), qPrintable(out));
        const QStringList described = out.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^ +") + QRegularExpression::escape(option)));
        QCOMPARE(described.size(), 1);
        const QString line = described.first();
        QVERIFY2(line.contains(description), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("See 'frontier --help'")), qPrintable(out)); // every option described
    }
}

void TestCli::topLevelHelpListsSubcommands()
{
    const Run help = runFrontier({"--help"});
    QCOMPARE(help.exitCode, 0);
    const QStringList lines = QString::fromUtf8(help.out).split(QLatin1Char('\n'));
    for (const char *name : {"laws", "loss", "optimum", "batch", "fit", "speed", "plan", "compare", "gpus", "offers", "regions"}) {
        const QStringList matching = lines.filter(QRegularExpression(QStringLiteral("^  %1 +\\S").arg(QLatin1String(name))));
        QVERIFY2(matching.size() == 1 && matching.first().size() > 20, name); // the name and a one-line description
    }
    QVERIFY(help.out.contains("frontier SUBCOMMAND --help"));
}

void TestCli::speaksTheSystemLanguage()
{
    // translations/frontier_zh_CN.ts, context Cli: "Parameters:        %1" is "参数量：            %1".
    QProcessEnvironment chinese;
    chinese.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    chinese.insert(QStringLiteral("LC_ALL"), QString());
    chinese.insert(QStringLiteral("LC_MESSAGES"), QString());
    chinese.insert(QStringLiteral("LANGUAGE"), QString());
    const Run run = runFrontier({"optimum", "--law", "hoffmann2022", "--flops", "5.76e23"}, chinese);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QString::fromUtf8(run.out).contains(QStringLiteral("参数量：")), run.out.constData());
    const Run error = runFrontier({"optimise"}, chinese);
    QCOMPARE(error.exitCode, 2);
    QVERIFY2(QString::fromUtf8(error.err).contains(QStringLiteral("未知子命令“optimise”")), error.err.constData());
    // The same without it: English.
    QProcessEnvironment english = chinese;
    english.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    const Run plain = runFrontier({"optimum", "--law", "hoffmann2022", "--flops", "5.76e23"}, english);
    QVERIFY2(plain.out.contains("Parameters:"), plain.out.constData());
}

void TestCli::commaLocaleChangesNothing()
{
    // Under a German locale (decimal comma) the same command gives the same bytes.
    QProcessEnvironment german;
    german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    QProcessEnvironment c;
    c.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const QStringList &arguments :
         {QStringList{"optimum", "--law", "hoffmann2022", "--flops", "1.5e21", "--json"},
          QStringList{"optimum", "--law", "hoffmann2022", "--flops", "1.5e21"},
          QStringList{"plan", "--law", "hoffmann2022", "--budget", "20k", "--unit", "usd", "--gpu", "h100-sxm", "--gpus", "8"},
          QStringList{"loss", "--law", "epoch2024", "--params", "70B", "--tokens", "1.4T", "--json"}}) {
        const Run inGerman = runFrontier(arguments, german);
        QVERIFY2(inGerman.exitCode == 0, inGerman.err.constData());
        QCOMPARE(inGerman.out, runFrontier(arguments, c).out);
    }
    // EP-L-CHINCHILLA (oracle-public.json): 1.9734 nats/token, read from "70B" and "1.4T" in German.
    const Run loss = runFrontier({"loss", "--law", "epoch2024", "--params", "70B", "--tokens", "1.4T", "--json"}, german);
    FRONTIER_COMPARE_ABS(jsonOf(loss)["loss"].get<double>(), 1.973401061447261, 1e-4);
    const Run text = runFrontier({"optimum", "--law", "hoffmann2022", "--flops", "1.5e21"}, german);
    QVERIFY2(text.out.contains("1.5e+21 FLOPs"), text.out.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
