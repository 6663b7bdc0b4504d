#include "ui/compare/comparecharts.h"

#include "ui/compare/comparedock.h"
#include "ui/compare/comparefilter.h"

#include <algorithm>
#include <cmath>

namespace frontier::ui {

namespace {

constexpr CompareModel::Column kMetrics[] = {CompareModel::Cost, CompareModel::WallClock, CompareModel::Energy,
                                             CompareModel::Co2, CompareModel::Loss};
// A bar and its label need about 15 px; two rows' worth go to the value axis.
constexpr int kMostBars = 20, kFewestBars = 5, kPixelsPerBar = 15;

QString rowLabel(const ComparisonRow &row)
{
    return QString::fromStdString(row.setup.offerId.empty() ? row.setup.gpuId : row.setup.offerId);
}

} // namespace

std::span<const CompareModel::Column> compareBarMetrics()
{
    return kMetrics;
}

CompareModel::Column defaultCompareColumn(bool budget)
{
    return budget ? CompareModel::Loss : CompareModel::Cost;
}

CompareModel::Column usableBarMetric(const CompareModel &model, CompareModel::Column wanted)
{
    const auto valueAt = [&model](int row, CompareModel::Column column) {
        return model.index(row, column).data(CompareModel::SortRole);
    };
    // Called on every move of a drag: the usual answer stops at the first row.
    for (int row = 0; row < model.rowCount(); ++row)
        if (valueAt(row, wanted).isValid())
            return wanted;
    // A stand-in must tell the offers apart: a dollar budget's cost is the same on every row.
    for (const CompareModel::Column column : kMetrics) {
        double low = NAN, high = NAN;
        for (int row = 0; row < model.rowCount(); ++row)
            if (const QVariant v = valueAt(row, column); v.isValid()) {
                low = std::isnan(low) ? v.toDouble() : std::min(low, v.toDouble());
                high = std::isnan(high) ? v.toDouble() : std::max(high, v.toDouble());
            }
        if (!std::isnan(low) && high > low * (1 + 1e-9))
            return column;
    }
    return wanted;
}

CompareModel::Column compareColumn(ParetoMetric metric)
{
    switch (metric) {
    case ParetoMetric::CostUsd:
        return CompareModel::Cost;
    case ParetoMetric::WallClockHours:
        return CompareModel::WallClock;
    case ParetoMetric::Loss:
        return CompareModel::Loss;
    }
    return CompareModel::Cost;
}

QString compareAxisTitle(int column)
{
    switch (column) {
    case CompareModel::Cost:
        return CompareDock::tr("Cost (USD)");
    case CompareModel::WallClock:
        return CompareDock::tr("Wall-clock time (hours)");
    case CompareModel::Energy:
        return CompareDock::tr("Energy (kWh)");
    case CompareModel::Co2:
        return CompareDock::tr("CO₂ (kg)");
    case CompareModel::Loss:
        return CompareDock::tr("Predicted loss");
    default:
        return QString();
    }
}

int barsThatFit(int pixels)
{
    return std::clamp(pixels / kPixelsPerBar - 2, kFewestBars, kMostBars);
}

std::vector<int> visibleRows(const CompareFilter &visible)
{
    std::vector<int> rows;
    rows.reserve(std::size_t(visible.rowCount()));
    for (int r = 0; r < visible.rowCount(); ++r)
        rows.push_back(visible.mapToSource(visible.index(r, 0)).row());
    return rows;
}

std::vector<CompareBar> compareBars(const CompareModel &model, const CompareFilter &visible, CompareModel::Column metric,
                                    int most, std::vector<int> *rows)
{
    const Comparison &comparison = model.comparison();
    struct Ranked
    {
        int fit; // fitRank(): the offers that can run the job first, as the table ranks them
        double value;
        int source;
    };
    std::vector<Ranked> ranked;
    for (const int source : visibleRows(visible))
        if (const QVariant value = model.index(source, metric).data(CompareModel::SortRole); value.isValid())
            ranked.push_back({fitRank(comparison.rows[std::size_t(source)]), value.toDouble(), source});
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        return a.fit != b.fit ? a.fit < b.fit : a.value < b.value;
    });
    std::vector<CompareBar> bars;
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        const auto [fit, value, source] = ranked[i];
        const bool current = source == model.currentRow();
        if (int(i) >= most && !current)
            continue;
        bars.push_back({rowLabel(comparison.rows[std::size_t(source)]), value, current, fit != 2});
        if (rows)
            rows->push_back(source);
    }
    return bars;
}

std::vector<ParetoPoint> comparePoints(const CompareModel &model, const CompareFilter &visible, const ParetoAxes &axes,
                                       std::vector<int> *rows)
{
    const int xColumn = compareColumn(axes.x), yColumn = compareColumn(axes.y);
    const Comparison &comparison = model.comparison();
    std::vector<ParetoPoint> points;
    for (const int source : visibleRows(visible)) {
        const QVariant x = model.index(source, xColumn).data(CompareModel::SortRole);
        const QVariant y = model.index(source, yColumn).data(CompareModel::SortRole);
        if (!x.isValid() || !y.isValid())
            continue;
        points.push_back({rowLabel(comparison.rows[std::size_t(source)]), x.toDouble(), y.toDouble(),
                          model.isPareto(source), source == model.currentRow()});
        if (rows)
            rows->push_back(source);
    }
    return points;
}

std::vector<ComparisonEntry> comparisonEntries(const CompareModel &model, const std::vector<int> &rows)
{
    std::vector<ComparisonEntry> entries;
    entries.reserve(rows.size());
    for (const int row : rows)
        entries.push_back({&model.comparison().rows[std::size_t(row)], model.isPareto(row)});
    return entries;
}

} // namespace frontier::ui
