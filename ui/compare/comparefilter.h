#pragma once
// What of the comparison is on show: rows of one provider, of one GPU, at most a price, only those
// that fit in memory. Sorting ranks the offers that can run the job first (the model fits, then
// memory unknown, then does not fit: fitRank() of model/plan/comparisontable.h), whatever the column
// and direction, unless the sort is by the Fits column itself; within each rank it compares
// CompareModel::SortRole values as numbers (so "$9,000" comes before "$10,000"), and rows lacking the
// value (no price, no loss) stay last in either direction.

#include "model/plan/session.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace frontier::ui {

class CompareFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CompareFilter(QObject *parent = nullptr);

    // Empty: any.
    void setProvider(const QString &provider);
    void setGpu(const QString &gpuId);
    // Rows without a price are hidden while a maximum is set.
    void setMaxPrice(std::optional<double> usdPerGpuHour);
    void setFitsOnly(bool fitsOnly);
    // All four at once, as a session stores them (the provider is the offer's provider name).
    ComparisonFilter filters() const;
    void setFilters(const ComparisonFilter &filters);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    QString m_provider, m_gpu;
    std::optional<double> m_maxPrice;
    bool m_fitsOnly = false;
};

} // namespace frontier::ui
