#include "ui/export/exporttargets.h"

#include "model/core/errors.h"
#include "ui/charts/allocationchart.h"
#include "ui/export/chartexport.h"
#include "ui/charts/losschart.h"
#include "ui/export/comparisonexport.h"

#include <QFileInfo>

namespace frontier::ui {

void exportTarget(const PlanDocument &document, LossChart &loss, AllocationChart &allocation,
                  const ComparisonView &comparison, const ExportRequest &request)
{
    const auto format = exportFormatForPath(request.path);
    if (!format)
        throw InputError(message(
            "export.unknown_format", "{path}: unknown export format '{suffix}'; use .png, .svg, .pdf or .csv",
            {{"path", request.path.toStdString()}, {"suffix", QFileInfo(request.path).suffix().toStdString()}}));
    switch (request.chart) {
    case ExportTarget::LossChart:
        exportChart(loss, request.path, *format, request.size, request.scale);
        return;
    case ExportTarget::AllocationChart:
        exportChart(allocation, request.path, *format, request.size, request.scale);
        return;
    case ExportTarget::CompareTable:
        if (*format != ExportFormat::Csv)
            throw InputError(message("export.table_is_csv",
                                     "{path}: the comparison table is written as CSV only; use a .csv file",
                                     {{"path", request.path.toStdString()}}));
        break;
    case ExportTarget::CompareBars:
    case ExportTarget::ParetoScatter:
        if (*format != ExportFormat::Csv) // before the comparison is computed
            checkExportSize(request.path, *format, request.size, request.scale);
        break;
    }
    ComparisonExport offers(document, comparison);
    switch (request.chart) {
    case ExportTarget::CompareBars:
        exportChart(offers.barChart(request.size), request.path, *format, request.size, request.scale);
        break;
    case ExportTarget::ParetoScatter:
        exportChart(offers.paretoChart(), request.path, *format, request.size, request.scale);
        break;
    case ExportTarget::CompareTable:
        exportCsv(offers.tableCsv(), request.path);
        break;
    default:
        break;
    }
}

} // namespace frontier::ui
