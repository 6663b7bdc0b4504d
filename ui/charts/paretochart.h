#pragma once
// The comparison's scatter: every shown offer at (x, y) on log axes (cost against wall-clock for a
// fixed job; with a budget, loss in place of what the budget fixes), the Pareto-optimal ones
// joined by the staircase of the front, and the plan's own offer ringed. Hovering a point names it.

#include "ui/charts/exportablechart.h"
#include "ui/charts/logchartview.h"

#include <vector>

class QGraphicsTextItem;
class QLineSeries;
class QScatterSeries;

namespace frontier::ui {

struct ParetoPoint
{
    QString label;
    double x = 0, y = 0; // real values, both > 0
    bool pareto = false;
    bool current = false;
};

class ParetoChart : public LogChartView, public ExportTexts
{
    Q_OBJECT

public:
    explicit ParetoChart(QWidget *parent = nullptr);

    // Replaces the points and fits the range around them.
    void setPoints(const std::vector<ParetoPoint> &points, const QString &xTitle, const QString &yTitle);
    // What was drawn, for tests: the points and the front's corners in real values.
    int pointCount() const { return int(m_points.size()); }
    // The note the chart shows in place of points when it has none; empty while it has some.
    QString emptyNote() const;
    QList<QPointF> frontCorners() const;

    // ExportableChart (the texts come from whoever sets the points).
    QChartView *chartView() override { return this; }
    void setDecorationsVisible(bool visible) override { LogChartView::setDecorationsVisible(visible); }

protected:
    QString hoverText(double x, double y) const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void placeNote();

    QScatterSeries *m_all = nullptr, *m_front = nullptr, *m_current = nullptr;
    QLineSeries *m_staircase = nullptr;
    QGraphicsTextItem *m_note = nullptr;
    std::vector<ParetoPoint> m_points;
};

} // namespace frontier::ui
