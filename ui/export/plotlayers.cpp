#include "ui/export/plotlayers.h"

#include "ui/charts/plotcontent.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPainter>

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace frontier::ui {

namespace {

enum class Layer { Below, Content, Above };

// While it lives, only the items of one layer paint: the others are made fully transparent (which
// the scene skips, children and all) rather than hidden, since hiding a widget of the chart (its
// legend) would lay the chart out anew.
class OnlyLayer
{
public:
    OnlyLayer(QChart &chart, Layer layer) : m_scene(*chart.scene()), m_background(m_scene.backgroundBrush())
    {
        // The series and our data items are children of the chart; what is stacked under the lowest
        // of them is below it, the rest above.
        const QList<QGraphicsItem *> parts = chart.childItems();
        double lowest = std::numeric_limits<double>::infinity();
        for (const QGraphicsItem *part : parts)
            if (isPlotContent(part))
                lowest = std::min(lowest, part->zValue());
        for (QGraphicsItem *part : parts) {
            const Layer own = isPlotContent(part)       ? Layer::Content
                              : part->zValue() < lowest ? Layer::Below
                                                        : Layer::Above;
            if (own != layer)
                makeTransparent(part);
        }
        // Items of the scene outside the chart (none today) go on top, as the scene stacks them.
        for (QGraphicsItem *item : m_scene.items())
            if (!item->parentItem() && item != &chart && layer != Layer::Above)
                makeTransparent(item);
        // The scene's own background is painted on each pass: once is enough.
        if (layer != Layer::Below)
            m_scene.setBackgroundBrush(Qt::NoBrush);
    }
    ~OnlyLayer()
    {
        for (const auto &[item, opacity] : m_hidden)
            item->setOpacity(opacity);
        m_scene.setBackgroundBrush(m_background);
    }
    OnlyLayer(const OnlyLayer &) = delete;
    OnlyLayer &operator=(const OnlyLayer &) = delete;

private:
    void makeTransparent(QGraphicsItem *item)
    {
        m_hidden.emplace_back(item, item->opacity());
        item->setOpacity(0);
    }

    QGraphicsScene &m_scene;
    QBrush m_background;
    std::vector<std::pair<QGraphicsItem *, double>> m_hidden;
};

// Texts that appear in no chart: the SVG marks before and after the clipped pass.
constexpr char kStartMark[] = "frontier-plot-clip-start-4b1d";
constexpr char kEndMark[] = "frontier-plot-clip-end-4b1d";

// Each mark in its own group of the SVG: QSvgGenerator starts a new <g> whenever the painter's
// state changed before a drawing, and the two marks' pens differ from each other and from the
// chart's (so the group holds the mark alone).
void drawMark(QPainter &painter, const char *mark, QColor color)
{
    painter.save();
    painter.setPen(color);
    painter.drawText(QPointF(0, 0), QString::fromLatin1(mark));
    painter.restore();
}

// The whole <g ...>...</g> group that holds `mark`, or (-1, 0).
std::pair<qsizetype, qsizetype> groupOf(const QByteArray &svg, const char *mark)
{
    const qsizetype at = svg.indexOf(mark);
    if (at < 0)
        return {-1, 0};
    const qsizetype start = svg.lastIndexOf("<g ", at);
    const qsizetype end = svg.indexOf("</g>", at);
    if (start < 0 || end < 0)
        return {-1, 0};
    return {start, end + 4 - start};
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 10);
}

} // namespace

QRectF renderInLayers(QPainter &painter, QChart &chart, const QRectF &target, bool svgMarks)
{
    const QRectF source = chart.mapRectToScene(chart.rect());
    const double sx = target.width() / source.width(), sy = target.height() / source.height();
    const QRectF plot = chart.mapRectToScene(chart.plotArea());
    const QRectF plotInTarget(target.left() + (plot.left() - source.left()) * sx,
                              target.top() + (plot.top() - source.top()) * sy, plot.width() * sx,
                              plot.height() * sy);
    for (Layer layer : {Layer::Below, Layer::Content, Layer::Above}) {
        OnlyLayer only(chart, layer);
        if (layer != Layer::Content) {
            chart.scene()->render(&painter, target, source, Qt::IgnoreAspectRatio);
            continue;
        }
        painter.save();
        painter.setClipRect(plotInTarget, Qt::IntersectClip);
        if (svgMarks)
            drawMark(painter, kStartMark, QColor(1, 2, 3));
        chart.scene()->render(&painter, target, source, Qt::IgnoreAspectRatio);
        if (svgMarks)
            drawMark(painter, kEndMark, QColor(3, 2, 1));
        painter.restore();
    }
    return plotInTarget;
}

QByteArray clipSvgMarks(const QByteArray &svg, const QRectF &plotArea)
{
    const auto [start, startLength] = groupOf(svg, kStartMark);
    const auto [end, endLength] = groupOf(svg, kEndMark);
    if (start < 0 || end < start + startLength)
        return {};
    QByteArray out = svg;
    // The end first, so that the start's offsets still hold. QSvgGenerator's groups are siblings,
    // so the new group encloses whole groups and the XML stays well formed.
    out.replace(end, endLength, "</g>");
    const QByteArray group = "<clipPath id=\"frontier-plot-area\"><rect x=\"" + number(plotArea.x()) +
                             "\" y=\"" + number(plotArea.y()) + "\" width=\"" + number(plotArea.width()) +
                             "\" height=\"" + number(plotArea.height()) +
                             "\"/></clipPath>\n<g clip-path=\"url(#frontier-plot-area)\">";
    out.replace(start, startLength, group);
    // clipPath is SVG 1.1 (full), not SVG Tiny 1.2, which QSvgGenerator declares.
    out.replace("version=\"1.2\" baseProfile=\"tiny\"", "version=\"1.1\"");
    return out;
}

} // namespace frontier::ui
