#pragma once
// The learning-curve family painted as one item of the chart's scene (so every export has it).
// Forty curves as forty QLineSeries cost a frame per frontier-drag move: a line series strokes
// its whole outline for hit-testing whenever its points change (QPainterPathStroker, an atan2 per
// segment), and the family is never hit-tested (hover reads the model's numbers). One item paints
// the polylines instead, and is cached as a pixmap between changes, so a budget drag, which moves
// the marker and not the curves, repaints the chart without repainting them.

#include "ui/charts/logchartview.h"

#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QPointF>

#include <vector>

namespace frontier::ui {

class CurveFamilyItem : public QGraphicsItem
{
public:
    struct Curve
    {
        QList<QPointF> points; // (log10 FLOPs, log10 loss), as the chart's axes count
        QColor color;
    };

    explicit CurveFamilyItem(QGraphicsItem *parent = nullptr);

    // `markers`: also a dot at every point (measured runs).
    void setCurves(std::vector<Curve> curves, double penWidth, bool markers);
    // Where the plot area is in the parent's coordinates and which values its edges stand for.
    void setMapping(const QRectF &plotArea, const LogRange &range);
    int curveCount() const { return int(m_curves.size()); }
    QList<QColor> colors() const;
    // A value's position, as the chart's own axes place it (tests compare the two).
    QPointF position(QPointF value) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    std::vector<Curve> m_curves;
    double m_penWidth = 1;
    bool m_markers = false;
    QRectF m_plot;
    LogRange m_range;
};

} // namespace frontier::ui
