#include "ui/charts/logpoints.h"

#include <algorithm>
#include <utility>

namespace frontier::ui {

namespace {

// Vertical distance of p from the line through a and b (the y axis is the one that gets zoomed
// closest, so a vertical tolerance is the strictest).
double verticalDistance(QPointF p, QPointF a, QPointF b)
{
    if (b.x() == a.x())
        return std::abs(p.y() - a.y());
    const double t = (p.x() - a.x()) / (b.x() - a.x());
    return std::abs(p.y() - (a.y() + t * (b.y() - a.y())));
}

} // namespace

QList<QPointF> withoutCollinearPoints(const QList<QPointF> &points, double tolerance)
{
    const qsizetype n = points.size();
    if (n < 3)
        return points;
    std::vector<bool> keep(std::size_t(n), false);
    keep.front() = keep.back() = true;
    std::vector<std::pair<qsizetype, qsizetype>> spans{{0, n - 1}};
    while (!spans.empty()) {
        const auto [first, last] = spans.back();
        spans.pop_back();
        qsizetype farthest = -1;
        double worst = tolerance;
        for (qsizetype i = first + 1; i < last; ++i) {
            const double d = verticalDistance(points[i], points[first], points[last]);
            if (d > worst)
                worst = d, farthest = i;
        }
        if (farthest < 0)
            continue;
        keep[std::size_t(farthest)] = true;
        spans.push_back({first, farthest});
        spans.push_back({farthest, last});
    }
    QList<QPointF> out;
    out.reserve(qsizetype(std::count(keep.begin(), keep.end(), true)));
    for (qsizetype i = 0; i < n; ++i)
        if (keep[std::size_t(i)])
            out.append(points[i]);
    return out;
}

} // namespace frontier::ui
