// The CSV reader: what real files look like (BOM, CRLF, quotes) and what broken ones get told.
#include "testsupport.h"

#include "model/core/quantity.h"

#include "model/core/csv.h"
#include "model/core/utf8.h"
#include "model/core/errors.h"
#include "model/core/numbers.h"
#include "data/resourcedata.h"

#include <clocale>
#include <cstdlib>
#include <locale>

using namespace frontier;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void rejects_data();
    void rejects();
    void utf8Accepted();
    void numberCells();
    void nulInsideANumberCell();
    void commaLocale();
};

void TestCsv::reads_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("lastCell");
    QTest::newRow("plain") << QByteArray("a,b\n1,2\n3,4\n") << 2 << "4";
    QTest::newRow("CRLF, no final newline") << QByteArray("a,b\r\n1,2\r\n3,4") << 2 << "4";
    QTest::newRow("UTF-8 BOM (CodeCarbon files have one)") << QByteArray("\xEF\xBB\xBF" "a,b\n1,2\n") << 1 << "2";
    QTest::newRow("quoted cells with comma and quote") << QByteArray("\"a\",\"b\"\n\"1,5\",\"say \"\"hi\"\"\"\n") << 1
                                                       << "say \"hi\"";
    QTest::newRow("blank lines skipped") << QByteArray("a,b\n\n1,2\n\n") << 1 << "2";
}

void TestCsv::reads()
{
    QFETCH(QByteArray, text);
    QFETCH(int, rows);
    QFETCH(QString, lastCell);
    const CsvTable table = parseCsv(text.toStdString(), "test.csv");
    QCOMPARE(int(table.rows.size()), rows);
    QCOMPARE(QString::fromStdString(table.rows.back().back()), lastCell);
    QCOMPARE(table.column("b"), 1);
    QCOMPARE(table.rowLines.size(), table.rows.size());
    QCOMPARE(table.column("zz"), -1);
}

void TestCsv::rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty file") << QByteArray("") << "test.csv: the file is empty";
    QTest::newRow("only blank lines") << QByteArray("\n\n") << "test.csv: the file is empty";
    QTest::newRow("short row") << QByteArray("a,b\n1\n") << "test.csv: line 2 has 1 cells, the header has 2";
    QTest::newRow("short row after a blank line and a quoted line break")
        << QByteArray("a,b\n\n\"x\ny\",2\n3\n") << "test.csv: line 5 has 1 cells";
    QTest::newRow("unterminated quote") << QByteArray("a,b\n\"1,2\n") << "test.csv: unterminated quoted cell";
    // Text cells reach JSON answers and messages, which must be UTF-8 (nlohmann's writer threw on
    // them: `frontier plan --json` aborted). The line and the file's byte are named.
    QTest::newRow("Latin-1 byte, line 3") << QByteArray("name,loss\nab,1\nM\xfcnchen,2\n")
                                          << "test.csv: line 3 is not UTF-8 text (byte 17)";
    QTest::newRow("after a BOM, line 1") << QByteArray("\xEF\xBB\xBF" "a\xff,b\n1,2\n")
                                         << "test.csv: line 1 is not UTF-8 text (byte 5)";
    QTest::newRow("truncated sequence") << QByteArray("a\n\xe4\xb8") << "test.csv: line 2 is not UTF-8 text (byte 3)";
    QTest::newRow("overlong slash") << QByteArray("a\n\xc0\xaf\n") << "test.csv: line 2 is not UTF-8 text";
    QTest::newRow("surrogate") << QByteArray("a\n\xed\xa0\x80\n") << "test.csv: line 2 is not UTF-8 text";
    QTest::newRow("above U+10FFFF") << QByteArray("a\n\xf4\x90\x80\x80\n") << "test.csv: line 2 is not UTF-8 text";
}

void TestCsv::rejects()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    try {
        parseCsv(text.toStdString(), "test.csv");
        QFAIL("accepted a broken file");
    } catch (const InputError &e) {
        QVERIFY2(QString::fromStdString(e.what()).startsWith(message), e.what());
    }
}

void TestCsv::utf8Accepted()
{
    // Every length of sequence at the edges of the ranges RFC 3629 allows.
    const std::string text = "name\n\x7f\n\xc2\x80\n\xdf\xbf\n\xe0\xa0\x80\n\xed\x9f\xbf\n\xee\x80\x80\n"
                             "\xf0\x90\x80\x80\n\xf4\x8f\xbf\xbf\n\xe4\xb8\xad\xe6\x96\x87\n";
    QVERIFY(!firstInvalidUtf8(text));
    QCOMPARE(parseCsv(text, "test.csv").rows.size(), std::size_t(9));
    QCOMPARE(parseCsv(text, "test.csv").rows.back().front(), std::string("中文"));
    QCOMPARE(firstInvalidUtf8("ok\x80"), std::optional<std::size_t>(2));
}

void TestCsv::numberCells()
{
    QCOMPARE(parseNumberCell(" 1.5e3 ", "f.csv", 2, "loss"), 1500.0);
    for (const char *bad : {"abc", "", "1.5x", "nan", "inf", "1e999"}) {
        try {
            parseNumberCell(bad, "f.csv", 7, "loss");
            QFAIL(bad);
        } catch (const InputError &e) {
            QVERIFY2(QString::fromStdString(e.what()).startsWith(QStringLiteral("f.csv: line 7, column 'loss'")), e.what());
        }
    }
}

void TestCsv::nulInsideANumberCell()
{
    // "1.5\0" read with strtod would stop at the NUL and accept 1.5: the cell must be refused whole,
    // with the line and the column, whether it arrives alone or inside a file.
    const std::string cell("1.5\0", 4);
    try {
        parseNumberCell(cell, "runs.csv", 3, "loss");
        QFAIL("accepted a NUL inside a number");
    } catch (const InputError &e) {
        QVERIFY2(QString::fromStdString(e.what()).startsWith(QStringLiteral("runs.csv: line 3, column 'loss': expected a number")),
                 e.what());
        QCOMPARE(QString::fromStdString(e.what()).count(QLatin1Char('\n')), 0);
    }
    const std::string file("params,loss\n1e9,2.5\n2e9,2.4\0\n", 29);
    const CsvTable table = parseCsv(file, "runs.csv");
    QCOMPARE(table.rows.size(), std::size_t(2));
    QCOMPARE(parseNumberCell(table.rows[0][1], "runs.csv", table.rowLines[0], "loss"), 2.5);
    try {
        parseNumberCell(table.rows[1][1], "runs.csv", table.rowLines[1], "loss");
        QFAIL("accepted a NUL inside a number cell of a file");
    } catch (const InputError &e) {
        QVERIFY2(QString::fromStdString(e.what()).startsWith(QStringLiteral("runs.csv: line 3, column 'loss'")), e.what());
    }
}

void TestCsv::commaLocale()
{
    // German writes 1,5 for one and a half. Frontier's numbers must not care: the C library's strtod
    // and printf do, which is what broke every command at start-up under LC_ALL=de_DE.UTF-8.
    const std::string previous = std::setlocale(LC_ALL, nullptr);
    if (!std::setlocale(LC_ALL, "de_DE.UTF-8"))
        QFAIL("locale de_DE.UTF-8 is missing: bootstrap.sh generates it (locale-gen)");
    std::locale::global(std::locale("de_DE.UTF-8"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    auto restore = qScopeGuard([&] {
        std::setlocale(LC_ALL, previous.c_str());
        std::locale::global(std::locale::classic());
        QLocale::setDefault(QLocale::c());
    });
    // The locale really is in force: strtod stops at the dot.
    QCOMPARE(std::strtod("1.5", nullptr), 1.0);

    QCOMPARE(parseNumber("1.5e21"), std::optional<double>(1.5e21));
    QCOMPARE(parseNumber("0.001"), std::optional<double>(0.001));
    QCOMPARE(parseNumber("1,5"), std::optional<double>()); // a comma is never a decimal point here
    QCOMPARE(parseQuantity("20k"), std::optional<double>(20000));
    QCOMPARE(parseQuantity("70B"), std::optional<double>(70e9));
    QCOMPARE(parseQuantity("1.4T"), std::optional<double>(1.4e12));
    QCOMPARE(parseNumberCell("2.5", "f.csv", 2, "loss"), 2.5);
    QCOMPARE(QString::fromStdString(formatNumber(1.5)), QStringLiteral("1.5"));
    QCOMPARE(QString::fromStdString(formatNumber(5.76e23, 3)), QStringLiteral("5.76e+23"));
    QCOMPARE(QString::fromStdString(formatExact(0.1)), QStringLiteral("0.1"));
    // Numbers inside the model's messages, and the embedded data read while the locale is German.
    try {
        requirePositive(-2.5, "budget");
        QFAIL("accepted -2.5");
    } catch (const InputError &e) {
        QVERIFY2(QString::fromStdString(e.what()).endsWith(QStringLiteral("got -2.5")), e.what());
    }
    try {
        frontier::data::lawCatalog().law("hf2020").optimumForFlops(1.5e12);
        QFAIL("hf2020 accepted 1.5e12 FLOPs, below its valid range");
    } catch (const InputError &e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(QStringLiteral("compute 1.5e+12 FLOPs is outside")), e.what());
    }
    // Chinchilla constants read back exactly from the embedded JSON (Hoffmann et al. 2022, eq. 10).
    const Law &law = frontier::data::lawCatalog().law("hoffmann2022-rounded");
    QCOMPARE(law.constants()["alpha"], 0.34);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
