#pragma once
// The tick labels and legend entries a chart has drawn, read back from its scene: Qt Charts lays each
// axis label and legend entry out as a text item and elides it ("1…", "Learnin...") when the space it
// gives is too small. A label reads in full when its drawn text is the axis's own category label (the
// series' own name) and it overlaps no neighbour.

#include <QAbstractSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QList>
#include <QRectF>
#include <QStringList>
#include <QTextDocument>

#include <algorithm>

namespace frontier::test {

struct DrawnLabel
{
    QString text;
    QRectF rect; // in the chart's coordinates
};

// The visible labels of the chart's axis along `orientation`, left to right or bottom to top.
inline QList<DrawnLabel> drawnTickLabels(QChartView *view, Qt::Orientation orientation)
{
    QChart *chart = view->chart();
    auto *axis = qobject_cast<QCategoryAxis *>(chart->axes(orientation).value(0));
    if (!axis)
        return {};
    const QRectF plot = chart->plotArea();
    QList<DrawnLabel> out;
    for (QGraphicsItem *item : view->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        // Not the axes' titles (which Qt elides on its own when long: "Parameters / to...").
        if (!text || !text->isVisible() || text->effectiveOpacity() == 0 || text->rotation() != 0 ||
            text->toPlainText() == axis->titleText())
            continue;
        // The text's own box, without the document's margin around it.
        const qreal m = text->document()->documentMargin();
        const QRectF rect =
            chart->mapFromScene(text->sceneBoundingRect()).boundingRect().adjusted(m, m, -m, -m);
        // The x labels hang below the plot, the y labels stand left of it beside it (not the legend).
        const QPointF c = rect.center();
        const bool beside =
            orientation == Qt::Horizontal
                ? rect.top() >= plot.bottom() - 1 && c.x() >= plot.left() - 40 && c.x() <= plot.right() + 40
                : rect.right() <= plot.left() + 1 && c.y() >= plot.top() - 8 && c.y() <= plot.bottom() + 8;
        if (beside && !text->toPlainText().isEmpty())
            out.append({text->toPlainText(), rect});
    }
    std::sort(out.begin(), out.end(), [orientation](const DrawnLabel &a, const DrawnLabel &b) {
        return orientation == Qt::Horizontal ? a.rect.center().x() < b.rect.center().x()
                                             : a.rect.center().y() > b.rect.center().y();
    });
    return out;
}

// Empty when every label reads in full; else what is wrong with the first that does not.
inline QString tickLabelProblem(QChartView *view, Qt::Orientation orientation)
{
    auto *axis = qobject_cast<QCategoryAxis *>(view->chart()->axes(orientation).value(0));
    const QStringList full = axis ? axis->categoriesLabels() : QStringList();
    const QList<DrawnLabel> drawn = drawnTickLabels(view, orientation);
    const QString which = orientation == Qt::Horizontal ? QStringLiteral("x") : QStringLiteral("y");
    if (drawn.size() < 2)
        return QStringLiteral("%1 axis: %2 labels drawn").arg(which).arg(drawn.size());
    for (int i = 0; i < drawn.size(); ++i) {
        if (!full.contains(drawn[i].text))
            return QStringLiteral("%1 axis: \"%2\" is not one of %3")
                .arg(which, drawn[i].text, full.join(QLatin1Char(' ')));
        if (i > 0) {
            const QRectF a = drawn[i - 1].rect, b = drawn[i].rect;
            const bool overlap = orientation == Qt::Horizontal ? a.right() > b.left() : b.bottom() > a.top();
            if (overlap)
                return QStringLiteral("%1 axis: \"%2\" and \"%3\" overlap")
                    .arg(which, drawn[i - 1].text, drawn[i].text);
        }
    }
    return {};
}

// The texts drawn above the plot (the legend's), left to right and row by row, whichever item draws
// them: only what is painted (visible, not transparent).
inline QStringList drawnLegendTexts(QChartView *view)
{
    QChart *chart = view->chart();
    const QRectF plot = chart->plotArea();
    QList<DrawnLabel> found;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (!item->isVisible() || item->effectiveOpacity() == 0)
            continue;
        QString text;
        if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
            text = rich->toPlainText();
        else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            text = simple->text();
        const QRectF rect = chart->mapFromScene(item->sceneBoundingRect()).boundingRect();
        if (!text.isEmpty() && rect.bottom() <= plot.top() && rect.left() >= -1 &&
            rect.right() <= chart->size().width() + 1)
            found.append({text, rect});
        else if (!text.isEmpty() && rect.bottom() <= plot.top())
            found.append({QStringLiteral("[outside the chart] ") + text, rect});
    }
    std::sort(found.begin(), found.end(), [](const DrawnLabel &a, const DrawnLabel &b) {
        return std::abs(a.rect.top() - b.rect.top()) > 2 ? a.rect.top() < b.rect.top()
                                                         : a.rect.left() < b.rect.left();
    });
    QStringList out;
    for (const DrawnLabel &d : found)
        out.append(d.text);
    return out;
}

// What the legend must name: every shown series that has a name (guides and handles have none), in
// the order they were added.
inline QStringList legendNames(QChartView *view)
{
    QStringList out;
    for (const QAbstractSeries *series : view->chart()->series())
        if (series->isVisible() && !series->name().isEmpty())
            out.append(series->name());
    return out;
}

} // namespace frontier::test
