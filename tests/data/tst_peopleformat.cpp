// Numbers for people (data/peopleformat.h): three significant digits, thousands or 万/亿 groups,
// the units people use. Counts are Chinchilla's (Hoffmann et al. 2022: 70 B parameters, 1.4 T
// tokens); the Chinese groups are the standard ones (万 = 10^4, 亿 = 10^8, 万亿 = 10^12).

#include "data/peopleformat.h"
#include "model/core/quantity.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <QtTest>

using namespace frontier::data;

Q_DECLARE_METATYPE(frontier::data::NumberStyle)

class TestPeopleFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); } // a comma locale
    void counts_data();
    void counts();
    void spokenCounts_data();
    void spokenCounts();
    void typedNumbers_data();
    void typedNumbers();
    void dollars_data();
    void dollars();
    void prices_data();
    void prices();
    void durations_data();
    void durations();
    void energyAndMass_data();
    void energyAndMass();
    void styleFollowsTheTranslation();
};

void TestPeopleFormat::counts_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<NumberStyle>("style");
    QTest::addColumn<QString>("text");
    const auto en = NumberStyle::English, zh = NumberStyle::Chinese;
    QTest::newRow("Chinchilla 70B params, en") << 70e9 << en << "70 B";
    QTest::newRow("Chinchilla 1.4T tokens, en") << 1.4e12 << en << "1.4 T";
    QTest::newRow("12.34B rounds to 12.3 B") << 12.34e9 << en << "12.3 B";
    QTest::newRow("999,950 is 1 M, not 1000 k") << 999950.0 << en << "1 M";
    QTest::newRow("plain below a thousand") << 512.0 << en << "512";
    QTest::newRow("from 1e15 scientific") << 5.76e23 << en << "5.76e23";
    QTest::newRow("Chinchilla 70B params, zh: 700 亿") << 70e9 << zh << "700 亿";
    QTest::newRow("12.3B, zh: 123 亿") << 12.3e9 << zh << "123 亿";
    QTest::newRow("Chinchilla 1.4T tokens, zh: 1.4 万亿") << 1.4e12 << zh << "1.4 万亿";
    QTest::newRow("20k, zh: 2 万") << 20000.0 << zh << "2 万";
    QTest::newRow("9,999 stays plain in zh") << 9990.0 << zh << "9,990";
    QTest::newRow("99,990,000 is 1 亿, not 1e4 万") << 99990000.0 << zh << "1 亿";
}

void TestPeopleFormat::counts()
{
    QFETCH(double, value);
    QFETCH(NumberStyle, style);
    QFETCH(QString, text);
    QCOMPARE(peopleCount(value, style), text);
}

// What a screen reader says for a count: the scale as a word.
void TestPeopleFormat::spokenCounts_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<NumberStyle>("style");
    QTest::addColumn<QString>("text");
    const auto en = NumberStyle::English, zh = NumberStyle::Chinese;
    QTest::newRow("6.8 billion") << 6.81e9 << en << "6.81 billion";
    QTest::newRow("Chinchilla 1.4T tokens") << 1.4e12 << en << "1.4 trillion";
    QTest::newRow("999,950 is 1 million") << 999950.0 << en << "1 million";
    QTest::newRow("12 thousand") << 12000.0 << en << "12 thousand";
    QTest::newRow("plain below a thousand") << 512.0 << en << "512";
    QTest::newRow("zh reads as written") << 70e9 << zh << "700 亿";
}

void TestPeopleFormat::spokenCounts()
{
    QFETCH(double, value);
    QFETCH(NumberStyle, style);
    QFETCH(QString, text);
    QCOMPARE(spokenCount(value, style), text);
}

// What a field shows after a drag or a unit change: as people type it, read back within half its
// last digit.
void TestPeopleFormat::typedNumbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("dollars after a drag") << 2236234.564 << "2.236M";
    QTest::newRow("FLOPs after a unit change") << 3.866356011e11 << "386.6B";
    QTest::newRow("a round budget") << 20000.0 << "20k";
    QTest::newRow("999,950 is 1M, not 1000k") << 999950.0 << "1M";
    QTest::newRow("9,999.6 rounds to 10k") << 9999.6 << "10k";
    QTest::newRow("below ten thousand") << 2236.4 << "2,236";
    QTest::newRow("MFU") << 0.4 << "0.4";
    QTest::newRow("PUE") << 1.1 << "1.1";
    QTest::newRow("a price") << 0.1234 << "0.1234";
    QTest::newRow("FLOPs") << 1.5e21 << "1.5e21";
    QTest::newRow("a trillion tokens") << 1.4e12 << "1.4T";
    QTest::newRow("tiny") << 2e-5 << "2e-5";
    QTest::newRow("negative") << -2236234.564 << "-2.236M";
}

void TestPeopleFormat::typedNumbers()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(typedNumber(value), text);
    const std::optional<double> back = frontier::parseQuantity(text.toStdString());
    QVERIFY(back);
    QVERIFY2(std::abs(*back - value) <= 5e-4 * std::abs(value), qPrintable(QString::number(*back, 'g', 17)));
}

void TestPeopleFormat::dollars_data()
{
    QTest::addColumn<double>("usd");
    QTest::addColumn<NumberStyle>("style");
    QTest::addColumn<QString>("text");
    const auto en = NumberStyle::English, zh = NumberStyle::Chinese;
    QTest::newRow("the default budget") << 20000.0 << en << "$20,000";
    QTest::newRow("three significant digits") << 18437.2 << en << "$18,400";
    QTest::newRow("cents") << 0.4249 << en << "$0.425";
    QTest::newRow("millions") << 12.34e6 << en << "$12.3 M";
    QTest::newRow("billions") << 4.6e9 << en << "$4.6 B";
    QTest::newRow("zh below a million as en") << 18437.2 << zh << "$18,400";
    QTest::newRow("zh millions in 万") << 1.23e6 << zh << "$123 万";
    QTest::newRow("zh hundreds of millions in 亿") << 1.2e8 << zh << "$1.2 亿";
}

void TestPeopleFormat::dollars()
{
    QFETCH(double, usd);
    QFETCH(NumberStyle, style);
    QFETCH(QString, text);
    QCOMPARE(peopleDollars(usd, style), text);
}

void TestPeopleFormat::prices_data()
{
    QTest::addColumn<double>("usd");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole dollars keep the cents") << 5.0 << "$5.00";
    QTest::newRow("one decimal gets its zero") << 4.4 << "$4.40";
    QTest::newRow("AWS p5 per GPU: 98.32 / 8") << 98.32 / 8 << "$12.29";
    QTest::newRow("rounded to the cent") << 2.456 << "$2.46";
    QTest::newRow("grouped") << 1234.5 << "$1,234.50";
}

void TestPeopleFormat::prices()
{
    QFETCH(double, usd);
    QFETCH(QString, text);
    QCOMPARE(peoplePrice(usd), text);
}

void TestPeopleFormat::durations_data()
{
    QTest::addColumn<double>("hours");
    QTest::addColumn<NumberStyle>("style");
    QTest::addColumn<QString>("text");
    const auto en = NumberStyle::English, zh = NumberStyle::Chinese;
    QTest::newRow("minutes") << 0.7 << en << "42 min";
    QTest::newRow("hours") << 5.1 << en << "5.1 h";
    QTest::newRow("47.9 h stays hours") << 47.9 << en << "47.9 h";
    QTest::newRow("days from 48 h") << 3.2 * 24 << en << "3.2 days";
    QTest::newRow("years from two years") << 2.3 * 365.25 * 24 << en << "2.3 years";
    QTest::newRow("zh minutes") << 0.7 << zh << "42 分钟";
    QTest::newRow("zh hours") << 5.1 << zh << "5.1 小时";
    QTest::newRow("zh days") << 3.2 * 24 << zh << "3.2 天";
    QTest::newRow("zh years") << 2.3 * 365.25 * 24 << zh << "2.3 年";
}

void TestPeopleFormat::durations()
{
    QFETCH(double, hours);
    QFETCH(NumberStyle, style);
    QFETCH(QString, text);
    QCOMPARE(peopleDuration(hours, style), text);
}

void TestPeopleFormat::energyAndMass_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<double>("value");
    QTest::addColumn<NumberStyle>("style");
    QTest::addColumn<QString>("text");
    const auto en = NumberStyle::English, zh = NumberStyle::Chinese;
    QTest::newRow("kWh") << "energy" << 340.0 << en << "340 kWh";
    QTest::newRow("MWh") << "energy" << 1234.0 << en << "1.23 MWh";
    QTest::newRow("Wh below a kWh") << "energy" << 0.42 << en << "420 Wh";
    QTest::newRow("GWh") << "energy" << 3.4e6 << zh << "3.4 GWh";
    QTest::newRow("kg") << "mass" << 420.0 << en << "420 kg";
    QTest::newRow("t") << "mass" << 1300.0 << en << "1.3 t";
    QTest::newRow("thousands of t grouped") << "mass" << 12.3e6 << en << "12,300 t";
    QTest::newRow("zh kg") << "mass" << 420.0 << zh << "420 千克";
    QTest::newRow("zh t") << "mass" << 1300.0 << zh << "1.3 吨";
}

void TestPeopleFormat::energyAndMass()
{
    QFETCH(QString, what);
    QFETCH(double, value);
    QFETCH(NumberStyle, style);
    QFETCH(QString, text);
    QCOMPARE(what == QLatin1String("energy") ? peopleEnergy(value, style) : peopleMass(value, style), text);
}

// A translator whose catalogue answers the style marker with "zh".
class ChineseMarker : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArray(context) == "PeopleFormat" && QByteArray(source) == "FRONTIER_NUMBER_STYLE")
            return QStringLiteral("zh");
        return QString();
    }
};

void TestPeopleFormat::styleFollowsTheTranslation()
{
    QCOMPARE(numberStyle(), NumberStyle::English);
    ChineseMarker chinese;
    QCoreApplication::installTranslator(&chinese);
    QCOMPARE(numberStyle(), NumberStyle::Chinese);
    QCoreApplication::removeTranslator(&chinese);
    QCOMPARE(numberStyle(), NumberStyle::English);
}

QTEST_GUILESS_MAIN(TestPeopleFormat)
#include "tst_peopleformat.moc"
