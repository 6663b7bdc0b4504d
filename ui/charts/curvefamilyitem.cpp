#include "ui/charts/curvefamilyitem.h"

#include "ui/charts/plotcontent.h"

#include <QPainter>

namespace frontier::ui {

CurveFamilyItem::CurveFamilyItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    // Above the grid and axes, below every series (QtCharts puts series at z 4, the grid at 2).
    setZValue(3.5);
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    setAcceptedMouseButtons(Qt::NoButton);
    markAsPlotContent(this);
}

void CurveFamilyItem::setCurves(std::vector<Curve> curves, double penWidth, bool markers)
{
    m_curves = std::move(curves);
    m_penWidth = penWidth;
    m_markers = markers;
    update();
}

void CurveFamilyItem::setMapping(const QRectF &plotArea, const LogRange &range)
{
    if (plotArea == m_plot && range == m_range)
        return;
    prepareGeometryChange();
    m_plot = plotArea;
    m_range = range;
    update();
}

QList<QColor> CurveFamilyItem::colors() const
{
    QList<QColor> out;
    for (const Curve &curve : m_curves)
        out.append(curve.color);
    return out;
}

QPointF CurveFamilyItem::position(QPointF value) const
{
    const double sx = m_plot.width() / (m_range.xMax - m_range.xMin);
    const double sy = m_plot.height() / (m_range.yMax - m_range.yMin);
    return {m_plot.left() + (value.x() - m_range.xMin) * sx, m_plot.bottom() - (value.y() - m_range.yMin) * sy};
}

QRectF CurveFamilyItem::boundingRect() const
{
    return m_plot;
}

void CurveFamilyItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_plot.isEmpty() || m_range.xMax <= m_range.xMin || m_range.yMax <= m_range.yMin)
        return;
    painter->setClipRect(m_plot);
    painter->setRenderHint(QPainter::Antialiasing);
    QList<QPointF> pixels;
    for (const Curve &curve : m_curves) {
        pixels.resize(curve.points.size());
        for (qsizetype i = 0; i < curve.points.size(); ++i)
            pixels[i] = position(curve.points[i]);
        QPen pen(curve.color, m_penWidth);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPolyline(pixels.constData(), int(pixels.size()));
        if (m_markers) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(curve.color);
            for (const QPointF &p : pixels)
                painter->drawEllipse(p, 2.0, 2.0);
        }
    }
}

} // namespace frontier::ui
