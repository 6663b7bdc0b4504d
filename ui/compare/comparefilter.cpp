#include "ui/compare/comparefilter.h"

#include "ui/compare/comparemodel.h"

namespace frontier::ui {

namespace {

// As fitRank() of model/plan/comparisontable.h ranks a row, from the model's FitsRole.
int fitRank(const QVariant &fits)
{
    return !fits.isValid() ? 1 : fits.toBool() ? 0 : 2;
}

} // namespace

CompareFilter::CompareFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CompareModel::SortRole);
    // The model says dataChanged on every budget move: re-sort in place so the order stays true.
    setDynamicSortFilter(true);
}

void CompareFilter::refilter()
{
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() re-runs filterAcceptsRow.
    invalidateFilter();
}

void CompareFilter::setProvider(const QString &provider)
{
    if (provider == m_provider)
        return;
    m_provider = provider;
    refilter();
}

void CompareFilter::setGpu(const QString &gpuId)
{
    if (gpuId == m_gpu)
        return;
    m_gpu = gpuId;
    refilter();
}

void CompareFilter::setMaxPrice(std::optional<double> usdPerGpuHour)
{
    if (usdPerGpuHour == m_maxPrice)
        return;
    m_maxPrice = usdPerGpuHour;
    refilter();
}

void CompareFilter::setFitsOnly(bool fitsOnly)
{
    if (fitsOnly == m_fitsOnly)
        return;
    m_fitsOnly = fitsOnly;
    refilter();
}

ComparisonFilter CompareFilter::filters() const
{
    return {m_provider.toStdString(), m_gpu.toStdString(), m_maxPrice, m_fitsOnly};
}

void CompareFilter::setFilters(const ComparisonFilter &filters)
{
    m_provider = QString::fromStdString(filters.provider);
    m_gpu = QString::fromStdString(filters.gpu);
    m_maxPrice = filters.maxUsdPerGpuHour;
    m_fitsOnly = filters.fitsOnly;
    refilter();
}

bool CompareFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_provider.isEmpty() && index.data(CompareModel::ProviderRole).toString() != m_provider)
        return false;
    if (!m_gpu.isEmpty() && index.data(CompareModel::GpuIdRole).toString() != m_gpu)
        return false;
    if (m_maxPrice) {
        const QVariant price = index.data(CompareModel::PriceRole);
        if (!price.isValid() || price.toDouble() > *m_maxPrice)
            return false;
    }
    if (m_fitsOnly && !index.data(CompareModel::FitsRole).toBool())
        return false;
    return true;
}

bool CompareFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The view reverses lessThan for descending sorts: what must stay first either way says so.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    if (left.column() != CompareModel::Fits) {
        const int a = fitRank(left.data(CompareModel::FitsRole)), b = fitRank(right.data(CompareModel::FitsRole));
        if (a != b)
            return (a < b) != descending;
    }
    const QVariant a = left.data(sortRole()), b = right.data(sortRole());
    // Unknown values last whichever the order.
    if (!a.isValid() || !b.isValid())
        return a.isValid() == b.isValid() ? left.row() < right.row() : (a.isValid() != descending);
    if (a.typeId() == QMetaType::Double && b.typeId() == QMetaType::Double)
        return a.toDouble() < b.toDouble();
    return a.toString() < b.toString();
}

} // namespace frontier::ui
