#include "ui/charts/plotcontent.h"

#include <QGraphicsObject>

namespace frontier::ui {

namespace {

// A key of QGraphicsItem::data() no other code of ours uses.
constexpr int kPlotContentKey = 0x504c4f54; // "PLOT"

} // namespace

void markAsPlotContent(QGraphicsItem *item)
{
    item->setData(kPlotContentKey, true);
}

bool isPlotContent(const QGraphicsItem *item)
{
    if (item->data(kPlotContentKey).toBool())
        return true;
    // Qt Charts gives no public way from a series to the item drawing it; every series item derives
    // from its private QObject class ChartItem (Qt 6.4 to 6.8). tst_export checks that the series
    // are found, so a Qt that renames it fails a test rather than an export.
    const QGraphicsObject *object = item->toGraphicsObject();
    return object && object->inherits("ChartItem");
}

} // namespace frontier::ui
