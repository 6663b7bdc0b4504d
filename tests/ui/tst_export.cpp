// Exports from the window (offscreen): every chart to PNG at scale 2, SVG and PDF, and its data to
// CSV; the files are real (signature, pixel size, XML with the axis titles, one PDF page, the chart's
// own rows); the chart comes back as it was; bad sizes and unwritable paths are refused naming the
// path; File ▸ Export… and Edit ▸ Copy report do the same through the window. The loss chart's
// colour bar draws in the axes' fonts, not the export's title font: the same SVG font attributes,
// and in PNGs at scale 1 and 2 each label's ink as big as the axis font's outline of it.
#include "chartmouse.h"
#include "exportchecks.h"
#include "inkboxes.h"
#include "svgclipping.h"
#include "testsupport.h"

#include "model/core/csv.h"
#include "model/core/errors.h"
#include "model/core/numbers.h"
#include "model/laws/chartcsv.h"
#include "data/language.h"
#include "ui/charts/allocationchart.h"
#include "ui/export/chartexport.h"
#include "ui/charts/colorbaritem.h"
#include "ui/charts/losschart.h"
#include "ui/document/plandocument.h"
#include "ui/export/exportactions.h"
#include "ui/export/exportdialog.h"
#include "ui/export/wrappedtext.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QFile>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QImage>
#include <QMenuBar>
#include <QPainterPath>
#include <QScatterSeries>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <clocale>
#include <memory>

using namespace frontier;
using frontier::ui::ExportFormat;

namespace {

// The hover crosshair: the two line items LogChartView puts on top of the chart (z 20).
int visibleCrosshairLines(QChartView *view)
{
    int lines = 0;
    for (QGraphicsItem *item : view->scene()->items())
        if (item->type() == QGraphicsLineItem::Type && item->zValue() == 20 && item->isVisible())
            ++lines;
    return lines;
}

// The loss chart's slope handle: its one rectangle-marker series.
qsizetype slopeHandlePoints(QChartView *view)
{
    for (QAbstractSeries *series : view->chart()->series())
        if (auto *scatter = qobject_cast<QScatterSeries *>(series);
            scatter && scatter->markerShape() == QScatterSeries::MarkerShapeRectangle)
            return scatter->count();
    return -1;
}

// log-log interpolation of column `y` at x = `at` over rows sorted by column `x`.
double interpolate(const CsvTable &table, int x, int y, double at)
{
    for (std::size_t i = 1; i < table.rows.size(); ++i) {
        const double x0 = *parseNumber(table.rows[i - 1][x]), x1 = *parseNumber(table.rows[i][x]);
        if (x0 <= at && at <= x1) {
            const double t = std::log(at / x0) / std::log(x1 / x0);
            return std::exp(std::log(*parseNumber(table.rows[i - 1][y])) * (1 - t) +
                            std::log(*parseNumber(table.rows[i][y])) * t);
        }
    }
    return -1;
}

// The colour bar's tick labels are counts (10M, 1B, 1T); the loss chart's axes label in powers of
// ten (10¹⁸) and plain numbers, never so.
bool isCountLabel(const QString &text)
{
    static const QRegularExpression count(QStringLiteral(R"(^[0-9.]+[kMBT]$)"));
    return count.match(text).hasMatch();
}

bool isPowerOfTenLabel(const QString &text)
{
    static const QRegularExpression power(
        QStringLiteral("^10[\\x{2070}\\x{00B9}\\x{00B2}\\x{00B3}\\x{2074}-\\x{207B}]+$"));
    return power.match(text).hasMatch();
}

// A text's font alone, to compare two texts' fonts.
test::SvgText fontOf(test::SvgText text)
{
    text.text.clear();
    return text;
}

// Where `font` puts ink for `text`: the outline of its glyphs (fallback fonts included, as for Chinese).
QRectF inkOf(const QFont &font, const QString &text)
{
    QPainterPath outline;
    outline.addText(QPointF(), font, text);
    return outline.boundingRect();
}

// `measured` ink against the font's outline of the text, scaled: within a pixel and a half and
// 10 % (hinting and antialiasing move an edge by a pixel; a wrong font is 15 % to 35 % off).
void compareInk(const QRect &measured, const QRectF &expected, double scale, const QString &what)
{
    const double width = expected.width() * scale, height = expected.height() * scale;
    QVERIFY2(
        std::abs(measured.width() - width) <= 1.5 + 0.1 * width,
        qPrintable(
            QStringLiteral("%1: ink %2 px wide, the font's %3").arg(what).arg(measured.width()).arg(width)));
    QVERIFY2(std::abs(measured.height() - height) <= 1.5 + 0.1 * height,
             qPrintable(QStringLiteral("%1: ink %2 px tall, the font's %3")
                            .arg(what)
                            .arg(measured.height())
                            .arg(height)));
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pngHasItsSignatureAndScaledPixelSize_data();
    void pngHasItsSignatureAndScaledPixelSize();
    void svgParsesAndNamesTheAxes();
    void svgClipsTheDataToThePlotArea();
    void citationWrapsAndIsNeverElided_data();
    void citationWrapsAndIsNeverElided();
    void wrappedLinesBreakBetweenWordsAndFit_data();
    void wrappedLinesBreakBetweenWordsAndFit();
    void pdfIsOnePageSizedToTheChart();
    void csvIsTheChartsData();
    void allocationCsvMatchesChinchilla();
    void csvIsTheSameInACommaLocale();
    void exportHidesDecorationsAndRestoresTheChart();
    void colorBarTextsAreInTheAxesFontsInSvg();
    void colorBarTextsMeasureAsTheAxesFontsInPng_data();
    void colorBarTextsMeasureAsTheAxesFontsInPng();
    void chartNeverShownExportsAtTheRequestedSize();
    void badSizeOrScaleIsRefused_data();
    void badSizeOrScaleIsRefused();
    void unwritablePathIsNamed();
    void fileExportDialogWritesTheFile();
    void dialogShowsAFailureAndStaysOpen();
    void copyReportPutsTheParagraphOnTheClipboard();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<ui::AppCatalogs> m_catalogs;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestExport::initTestCase()
{
    frontier::test::isolateWindowTest();
    QVERIFY(m_dir.isValid());
    // FRONTIER_KEEP_EXPORTS=1 keeps the files for a look (the folder is printed).
    if (qEnvironmentVariableIsSet("FRONTIER_KEEP_EXPORTS")) {
        m_dir.setAutoRemove(false);
        qInfo("exports in %s", qPrintable(m_dir.path()));
    }
    m_catalogs = std::make_unique<ui::AppCatalogs>(ui::AppCatalogs::fromResources());
    m_window = std::make_unique<ui::MainWindow>(*m_catalogs);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestExport::cleanupTestCase()
{
    m_window.reset();
}

void TestExport::pngHasItsSignatureAndScaledPixelSize_data()
{
    QTest::addColumn<int>("chart");
    QTest::newRow("loss chart") << 0;
    QTest::newRow("allocation chart") << 1;
}

void TestExport::pngHasItsSignatureAndScaledPixelSize()
{
    QFETCH(int, chart);
    ui::ExportableChart &c = chart == 0 ? static_cast<ui::ExportableChart &>(*m_window->lossChart())
                                        : static_cast<ui::ExportableChart &>(*m_window->allocationChart());
    const QString file = path(QStringLiteral("chart%1.png").arg(chart));
    ui::exportChart(c, file, ExportFormat::Png, QSize(700, 450), 2);
    const QByteArray bytes = test::readFile(file);
    QVERIFY(test::isPng(bytes));
    QCOMPARE(test::pngPixelSize(bytes), QSize(1400, 900));
    // Drawn, not blank: the frontier red (loss chart) or the N_opt purple (allocation chart) is in it.
    const QImage image = QImage::fromData(bytes, "PNG");
    QCOMPARE(image.size(), QSize(1400, 900));
    const QRgb wanted = chart == 0 ? qRgb(214, 39, 40) : qRgb(68, 1, 84);
    int hits = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            hits += image.pixel(x, y) == wanted;
    QVERIFY2(hits > 200, qPrintable(QString::number(hits)));
}

void TestExport::svgParsesAndNamesTheAxes()
{
    const QString file = path(QStringLiteral("loss.svg"));
    ui::exportChart(*m_window->lossChart(), file, ExportFormat::Svg, QSize(800, 500), 1);
    const test::SvgContent svg = test::readSvg(test::readFile(file));
    QVERIFY2(svg.wellFormed, qPrintable(svg.error));
    const QString all = svg.texts.join(QLatin1Char('\n'));
    for (const char *text : {"Training compute (FLOPs)", "Loss (nats per token)", "Compute frontier",
                             "Loss against training compute", "arXiv:2203.15556"})
        QVERIFY2(all.contains(QLatin1String(text)), text);
    QCOMPARE(svg.viewBox, QStringLiteral("0 0 800 500"));
    // Vector throughout: no item reaches the file as a raster image (the curve family caches one).
    QCOMPARE(test::svgImageCount(test::readFile(file)), 0);
}

void TestExport::svgClipsTheDataToThePlotArea()
{
    // QSvgGenerator (Qt 6.4) drops the painter's clip: the curves ran over the title and the legend.
    // The data now sits in one group clipped to the plot area, and nothing else drawn reaches above it.
    const QString file = path(QStringLiteral("clipped.svg"));
    const QSize size(800, 500);
    ui::exportChart(*m_window->lossChart(), file, ExportFormat::Svg, size, 1);
    const QByteArray bytes = test::readFile(file);
    QVERIFY(test::readSvg(bytes).wellFormed);
    QVERIFY(bytes.contains("version=\"1.1\"")); // clipPath is SVG 1.1, not SVG Tiny 1.2
    const test::SvgClipping svg = test::svgClipping(bytes);
    QCOMPARE(svg.clipRects.size(), 1);
    const QRectF plot = svg.clipRects.front();
    // Between the title and legend above and the x axis's labels below, right of the y axis's.
    QVERIFY2(plot.top() > 40 && plot.bottom() < size.height() - 50 && plot.left() > 30 &&
                 plot.right() < size.width() - 40,
             qPrintable(QStringLiteral("%1,%2 %3x%4").arg(plot.x()).arg(plot.y()).arg(plot.width()).arg(plot.height())));
    // The curve family and the series are in the clipped group, and run past its edges (so the
    // clip is what keeps them in): the frontier's red among them, found as Qt Charts' series item.
    QVERIFY2(svg.clipped.size() >= 20, qPrintable(QString::number(svg.clipped.size())));
    const QString red = QColor(214, 39, 40).name();
    const auto isRed = [&](const test::SvgShape &shape) { return shape.stroke == red; };
    QVERIFY(std::any_of(svg.clipped.begin(), svg.clipped.end(), isRed));
    QVERIFY(std::none_of(svg.unclipped.begin(), svg.unclipped.end(), isRed));
    int pastTheEdge = 0;
    for (const test::SvgShape &shape : svg.clipped)
        for (const QPointF &p : shape.points)
            pastTheEdge += p.y() < plot.top() - 1;
    QVERIFY2(pastTheEdge > 0, "no curve runs above the plot area: the test checks nothing");
    // Outside the group no line reaches above the plot area (the legend's swatches are filled, not
    // stroked; the texts are texts).
    for (const test::SvgShape &shape : svg.unclipped)
        for (const QPointF &p : shape.points)
            if (shape.stroke != QLatin1String("none"))
                QVERIFY2(p.y() >= plot.top() - 1,
                         qPrintable(QStringLiteral("%1 at (%2, %3)").arg(shape.stroke).arg(p.x()).arg(p.y())));
}

void TestExport::citationWrapsAndIsNeverElided_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("narrow, 320 px") << QSize(320, 400);
    QTest::newRow("a column, 480 px") << QSize(480, 360);
}

void TestExport::citationWrapsAndIsNeverElided()
{
    // A citation cut to "...arXiv:2203.1555..." sends no reader to the paper: it wraps instead.
    QFETCH(QSize, size);
    ui::LossChart *chart = m_window->lossChart();
    const QString citation = chart->exportCitation();
    QVERIFY(citation.contains(QStringLiteral("arXiv:2203.15556")));
    const QString file = path(QStringLiteral("narrow-%1.svg").arg(size.width()));
    ui::exportChart(*chart, file, ExportFormat::Svg, size, 1);
    const QList<test::SvgText> texts = test::svgTexts(test::readFile(file));
    // The citation is drawn last, a line per <text>: the last lines read as the whole citation, with
    // no ellipsis.
    int lines = 0;
    for (int n = 1; n <= texts.size() && !lines; ++n) {
        QStringList tail;
        for (int i = int(texts.size()) - n; i < texts.size(); ++i)
            tail << texts[i].text;
        if (tail.join(QLatin1Char(' ')) == citation)
            lines = n;
    }
    QVERIFY2(lines >= 2, qPrintable(QStringLiteral("%1 lines: %2").arg(lines).arg(texts.last().text)));
    QVERIFY(!citation.contains(QChar(0x2026)));
    // "arXiv:2203.15556" stays whole on one line.
    QVERIFY(std::any_of(texts.end() - lines, texts.end(), [](const test::SvgText &t) {
        return t.text.contains(QStringLiteral("arXiv:2203.15556"));
    }));
    // The title, drawn first, wraps too rather than lose its end.
    QStringList head;
    for (int i = 0; i < texts.size() && head.join(QLatin1Char(' ')).size() < chart->exportTitle().size(); ++i)
        head << texts[i].text;
    QCOMPARE(head.join(QLatin1Char(' ')), chart->exportTitle());
}

void TestExport::wrappedLinesBreakBetweenWordsAndFit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("width");
    QTest::addColumn<QString>("wholeWord"); // a word that must stay on one line
    QTest::newRow("Hoffmann et al. 2022 at 200 px")
        << QStringLiteral("J. Hoffmann, S. Borgeaud, A. Mensch et al., Training Compute-Optimal Large Language "
                          "Models, arXiv:2203.15556 (2022)")
        << 200.0 << QStringLiteral("arXiv:2203.15556");
    QTest::newRow("a URL wider than the line")
        << QStringLiteral("See https://example.org/a/very/long/path/that/cannot/fit/on/one/line/of/this/width ok")
        << 120.0 << QStringLiteral("ok");
    QTest::newRow("no spaces (Chinese)") << QStringLiteral("每个报价的预测损失与训练计算量的关系图表标题") << 60.0
                                         << QString();
}

void TestExport::wrappedLinesBreakBetweenWordsAndFit()
{
    QFETCH(QString, text);
    QFETCH(double, width);
    QFETCH(QString, wholeWord);
    const QFont font = m_window->lossChart()->font();
    const QStringList lines = ui::wrappedLines(text, font, width);
    QVERIFY(lines.size() >= 2);
    const QFontMetricsF metrics(font);
    for (const QString &line : lines)
        QVERIFY2(metrics.horizontalAdvance(line) <= width, qPrintable(line));
    // Nothing lost: the lines are the text, joined where it broke (at a space, or inside a word).
    QCOMPARE(lines.join(QString()).remove(QLatin1Char(' ')), QString(text).remove(QLatin1Char(' ')));
    if (!wholeWord.isEmpty())
        QVERIFY(std::any_of(lines.begin(), lines.end(),
                            [&](const QString &line) { return line.split(QLatin1Char(' ')).contains(wholeWord); }));
}

void TestExport::pdfIsOnePageSizedToTheChart()
{
    const QString file = path(QStringLiteral("allocation.pdf"));
    ui::exportChart(*m_window->allocationChart(), file, ExportFormat::Pdf, QSize(960, 600), 1);
    const QByteArray bytes = test::readFile(file);
    QVERIFY(bytes.startsWith("%PDF-"));
    QCOMPARE(test::pdfPageCount(bytes), 1);
    // 960 x 600 pixels at the screen's dpi, in points (1/72 inch).
    const int dpi = m_window->allocationChart()->logicalDpiX();
    static const QRegularExpression mediaBox(
        QStringLiteral(R"(/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\])"));
    const auto match = mediaBox.match(QString::fromLatin1(bytes));
    QVERIFY(match.hasMatch());
    FRONTIER_COMPARE_REL(match.captured(1).toDouble(), 960.0 * 72 / dpi, 0.01);
    FRONTIER_COMPARE_REL(match.captured(2).toDouble(), 600.0 * 72 / dpi, 0.01);
}

void TestExport::csvIsTheChartsData()
{
    ui::LossChart *chart = m_window->lossChart();
    const QString file = path(QStringLiteral("loss.csv"));
    ui::exportChart(*chart, file, ExportFormat::Csv, QSize(), 1);
    const QByteArray bytes = test::readFile(file);
    const CsvTable table = parseCsv(bytes.toStdString(), "loss.csv");
    QCOMPARE(table.header, (std::vector<std::string>{"series", "curve", "params", "flops",
                                                     "loss_nats_per_token", "source"}));
    const LossChartData &data = chart->data();
    QCOMPARE(table.rows.size(), lossChartCsvRows(data));
    QVERIFY(!data.curves.empty() && !data.frontier.empty());
    // The frontier rows are the chart's frontier points, exactly (formatExact reads back bit for bit).
    std::size_t frontier = 0;
    for (const auto &row : table.rows) {
        QCOMPARE(row[5], m_window->document()->law().info().citation);
        if (row[0] != "frontier")
            continue;
        QCOMPARE(*parseNumber(row[3]), data.frontier[frontier].flops);
        QCOMPARE(*parseNumber(row[4]), data.frontier[frontier].loss);
        ++frontier;
    }
    QCOMPARE(frontier, data.frontier.size());
}

void TestExport::allocationCsvMatchesChinchilla()
{
    const QString file = path(QStringLiteral("allocation.csv"));
    ui::exportChart(*m_window->allocationChart(), file, ExportFormat::Csv, QSize(), 1);
    const CsvTable table = parseCsv(test::readFile(file).toStdString(), "allocation.csv");
    QCOMPARE(table.header, (std::vector<std::string>{"flops", "n_opt_params", "d_opt_tokens", "source"}));
    QCOMPARE(table.rows.size(), m_window->allocationChart()->data().params.size());
    // Hoffmann et al. 2022, Fig. 4 caption: ~40B parameters at Gopher's 5.76e23 FLOPs (the default
    // law, unrounded constants); read off the exported line between its points.
    FRONTIER_COMPARE_REL(interpolate(table, 0, 1, 5.76e23), 40e9, 0.03);
    FRONTIER_COMPARE_REL(interpolate(table, 0, 2, 5.76e23), 5.76e23 / (6 * 40e9), 0.03);
}

void TestExport::csvIsTheSameInACommaLocale()
{
    const QString c = path(QStringLiteral("c.csv")), de = path(QStringLiteral("de.csv"));
    ui::exportChart(*m_window->allocationChart(), c, ExportFormat::Csv, QSize(), 1);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const char *previous = std::setlocale(LC_ALL, "de_DE.UTF-8");
    ui::exportChart(*m_window->allocationChart(), de, ExportFormat::Csv, QSize(), 1);
    std::setlocale(LC_ALL, previous ? previous : "C");
    QLocale::setDefault(QLocale::c());
    QCOMPARE(test::readFile(de), test::readFile(c));
    QVERIFY(test::readFile(c).contains("e+"));
}

void TestExport::exportHidesDecorationsAndRestoresTheChart()
{
    ui::LossChart *chart = m_window->lossChart();
    const QSize before = chart->size();
    const ui::LogRange range = chart->range();
    // A hover shows the crosshair; the slope handle sits on the frontier.
    const QPoint inside = chart->plotAreaInViewport().center().toPoint();
    test::moveMouse(chart->viewport(), inside);
    QCOMPARE(visibleCrosshairLines(chart), 2);
    QCOMPARE(slopeHandlePoints(chart), qsizetype(1));
    ui::exportChart(*chart, path(QStringLiteral("restore.png")), ExportFormat::Png, QSize(1500, 300), 1);
    QCOMPARE(chart->size(), before);
    QCOMPARE(chart->range(), range);
    QCOMPARE(visibleCrosshairLines(chart), 0);        // hidden for the export; back on the next hover
    QCOMPARE(slopeHandlePoints(chart), qsizetype(1)); // the handle is back
    QCOMPARE(chart->chart()->size().toSize(), chart->viewport()->size());
}

void TestExport::colorBarTextsAreInTheAxesFontsInSvg()
{
    // An export paints the scene with its own (bold, title-sized) font set on the painter: the bar's
    // texts must not take it, but the axes' fonts, at the axes' size (the same font-size attribute).
    const QString file = path(QStringLiteral("colorbar.svg"));
    ui::exportChart(*m_window->lossChart(), file, ExportFormat::Svg, QSize(800, 500), 1);
    QList<test::SvgText> counts, powers, barTitle, axisTitle;
    for (const test::SvgText &t : test::svgTexts(test::readFile(file))) {
        if (isCountLabel(t.text))
            counts.append(t);
        else if (isPowerOfTenLabel(t.text))
            powers.append(t);
        else if (t.text == QLatin1String("Parameters"))
            barTitle.append(t);
        else if (t.text == QLatin1String("Training compute (FLOPs)"))
            axisTitle.append(t);
    }
    QVERIFY2(counts.size() >= 4, qPrintable(QString::number(counts.size()))); // 10M ... 1T
    QVERIFY2(powers.size() >= 4, qPrintable(QString::number(powers.size()))); // 10¹⁸ ... on x
    QCOMPARE(barTitle.size(), 1);
    QCOMPARE(axisTitle.size(), 1);
    for (const test::SvgText &t : counts)
        QCOMPARE(fontOf(t), fontOf(powers.front()));
    QCOMPARE(fontOf(barTitle.front()), fontOf(axisTitle.front()));
}

void TestExport::colorBarTextsMeasureAsTheAxesFontsInPng_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<QString>("language");
    QTest::newRow("scale 1") << 1.0 << QStringLiteral("en");
    QTest::newRow("scale 2") << 2.0 << QStringLiteral("en");
    QTest::newRow("scale 2, Chinese title 参数量") << 2.0 << QStringLiteral("zh_CN");
}

void TestExport::colorBarTextsMeasureAsTheAxesFontsInPng()
{
    QFETCH(double, scale);
    QFETCH(QString, language);
    if (language != QLatin1String("en"))
        QVERIFY(ui::setLanguage(language));
    const auto english = qScopeGuard([] {
        ui::setLanguage(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    });
    ui::LossChart *chart = m_window->lossChart();
    // The charts retranslate on the posted LanguageChange.
    const QString title =
        language == QLatin1String("en") ? QStringLiteral("Parameters") : QStringLiteral("参数量");
    QTRY_COMPARE(chart->colorBar()->title(), title);
    const QSize size(800, 500);
    // Which labels the bar draws at this size: the SVG of the same size has the same layout (the
    // bar paints them bottom to top).
    const QString svgFile = path(QStringLiteral("colorbar-%1.svg").arg(language));
    ui::exportChart(*chart, svgFile, ExportFormat::Svg, size, 1);
    QStringList labels;
    for (const test::SvgText &t : test::svgTexts(test::readFile(svgFile)))
        if (isCountLabel(t.text))
            labels.prepend(t.text);
    QVERIFY(labels.size() >= 4);

    const QString file = path(QStringLiteral("colorbar-%1-%2.png").arg(language).arg(scale));
    ui::exportChart(*chart, file, ExportFormat::Png, size, scale);
    const QImage image = QImage::fromData(test::readFile(file), "PNG");
    const auto bar = test::findColorBar(image);
    QVERIFY(bar);
    QVERIFY2(bar->height() > 200 * scale && bar->width() < 20 * scale,
             qPrintable(QStringLiteral("%1 x %2").arg(bar->width()).arg(bar->height())));
    const int s = int(scale);
    // Right of the tick marks (4 px), from half a label above the bar to half one below it.
    const QRect labelRegion(QPoint(bar->right() + 5 * s + 1, bar->top() - 6 * s),
                            QPoint(image.width() - 1, bar->bottom() + 8 * s));
    const QList<QRect> boxes = test::inkBoxes(image, labelRegion);
    QCOMPARE(boxes.size(), labels.size());
    const QFont labelFont = chart->axisLabelsFont(), titleFont = chart->axisTitleFont();
    for (int i = 0; i < labels.size(); ++i) {
        compareInk(boxes[i], inkOf(labelFont, labels[i]), scale, labels[i]);
        QVERIFY(boxes[i].right() < image.width() - 1); // not cut by the picture's edge
    }
    if (QTest::currentTestFailed()) // compareInk's QVERIFYs return from it, not from here
        return;
    // The title, above the bar: whole (as wide as the title font says), not clipped.
    const int titleLine = int(std::ceil(QFontMetricsF(titleFont).height() * scale));
    // (The legend's row above it is centred over the plot, left of the bar's column at this size.)
    const QRect titleRegion(QPoint(bar->left() - 1, bar->top() - 6 * s - 2 * titleLine),
                            QPoint(image.width() - 1, bar->top() - 6 * s - 1));
    const QList<QRect> titleBoxes = test::inkBoxes(image, titleRegion);
    QCOMPARE(titleBoxes.size(), 1);
    compareInk(titleBoxes.front(), inkOf(titleFont, title), scale, title);
    QVERIFY(titleBoxes.front().right() < image.width() - 1);
}

void TestExport::chartNeverShownExportsAtTheRequestedSize()
{
    // As `frontier export` does: a document and a chart that no window ever showed.
    ui::PlanDocument document(*m_catalogs, ui::PlanInputs::defaults());
    ui::LossChart chart(&document);
    const QString file = path(QStringLiteral("hidden.png"));
    ui::exportChart(chart, file, ExportFormat::Png, QSize(640, 400), 1.5);
    const QByteArray bytes = test::readFile(file);
    QVERIFY(test::isPng(bytes));
    QCOMPARE(test::pngPixelSize(bytes), QSize(960, 600));
    const QString svgFile = path(QStringLiteral("hidden.svg"));
    ui::exportChart(chart, svgFile, ExportFormat::Svg, QSize(640, 400), 1);
    QVERIFY(test::readSvg(test::readFile(svgFile))
                .texts.join(QLatin1Char(' '))
                .contains(QStringLiteral("Loss (nats per token)")));
}

void TestExport::badSizeOrScaleIsRefused_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QString>("code");
    QTest::newRow("too small") << QSize(10, 400) << 1.0 << "export.bad_size";
    QTest::newRow("too large") << QSize(800, 9000) << 1.0 << "export.bad_size";
    QTest::newRow("scale 0.5") << QSize(800, 400) << 0.5 << "export.bad_scale";
    QTest::newRow("scale 5") << QSize(800, 400) << 5.0 << "export.bad_scale";
    QTest::newRow("scale 4 of 8000 px") << QSize(8000, 400) << 4.0 << "export.too_many_pixels";
}

void TestExport::badSizeOrScaleIsRefused()
{
    QFETCH(QSize, size);
    QFETCH(double, scale);
    QFETCH(QString, code);
    const QString file = path(QStringLiteral("refused.png"));
    try {
        ui::exportChart(*m_window->lossChart(), file, ExportFormat::Png, size, scale);
        QFAIL("no error");
    } catch (const InputError &e) {
        QCOMPARE(QString::fromStdString(e.message().code), code);
    }
    QVERIFY(!QFile::exists(file));
}

void TestExport::unwritablePathIsNamed()
{
    const QString file = QStringLiteral("/nonexistent-folder/chart.pdf");
    try {
        ui::exportChart(*m_window->lossChart(), file, ExportFormat::Pdf, QSize(800, 500), 1);
        QFAIL("no error");
    } catch (const InputError &e) {
        QCOMPARE(QString::fromStdString(e.message().code), QStringLiteral("export.write_failed"));
        QVERIFY2(QString::fromStdString(e.what()).startsWith(
                     QStringLiteral("cannot write /nonexistent-folder/chart.pdf: ")),
                 e.what());
    }
}

void TestExport::fileExportDialogWritesTheFile()
{
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("exportAction"));
    QVERIFY(action);
    QVERIFY(m_window->menuBar()->actions().first()->menu()->actions().contains(action)); // in File
    const QString file = path(QStringLiteral("dialog.svg"));
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = m_window->findChild<ui::ExportDialog *>(QStringLiteral("exportDialog"));
        QVERIFY(dialog);
        dialog->setRequest({ui::ExportTarget::AllocationChart, file, QSize(640, 480), 1});
        if (qEnvironmentVariableIsSet("FRONTIER_KEEP_EXPORTS"))
            dialog->grab().save(path(QStringLiteral("dialog-grab.png")));
        dialog->accept();
        answered = dialog->result() == QDialog::Accepted;
    });
    action->trigger(); // runs the modal dialog until the timer accepts it
    QVERIFY(answered);
    const test::SvgContent svg = test::readSvg(test::readFile(file));
    QVERIFY2(svg.wellFormed, qPrintable(svg.error));
    QVERIFY(svg.texts.join(QLatin1Char(' '))
                .contains(QStringLiteral("Parameters / tokens"))); // the allocation chart
}

void TestExport::dialogShowsAFailureAndStaysOpen()
{
    auto *actions = m_window->findChild<ui::ExportActions *>(QStringLiteral("exportActions"));
    QVERIFY(actions);
    ui::ExportDialog dialog(QSize(800, 500),
                            [&](const ui::ExportRequest &r) { return actions->exportTo(r); });
    dialog.setRequest({ui::ExportTarget::LossChart, path(QStringLiteral("chart.bmp")), QSize(800, 500), 1});
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(dialog.error().contains(QStringLiteral("chart.bmp: unknown export format 'bmp'")),
             qPrintable(dialog.error()));
    dialog.setRequest({ui::ExportTarget::LossChart, path(QStringLiteral("chart.png")), QSize(800, 500), 2});
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(test::pngPixelSize(test::readFile(path(QStringLiteral("chart.png")))), QSize(1600, 1000));
}

void TestExport::copyReportPutsTheParagraphOnTheClipboard()
{
    QAction *markdown = m_window->findChild<QAction *>(QStringLiteral("copyReportAction"));
    QAction *latex = m_window->findChild<QAction *>(QStringLiteral("copyReportLatexAction"));
    QVERIFY(markdown && latex && markdown->isEnabled());
    markdown->trigger();
    const QString text = QGuiApplication::clipboard()->text();
    // text/plain is prose: no Markdown escapes ("\_", "\[") wherever it is pasted. The world-average
    // grid's source names carbon_intensity_per_source.json, which Markdown writes with "\_".
    QVERIFY2(text.contains(QStringLiteral("carbon_intensity_per_source.json")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1Char('\\')) && !text.contains(QStringLiteral("**")), qPrintable(text));
    // The Markdown is there for an editor that asks for it.
    auto *actions = m_window->findChild<ui::ExportActions *>(QStringLiteral("exportActions"));
    QVERIFY(actions);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime && mime->hasFormat(QStringLiteral("text/markdown")));
    const QString markdownText = QString::fromUtf8(mime->data(QStringLiteral("text/markdown")));
    QCOMPARE(markdownText, actions->reportText(ReportFormat::Markdown));
    QVERIFY2(markdownText.contains(QStringLiteral("carbon\\_intensity\\_per\\_source.json")), qPrintable(markdownText));
    QCOMPARE(text, actions->reportText(ReportFormat::PlainText));
    // The default plan: $20,000 on 8 H100 SXM under Chinchilla's unrounded law.
    QVERIFY2(text.startsWith(QStringLiteral("For a budget of $20,000, the compute-optimal allocation of")),
             qPrintable(text));
    const QString citation = QString::fromStdString(m_window->document()->law().info().citation);
    QVERIFY2(text.contains(QStringLiteral("Training on 8 x ")) &&
                 text.contains(QStringLiteral("\n1. ") + citation + QLatin1Char('\n')),
             qPrintable(text));
    QVERIFY(citation.contains(QStringLiteral("arXiv:2203.15556")));
    latex->trigger();
    const QString tex = QGuiApplication::clipboard()->text();
    QVERIFY2(tex.startsWith(QStringLiteral("For a budget of \\$20,000")) &&
                 tex.contains(QStringLiteral("\\begin{enumerate}")),
             qPrintable(tex));
    // Inputs that give no plan (below hf2020's valid range): the window shows the last plan, whose
    // inputs are gone, so there is no report to copy until the inputs plan again.
    ui::PlanDocument *document = m_window->document();
    document->setLaw("hf2020");
    document->setBudget(1e12, BudgetUnit::Flops);
    QVERIFY(document->problem().has_value());
    QVERIFY(!markdown->isEnabled() && !latex->isEnabled());
    document->undoStack()->undo();
    document->undoStack()->undo();
    QVERIFY(!document->problem().has_value());
    QVERIFY(markdown->isEnabled() && latex->isEnabled());
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
