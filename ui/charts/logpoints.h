#pragma once
// The model's chart points (FLOPs and a loss, a size or a token count) as the charts' axes count
// them: (log10 FLOPs, log10 value). Points where the value is not a positive number are dropped
// (a law can be undefined at the edge of its range).

#include <QList>
#include <QPointF>

#include <cmath>
#include <vector>

namespace frontier::ui {

// log10(x) as ln(x)·log10(e): glibc's log is about twice as fast as its log10, and these run for
// thousands of points on every move of a drag.
inline double fastLog10(double x)
{
    constexpr double kLog10E = 0.43429448190325182765;
    return std::log(x) * kLog10E;
}

// `value` picks the member plotted against FLOPs (&CurvePoint::loss, &ValuePoint::value).
template <class Point>
QList<QPointF> logPoints(const std::vector<Point> &points, double Point::*value)
{
    QList<QPointF> out;
    out.reserve(qsizetype(points.size()));
    for (const Point &p : points) {
        const double v = p.*value;
        if (p.flops > 0 && v > 0 && std::isfinite(v))
            out.append({fastLog10(p.flops), fastLog10(v)});
    }
    return out;
}

// The polyline without the points that lie within `tolerance` (in log10 units, vertically) of
// the line through their kept neighbours (Ramer-Douglas-Peucker). A QLineSeries re-strokes its
// outline point by point whenever its points change, and a power law is a straight line here:
// the allocation lines keep 2 of their 200 points, the frontier a few dozen, and every drag move
// is cheaper for it. The default is far below a pixel at any zoom the charts allow.
QList<QPointF> withoutCollinearPoints(const QList<QPointF> &points, double tolerance = 1e-6);

} // namespace frontier::ui
