#pragma once
// The comparison as a table: one row per offer (or per accelerator nobody offers) of
// compareOffers(), one column per figure the issue asks for, and a ★ for the rows on the Pareto
// front. The view sorts on SortRole (numbers, never text) and filters on the id roles.
//
// During a drag the same offers come back with new figures, so the model says dataChanged and keeps
// its rows: sorting, selection and scroll position survive. Only another set of rows (another GPU
// count that skips other offers, another law) resets it.

#include "model/plan/planner.h"
#include "ui/document/plandocument.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace frontier::ui {

class CompareModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The offer and whether it can run the job at all (in sight without scrolling: the table ranks
    // by it), the figures people compare first, then what describes the offer.
    enum Column {
        Pareto, Provider, Gpu, Fits, Price,
        Loss, Params, Tokens, TokensPerParam, // what a budget buys on each offer (hidden for a fixed job)
        WallClock, Cost, GpuHours, Energy, Co2,
        Instance, GpusPerInstance, Region, PriceDate, PricingBasis,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // double for figures, string for names; invalid when unknown
        OfferIdRole,                 // empty for an accelerator without an offer
        GpuIdRole,
        ProviderRole,                // the offer's provider name; empty without an offer
        PriceRole,                   // USD per GPU-hour, invalid without a price
        FitsRole,                    // true, false, or invalid when the memory is unknown
        ParetoRole,
    };

    // `offers` is the catalogue the rows' offer ids are looked up in.
    explicit CompareModel(const OfferCatalog &offers, QObject *parent = nullptr);

    // The rows (the document's comparison, shared, not copied), the Pareto flag of each, and which
    // row is the document's current setup.
    void setComparison(std::shared_ptr<const OfferComparison> comparison, Pricing pricing, const std::string &currentGpu,
                       const std::string &currentOffer);
    // No rows (their offers are gone: the catalogue changed under them).
    void clear();
    const Comparison &comparison() const { return m_data->comparison; }
    bool isPareto(int row) const { return m_data->pareto[std::size_t(row)]; }
    int currentRow() const { return m_current; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Header texts in the current language (the view calls this on a language change).
    void retranslate();

private:
    QVariant display(const ComparisonRow &row, int column) const;
    QVariant sortValue(const ComparisonRow &row, int column) const;
    const CloudOffer *offerOf(const ComparisonRow &row) const;

    std::shared_ptr<const OfferComparison> m_data; // never null
    std::vector<const CloudOffer *> m_offers; // per row, from the catalogue
    std::vector<std::string> m_identity;      // per row, "gpu|offer": what decides reset or dataChanged
    Pricing m_pricing = Pricing::OnDemand;
    int m_current = -1;
    const OfferCatalog &m_catalog;
};

} // namespace frontier::ui
