#include "ui/export/comparisonexport.h"

#include "model/core/errors.h"
#include "model/core/numbers.h"
#include "model/plan/pareto.h"
#include "model/plan/planinputs.h"
#include "ui/charts/comparebarchart.h"
#include "ui/charts/paretochart.h"
#include "ui/compare/comparecharts.h"
#include "data/peopleformat.h"
#include "ui/document/plandocument.h"

#include <algorithm>

namespace frontier::ui {

namespace {

// The title's account of the job: its size, or the budget it is given.
QString budgetText(double amount, BudgetUnit unit)
{
    using namespace data;
    const NumberStyle style = numberStyle();
    switch (unit) {
    case BudgetUnit::Usd:
        return peopleDollars(amount, style);
    case BudgetUnit::GpuHours:
        return CompareDock::tr("%1 GPU-hours").arg(peopleNumber(amount));
    case BudgetUnit::Hours:
    case BudgetUnit::Days:
        return peopleDuration(unit == BudgetUnit::Days ? amount * 24 : amount, style);
    case BudgetUnit::Flops:
        return CompareDock::tr("%1 FLOPs").arg(peopleNumber(amount));
    case BudgetUnit::PfDays:
        return CompareDock::tr("%1 PF-days").arg(peopleNumber(amount));
    case BudgetUnit::Kwh:
        return peopleEnergy(amount, style);
    case BudgetUnit::KgCo2:
        return CompareDock::tr("%1 CO₂").arg(peopleMass(amount, style));
    }
    return peopleNumber(amount);
}

} // namespace

ComparisonExport::ComparisonExport(const PlanDocument &document, const ComparisonView &view)
    : m_document(document)
    , m_model(document.catalogs().catalogs().offers)
{
    if (!document.hasPlan() || document.problem())
        throw InputError(message("export.no_plan", "the inputs give no plan to compare"));
    const PlanInputs &inputs = document.inputs();
    std::shared_ptr<const OfferComparison> comparison = document.comparison();
    if (comparison->comparison.rows.empty())
        throw InputError(message("export.nothing_compared", "no offer can run this plan: {count} were left out",
                                 {{"count", std::to_string(comparison->comparison.skipped.size())}}));
    m_model.setComparison(std::move(comparison), inputs.choices.pricing, document.setup().gpuId,
                          document.setup().offerId);
    m_filter.setSourceModel(&m_model);
    m_filter.setFilters(view.filter);
    const bool budget = inputs.mode == PlanMode::Budget;
    m_metric = usableBarMetric(m_model, view.metric.value_or(defaultCompareColumn(budget)));
    m_filter.sort(view.sortColumn.value_or(defaultCompareColumn(budget)), view.sortOrder);
}

ComparisonExport::~ComparisonExport() = default;

QString ComparisonExport::jobText() const
{
    const PlanInputs &inputs = m_document.inputs();
    const data::NumberStyle style = data::numberStyle();
    if (inputs.mode == PlanMode::FixedJob)
        return CompareDock::tr("%1 parameters, %2 tokens")
            .arg(data::peopleCount(inputs.params, style), data::peopleCount(inputs.tokens, style));
    if (inputs.mode == PlanMode::TargetLoss)
        return CompareDock::tr("a target loss of %1").arg(QString::fromStdString(formatNumber(inputs.targetLoss, 4)));
    return CompareDock::tr("a budget of %1").arg(budgetText(inputs.budgetAmount, inputs.budgetUnit));
}

QString ComparisonExport::citation(const std::vector<int> &rows) const
{
    // The drawn prices' dates, oldest to newest, and the law the sizes and losses come from.
    std::string first, last;
    for (const int r : rows)
        if (const ComparisonRow &row = m_model.comparison().rows[std::size_t(r)]; !row.setup.priceDate.empty()) {
            first = first.empty() ? row.setup.priceDate : std::min(first, row.setup.priceDate);
            last = std::max(last, row.setup.priceDate);
        }
    const QString law = QString::fromStdString(m_document.law().info().citation);
    if (first.empty())
        return CompareDock::tr("Law: %1").arg(law);
    //: %1 and %2 are ISO dates; %3 the law's citation
    return CompareDock::tr("Prices as listed from %1 to %2 (each offer's source names the page). Law: %3")
        .arg(QString::fromStdString(first), QString::fromStdString(last), law);
}

ExportableChart &ComparisonExport::barChart(QSize size)
{
    if (!m_bars)
        m_bars = std::make_unique<CompareBarChart>();
    std::vector<int> rows;
    const std::vector<CompareBar> bars = compareBars(m_model, m_filter, m_metric, barsThatFit(size.height()), &rows);
    m_bars->setBars(bars, compareAxisTitle(m_metric));
    //: the bar chart's export title: "Cost (USD) on each offer: 7 B parameters, 140 B tokens"
    m_bars->setExportTexts(CompareDock::tr("%1 on each offer: %2").arg(compareAxisTitle(m_metric), jobText()),
                           citation(rows), comparisonCsv(comparisonEntries(m_model, rows), m_document.catalogs().catalogs().offers));
    return *m_bars;
}

ExportableChart &ComparisonExport::paretoChart()
{
    if (!m_scatter)
        m_scatter = std::make_unique<ParetoChart>();
    const ParetoAxes axes = paretoAxes(planRequest(m_document.inputs()));
    std::vector<int> rows;
    const QString x = compareAxisTitle(compareColumn(axes.x)), y = compareAxisTitle(compareColumn(axes.y));
    const std::vector<ParetoPoint> points = comparePoints(m_model, m_filter, axes, &rows);
    if (points.empty())
        throw InputError(message("export.no_points",
                                 "the scatter has no point: no offer shown has both of its values (a law without "
                                 "a loss predicts none for a budget)"));
    m_scatter->setPoints(points, x, y);
    //: the scatter's export title: "Offers and their Pareto front: 7 B parameters, 140 B tokens"
    m_scatter->setExportTexts(CompareDock::tr("Offers and their Pareto front: %1").arg(jobText()),
                              citation(rows),
                              comparisonCsv(comparisonEntries(m_model, rows), m_document.catalogs().catalogs().offers));
    return *m_scatter;
}

std::string ComparisonExport::tableCsv() const
{
    return comparisonCsv(comparisonEntries(m_model, visibleRows(m_filter)), m_document.catalogs().catalogs().offers);
}

} // namespace frontier::ui
