#include "ui/export/chartexport.h"

#include "model/core/errors.h"
#include "model/core/numbers.h"
#include "data/savefile.h"
#include "ui/export/plotlayers.h"
#include "ui/export/wrappedtext.h"

#include <QBuffer>
#include <QChartView>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontInfo>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QResizeEvent>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace frontier::ui {

namespace {

// A PNG at scale 4 of the largest size would be 32,000 pixels a side (4 GB): the pixels are capped too.
constexpr int kMaxPngSide = 16000;

std::string text(const QString &s)
{
    return s.toStdString();
}

[[noreturn]] void writeFailed(const QString &path, const QString &reason)
{
    throw InputError(message("export.write_failed", "cannot write {path}: {reason}",
                             {{"path", text(path)}, {"reason", text(reason)}}));
}

void writeAtomically(const QString &path, const QByteArray &bytes)
{
    if (const auto reason = data::writeFileAtomically(path, bytes))
        writeFailed(path, *reason);
}

// The bands above and below the chart, in the view's own fonts. The title and the citation wrap
// (ui/export/wrappedtext.h): the bands grow by a line for each line they take at this width.
struct Layout
{
    QFont titleFont, citationFont;
    QStringList titleLines, citationLines;
    QRectF title, chart, citation;
};

constexpr double kTextMargin = 8; // between a text and the picture's edge

Layout layoutFor(const QChartView &view, const ExportableChart &chart, QSize size)
{
    Layout l;
    // Pixel sizes, so that the text measures and draws the same on a PNG, an SVG and a PDF whatever
    // their dpi (the chart's own texts are laid out in the screen's pixels too).
    const int pixels = QFontInfo(view.font()).pixelSize();
    l.titleFont = view.font();
    l.titleFont.setPixelSize(int(std::lround(pixels * 1.2)));
    l.titleFont.setBold(true);
    l.citationFont = view.font();
    l.citationFont.setPixelSize(std::max(8, int(std::lround(pixels * 0.85))));
    const double textWidth = size.width() - 2 * kTextMargin;
    l.titleLines = wrappedLines(chart.exportTitle(), l.titleFont, textWidth);
    l.citationLines = wrappedLines(chart.exportCitation(), l.citationFont, textWidth);
    // Room for the lines and some air: 0.8 of a line around the title, 0.6 around the citation.
    const double titleHeight = std::ceil(QFontMetricsF(l.titleFont).height() * (l.titleLines.size() + 0.8));
    const double citationHeight =
        std::ceil(QFontMetricsF(l.citationFont).height() * (l.citationLines.size() + 0.6));
    // The chart keeps a sliver even when a tiny export's texts take the whole height.
    const double chartHeight = std::max(16.0, size.height() - titleHeight - citationHeight);
    l.title = QRectF(0, 0, size.width(), titleHeight);
    l.chart = QRectF(0, titleHeight, size.width(), chartHeight);
    l.citation = QRectF(0, titleHeight + chartHeight, size.width(), citationHeight);
    return l;
}

// `lines` one under the other, the block centred vertically in `band`.
void drawLines(QPainter &painter, const QRectF &band, const QStringList &lines, Qt::Alignment horizontal)
{
    const double lineHeight = QFontMetricsF(painter.font()).height();
    double y = band.top() + (band.height() - lineHeight * lines.size()) / 2;
    for (const QString &line : lines) {
        painter.drawText(QRectF(band.left() + kTextMargin, y, band.width() - 2 * kTextMargin, lineHeight),
                         horizontal | Qt::AlignVCenter | Qt::TextSingleLine, line);
        y += lineHeight;
    }
}

// Lays the view out at `size` for as long as it lives, then gives it its own size back. A view
// that was never shown (the command line's) has no laid-out chart: it is shown off screen
// (WA_DontShowOnScreen) for the export and hidden again after, so that its chart lays out exactly
// as a window's does.
class ViewAtSize
{
public:
    ViewAtSize(QChartView &view, QSize size)
        : m_view(view), m_old(view.size()), m_shown(view.isWindow() && !view.isVisible())
    {
        if (m_shown) {
            m_view.setAttribute(Qt::WA_DontShowOnScreen, true);
            m_view.show();
        }
        apply(size);
    }
    ~ViewAtSize()
    {
        apply(m_old);
        if (m_shown) {
            m_view.hide();
            m_view.setAttribute(Qt::WA_DontShowOnScreen, false);
        }
    }
    ViewAtSize(const ViewAtSize &) = delete;
    ViewAtSize &operator=(const ViewAtSize &) = delete;

private:
    void apply(QSize size)
    {
        m_view.resize(size);
        // The chart lays itself out on a posted LayoutRequest: now, not on the next turn of the loop.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (QGraphicsLayout *layout = m_view.chart()->layout())
            layout->activate();
        // Tick labels and the colour bar place themselves from the laid-out plot area: a second pass.
        QResizeEvent again(size, size);
        QCoreApplication::sendEvent(&m_view, &again);
    }

    QChartView &m_view;
    QSize m_old;
    bool m_shown;
};

// Items that cache their painting as a pixmap (the loss chart's curve family) would reach an SVG or a
// PDF as a raster image: they paint directly for the export and cache again after.
class CachesOff
{
public:
    explicit CachesOff(QGraphicsScene *scene)
    {
        for (QGraphicsItem *item : scene->items())
            if (item->cacheMode() != QGraphicsItem::NoCache) {
                m_cached.push_back({item, item->cacheMode()});
                item->setCacheMode(QGraphicsItem::NoCache);
            }
    }
    ~CachesOff()
    {
        for (const auto &[item, mode] : m_cached)
            item->setCacheMode(mode);
    }
    CachesOff(const CachesOff &) = delete;
    CachesOff &operator=(const CachesOff &) = delete;

private:
    std::vector<std::pair<QGraphicsItem *, QGraphicsItem::CacheMode>> m_cached;
};

class DecorationsHidden
{
public:
    explicit DecorationsHidden(ExportableChart &chart) : m_chart(chart)
    {
        m_chart.setDecorationsVisible(false);
    }
    ~DecorationsHidden() { m_chart.setDecorationsVisible(true); }
    DecorationsHidden(const DecorationsHidden &) = delete;
    DecorationsHidden &operator=(const DecorationsHidden &) = delete;

private:
    ExportableChart &m_chart;
};

// Title, chart, citation into `painter`, whose logical size is `size`. The chart is drawn in layers
// (ui/export/plotlayers.h), its data clipped to the plot area, marked for the SVG when `svgMarks`;
// returns the plot area.
QRectF render(QPainter &painter, ExportableChart &chart, const Layout &layout, QSize size,
              bool svgMarks = false)
{
    QChartView &view = *chart.chartView();
    QChart *c = view.chart();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(), QSizeF(size)), c->backgroundBrush());
    painter.setPen(view.palette().color(QPalette::Text));
    painter.setFont(layout.titleFont);
    drawLines(painter, layout.title, layout.titleLines, Qt::AlignHCenter);
    const QRectF plotArea = renderInLayers(painter, *c, layout.chart, svgMarks);
    painter.setFont(layout.citationFont);
    painter.setPen(view.palette().color(QPalette::PlaceholderText));
    drawLines(painter, layout.citation, layout.citationLines, Qt::AlignLeft);
    return plotArea;
}

[[noreturn]] void drawFailed(const QString &path)
{
    throw InputError(
        message("export.draw_failed", "cannot draw the chart into {path}", {{"path", text(path)}}));
}

QByteArray png(ExportableChart &chart, const Layout &layout, QSize size, double scale, int dpi,
               const QString &path)
{
    const QSize pixels(int(std::lround(size.width() * scale)), int(std::lround(size.height() * scale)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        drawFailed(path);
    image.setDevicePixelRatio(scale);
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        render(painter, chart, layout, size);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        drawFailed(path);
    return bytes;
}

QByteArray svg(ExportableChart &chart, const Layout &layout, QSize size, int dpi, const QString &path)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(), size));
    generator.setResolution(dpi);
    generator.setTitle(chart.exportTitle());
    generator.setDescription(chart.exportCitation());
    QPainter painter;
    if (!painter.begin(&generator))
        drawFailed(path);
    const QRectF plotArea = render(painter, chart, layout, size, true);
    painter.end();
    const QByteArray clipped = clipSvgMarks(bytes, plotArea);
    if (clipped.isEmpty())
        drawFailed(path);
    return clipped;
}

QByteArray pdf(ExportableChart &chart, const Layout &layout, QSize size, int dpi, const QString &path)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(chart.exportTitle());
    writer.setCreator(QStringLiteral("Frontier"));
    // One page the size of the chart: `size` pixels at the screen's dpi, in points.
    const QSizeF points(size.width() * 72.0 / dpi, size.height() * 72.0 / dpi);
    writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(dpi);
    QPainter painter;
    if (!painter.begin(&writer))
        drawFailed(path);
    painter.scale(writer.width() / double(size.width()), writer.height() / double(size.height()));
    render(painter, chart, layout, size);
    painter.end();
    return bytes;
}

} // namespace

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (suffix == QLatin1String("csv"))
        return ExportFormat::Csv;
    return std::nullopt;
}

void checkExportSize(const QString &path, ExportFormat format, QSize size, double scale)
{
    if (size.width() < kMinExportSide || size.width() > kMaxExportSide || size.height() < kMinExportSide ||
        size.height() > kMaxExportSide)
        throw InputError(message(
            "export.bad_size", "export size {width} x {height}: each side must be from {min} to {max} pixels",
            {{"width", std::to_string(size.width())},
             {"height", std::to_string(size.height())},
             {"min", std::to_string(kMinExportSide)},
             {"max", std::to_string(kMaxExportSide)}}));
    if (!(scale >= kMinExportScale && scale <= kMaxExportScale))
        throw InputError(message("export.bad_scale", "export scale {value}: must be from {min} to {max}",
                                 {{"value", formatNumber(scale)},
                                  {"min", formatNumber(kMinExportScale)},
                                  {"max", formatNumber(kMaxExportScale)}}));
    if (format == ExportFormat::Png &&
        (size.width() * scale > kMaxPngSide || size.height() * scale > kMaxPngSide))
        throw InputError(
            message("export.too_many_pixels",
                    "{path}: {width} x {height} pixels at scale {scale} is more than {max} pixels a side",
                    {{"path", text(path)},
                     {"width", std::to_string(size.width())},
                     {"height", std::to_string(size.height())},
                     {"scale", formatNumber(scale)},
                     {"max", std::to_string(kMaxPngSide)}}));
}

void exportChart(ExportableChart &chart, const QString &path, ExportFormat format, QSize size, double scale)
{
    if (format == ExportFormat::Csv) {
        exportCsv(chart.exportCsv(), path);
        return;
    }
    checkExportSize(path, format, size, scale);
    QChartView &view = *chart.chartView();
    const int dpi = view.logicalDpiX();
    QByteArray bytes;
    {
        DecorationsHidden hidden(chart);
        const Layout layout = layoutFor(view, chart, size);
        ViewAtSize laidOut(view, layout.chart.size().toSize());
        CachesOff vectors(view.scene());
        switch (format) {
        case ExportFormat::Png:
            bytes = png(chart, layout, size, scale, dpi, path);
            break;
        case ExportFormat::Svg:
            bytes = svg(chart, layout, size, dpi, path);
            break;
        case ExportFormat::Pdf:
            bytes = pdf(chart, layout, size, dpi, path);
            break;
        case ExportFormat::Csv:
            break;
        }
    }
    writeAtomically(path, bytes);
}

void exportCsv(const std::string &csv, const QString &path)
{
    if (csv.empty())
        throw InputError(
            message("export.no_data", "{path}: this chart has no data to write as CSV", {{"path", text(path)}}));
    writeAtomically(path, QByteArray::fromStdString(csv));
}

} // namespace frontier::ui
