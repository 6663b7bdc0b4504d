#pragma once
// The comparison of offers drawn for a file, away from the dock: the document's plan on every offer
// through the dock's own model, filter and chart classes, with the dock's (or a session's) filters,
// metric and order. File ▸ Export… and `frontier export --chart compare|pareto|table` both draw
// through it, so a file shows what the dock shows, whether or not the dock is open.
//
// Each chart's CSV is the comparison table (model/plan/comparisontable.h) of the rows it draws; the
// table's CSV is every visible row in the table's order.

#include "ui/compare/comparedock.h"
#include "ui/compare/comparefilter.h"
#include "ui/compare/comparemodel.h"

#include <QSize>

#include <memory>
#include <string>
#include <vector>

namespace frontier::ui {

class CompareBarChart;
class ExportableChart;
class ParetoChart;
class PlanDocument;

class ComparisonExport
{
public:
    // Throws InputError when the document has no plan or no offer can run it.
    ComparisonExport(const PlanDocument &document, const ComparisonView &view);
    ~ComparisonExport();
    ComparisonExport(const ComparisonExport &) = delete;
    ComparisonExport &operator=(const ComparisonExport &) = delete;

    // The bar chart with as many bars as a chart of `size` has room for.
    ExportableChart &barChart(QSize size);
    ExportableChart &paretoChart();
    std::string tableCsv() const;

    int visibleRowCount() const { return m_filter.rowCount(); }

private:
    QString jobText() const;
    QString citation(const std::vector<int> &rows) const;

    const PlanDocument &m_document;
    CompareModel m_model;
    CompareFilter m_filter;
    CompareModel::Column m_metric;
    std::unique_ptr<CompareBarChart> m_bars;
    std::unique_ptr<ParetoChart> m_scatter;
};

} // namespace frontier::ui
