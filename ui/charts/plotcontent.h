#pragma once
// Which items of a chart's scene paint inside the plot area, clipped to it: every Qt Charts series
// and the items of ours that draw data (the loss chart's curve family). An export splits the scene
// into what is drawn below them, them, and what is drawn above them, so that a format whose painter
// cannot clip (QSvgGenerator in Qt 6.4 drops the clip) clips them itself (ui/export/plotlayers.h).

class QChart;
class QGraphicsItem;

namespace frontier::ui {

// For an item of ours that draws data in the plot area and clips itself to it.
void markAsPlotContent(QGraphicsItem *item);

// A series of the chart (Qt Charts draws each with its private ChartItem class) or a marked item.
bool isPlotContent(const QGraphicsItem *item);

} // namespace frontier::ui
