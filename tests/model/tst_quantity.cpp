// Quantities as people type them (model/core/quantity.h) and numbers without the locale
// (model/core/numbers.h): one reader for the window and the command line.

#include "testsupport.h"

#include "model/core/numbers.h"
#include "model/core/quantity.h"

#include <clocale>

using namespace frontier;

class TestQuantity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void refuses_data();
    void refuses();
    void saysWhyItRefuses_data();
    void saysWhyItRefuses();
    void formatsWithoutTheLocale();
};

void TestQuantity::reads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::newRow("Chinchilla's size 70B") << "70B" << 70e9;
    QTest::newRow("Chinchilla's tokens 1.4T") << "1.4T" << 1.4e12;
    QTest::newRow("G as B") << "7G" << 7e9;
    QTest::newRow("dollars 20k") << "20k" << 20e3;
    QTest::newRow("dollar sign, separators") << "$20,000" << 20000.0;
    QTest::newRow("scientific") << "1.5e21" << 1.5e21;
    QTest::newRow("space before suffix") << "3.2 M" << 3.2e6;
    QTest::newRow("underscores") << "1_000_000" << 1e6;
    QTest::newRow("surrounding blanks") << "  42\t" << 42.0;
    QTest::newRow("plus sign") << "+5" << 5.0;
    QTest::newRow("negative stays negative (the caller refuses it)") << "-3" << -3.0;
    QTest::newRow("Gopher's compute") << "5.76e23" << 5.76e23;
    QTest::newRow("peta") << "2P" << 2e15;
    QTest::newRow("separators with a fraction") << "1,234.5" << 1234.5;
}

void TestQuantity::reads()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    const auto parsed = parseQuantity(text.toStdString());
    QVERIFY2(parsed, qPrintable(text));
    QCOMPARE(*parsed, value);
}

void TestQuantity::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("a lone suffix") << "B";
    QTest::newRow("words") << "lots";
    QTest::newRow("NaN") << "nan";
    QTest::newRow("infinity") << "inf";
    QTest::newRow("overflow after scaling") << "1e300T";
    QTest::newRow("decimal comma") << "1,5";
    QTest::newRow("bad grouping") << "20,00";
    QTest::newRow("separator first") << ",500";
    QTest::newRow("two suffixes") << "1kk";
    QTest::newRow("trailing text") << "70B params";
    QTest::newRow("NUL inside") << QString::fromLatin1("7\0" "0", 3);
}

void TestQuantity::refuses()
{
    QFETCH(QString, text);
    const QByteArray bytes = text.toUtf8();
    QVERIFY2(!parseQuantity(std::string_view(bytes.constData(), std::size_t(bytes.size()))), qPrintable(text));
}

// 1e400 is a number, only too large for a double: the message says so, not "not a number".
void TestQuantity::saysWhyItRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("fault");
    QTest::newRow("1e400") << "1e400" << int(QuantityFault::TooLarge);
    QTest::newRow("$1E+400") << "$1E+400" << int(QuantityFault::TooLarge);
    QTest::newRow("-1e400") << "-1e400" << int(QuantityFault::TooLarge);
    QTest::newRow("overflow after scaling") << "1e300T" << int(QuantityFault::TooLarge);
    QTest::newRow("400 digits") << QString(400, QLatin1Char('9')) << int(QuantityFault::TooLarge);
    QTest::newRow("1e-400") << "1e-400" << int(QuantityFault::TooSmall);
    QTest::newRow("words") << "abc" << int(QuantityFault::NotANumber);
    QTest::newRow("1e400x") << "1e400x" << int(QuantityFault::NotANumber);
    QTest::newRow("nan") << "nan" << int(QuantityFault::NotANumber);
}

void TestQuantity::saysWhyItRefuses()
{
    QFETCH(QString, text);
    QFETCH(int, fault);
    const QuantityReading reading = readQuantity(text.toStdString());
    QVERIFY(!reading.value);
    QCOMPARE(int(reading.fault), fault);
}

void TestQuantity::formatsWithoutTheLocale()
{
    // A comma locale must change nothing (the C library's strtod would read "1.5" as 1 there).
    const char *comma = std::setlocale(LC_ALL, "de_DE.UTF-8");
    if (!comma)
        comma = std::setlocale(LC_ALL, "fr_FR.UTF-8");
    QCOMPARE(*parseNumber("1.5e21"), 1.5e21);
    QCOMPARE(*parseQuantity("2.5k"), 2500.0);
    QCOMPARE(formatNumber(1234.5, 5), std::string("1234.5"));
    QCOMPARE(formatNumber(5.76e23, 3), std::string("5.76e+23"));
    QCOMPARE(formatExact(0.1), std::string("0.1"));
    QCOMPARE(formatNumber(std::nan("")), std::string("NaN"));
    std::setlocale(LC_ALL, "C");
    if (!comma)
        QSKIP("no comma locale installed here (bootstrap.sh installs de_DE.UTF-8 for the tests)");
}

QTEST_GUILESS_MAIN(TestQuantity)
#include "tst_quantity.moc"
