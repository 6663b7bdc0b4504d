// The app icon (resources/desktop/io.github.frontier.Frontier.svg) is embedded for the window under
// :/icons and draws through Qt's SVG icon engine (plugin iconengines/libqsvgicon.so, in Debian's
// libqt6svg6, a Depends of the .deb), at the sizes a desktop asks for. The colours and places checked
// are those drawn in the SVG file: a transparent corner outside the rounded square, the dark blue
// square, and the yellow optimum dot at (64, 67) of the 128-unit grid.

#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QtTest>

class TestInstallIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersAtDesktopSizes_data();
    void rendersAtDesktopSizes();
};

void TestInstallIcon::rendersAtDesktopSizes_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("48 px, a menu") << 48;
    QTest::newRow("128 px, a software centre") << 128;
    QTest::newRow("256 px, a HiDPI launcher") << 256;
}

void TestInstallIcon::rendersAtDesktopSizes()
{
    QFETCH(int, size);
    const QIcon icon(QStringLiteral(":/icons/io.github.frontier.Frontier.svg"));
    QVERIFY2(!icon.isNull(), "the icon is not in the resource, or no SVG icon engine is installed");
    const QImage image = icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(image.size(), QSize(size, size)); // drawn from the vector, not a fixed-size bitmap
    const auto at = [&](double x, double y) { return image.pixelColor(int(x * size / 128), int(y * size / 128)); };

    QCOMPARE(at(1, 1).alpha(), 0); // outside the rounded corner (rx 24)
    const QColor square = at(110, 16); // gradient from #2b4a7a (top) to #172a47 (bottom)
    QCOMPARE(square.alpha(), 255);
    QVERIFY2(square.blue() > square.red() + 40, qPrintable(square.name()));
    const QColor dot = at(64, 67); // fill #ffd166
    QVERIFY2(qAbs(dot.red() - 0xff) <= 8 && qAbs(dot.green() - 0xd1) <= 8 && qAbs(dot.blue() - 0x66) <= 8,
             qPrintable(dot.name()));
}

QTEST_MAIN(TestInstallIcon)
#include "tst_install_icon.moc"
