// The CSV reader: what real files look like (BOM, CRLF, quotes) and what broken ones get told.
#include "testsupport.h"

#include "model/core/csv.h"
#include "model/core/errors.h"

using namespace frontier;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void rejects_data();
    void rejects();
    void numberCells();
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

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
