#pragma once
// A chart's scene drawn in three passes, so that every format clips the plot area: what lies below
// the data (backgrounds, grid, axes), the data itself (every series, the curve family:
// ui/charts/plotcontent.h) clipped to the plot area, and what lies above it (legend, colour bar,
// notes). A painter on a PNG or a PDF clips the middle pass; QSvgGenerator (Qt 6.4) writes no clip
// at all, so the SVG gets marks around the middle pass that clipSvgMarks() turns into a <clipPath>
// group afterwards. Without this the curves of an SVG ran over the title and the legend.

#include <QByteArray>
#include <QRectF>

class QChart;
class QPainter;

namespace frontier::ui {

// Renders `chart`'s scene into `target` of `painter` (its geometry stretched to it, as
// QGraphicsScene::render does) in the three passes. `svgMarks`: the painter is a QSvgGenerator's, so
// mark the middle pass for clipSvgMarks(). Returns the plot area in the painter's coordinates.
QRectF renderInLayers(QPainter &painter, QChart &chart, const QRectF &target, bool svgMarks);

// Replaces the marks renderInLayers() drew into `svg` by a group clipped to `plotArea` (an SVG 1.1
// <clipPath>, so the root says version 1.1). Returns an empty array if the marks are not found.
QByteArray clipSvgMarks(const QByteArray &svg, const QRectF &plotArea);

} // namespace frontier::ui
