#include "ui/charts/alignedplots.h"

#include <QChart>
#include <QPointer>

#include <algorithm>
#include <cmath>
#include <memory>

namespace frontier::ui {

namespace {

struct Aligned
{
    QPointer<QChart> charts[2];
    int baseLeft[2] = {0, 0};

    // The room a chart's axis title and labels take left of its plot, whatever its margin.
    static double labelRoom(const QChart *chart) { return chart->plotArea().left() - chart->margins().left(); }

    void align()
    {
        if (!charts[0] || !charts[1])
            return;
        const double room[2] = {labelRoom(charts[0]), labelRoom(charts[1])};
        const double widest = std::max(room[0], room[1]);
        for (int i = 0; i < 2; ++i) {
            const int left = baseLeft[i] + int(std::lround(widest - room[i]));
            QMargins margins = charts[i]->margins();
            if (margins.left() != left) {
                margins.setLeft(left);
                charts[i]->setMargins(margins); // lays out again; the room it measures stays the same
            }
        }
    }
};

} // namespace

void alignPlotLefts(QChart *upper, QChart *lower)
{
    auto aligned = std::make_shared<Aligned>();
    aligned->charts[0] = upper;
    aligned->charts[1] = lower;
    aligned->baseLeft[0] = upper->margins().left();
    aligned->baseLeft[1] = lower->margins().left();
    for (QChart *chart : {upper, lower})
        QObject::connect(chart, &QChart::plotAreaChanged, chart, [aligned] { aligned->align(); });
}

} // namespace frontier::ui
