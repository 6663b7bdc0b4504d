// What the window's two charts tell an export (ui/export/chartexport.h): a title naming the law, its
// citation, and the numbers they draw as CSV. Kept apart from the charts' drawing and dragging.
#include "model/laws/chartcsv.h"
#include "data/lawnames.h"
#include "ui/charts/allocationchart.h"
#include "ui/charts/losschart.h"
#include "ui/document/plandocument.h"

namespace frontier::ui {

QString LossChart::exportTitle() const
{
    return tr("Loss against training compute: %1").arg(data::lawName(m_document->law()));
}

QString LossChart::exportCitation() const
{
    return tr("Source: %1").arg(QString::fromStdString(m_document->law().info().citation));
}

std::string LossChart::exportCsv() const
{
    return lossChartCsvRows(m_data) == 0 ? std::string() : lossChartCsv(m_data, m_document->law().info());
}

QString AllocationChart::exportTitle() const
{
    return tr("Compute-optimal parameters and tokens: %1")
        .arg(data::lawName(m_document->law()));
}

QString AllocationChart::exportCitation() const
{
    return tr("Source: %1").arg(QString::fromStdString(m_document->law().info().citation));
}

std::string AllocationChart::exportCsv() const
{
    return m_data.params.empty() ? std::string() : allocationChartCsv(m_data, m_document->law().info());
}

} // namespace frontier::ui
