#pragma once
// What File ▸ Export… and `frontier export` can write, and the one function that writes it: the
// loss or allocation chart as the window draws it, or the comparison of offers (its bar chart, its
// Pareto scatter, its table) as the dock shows it (ui/export/comparisonexport.h).

#include <QSize>
#include <QString>

namespace frontier::ui {

class AllocationChart;
class LossChart;
class PlanDocument;
struct ComparisonView;

// In the order of the dialog's list.
enum class ExportTarget { LossChart, AllocationChart, CompareBars, ParetoScatter, CompareTable };

struct ExportRequest
{
    ExportTarget chart = ExportTarget::LossChart;
    QString path; // its suffix is the format: .png, .svg, .pdf or .csv (a table: .csv only)
    QSize size;
    double scale = 1;
};

// Writes the request's file. `loss` and `allocation` show `document`; `comparison` says which offers
// and metric the comparison shows. Throws InputError naming the path and the reason (an unknown
// suffix, a size out of range, a table to anything but CSV, a plan no offer can run, a failed write).
void exportTarget(const PlanDocument &document, LossChart &loss, AllocationChart &allocation,
                  const ComparisonView &comparison, const ExportRequest &request);

} // namespace frontier::ui
