#include "ui/compare/comparemodel.h"

#include "model/core/numbers.h"
#include "data/peopleformat.h"

#include <QFont>

namespace frontier::ui {

namespace {

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

QVariant optional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

CompareModel::CompareModel(const OfferCatalog &offers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_data(std::make_shared<const OfferComparison>())
    , m_catalog(offers)
{
}

void CompareModel::setComparison(std::shared_ptr<const OfferComparison> comparison, Pricing pricing,
                                 const std::string &currentGpu, const std::string &currentOffer)
{
    std::vector<std::string> identity;
    identity.reserve(comparison->comparison.rows.size());
    for (const auto &row : comparison->comparison.rows)
        identity.push_back(row.setup.gpuId + "|" + row.setup.offerId);
    const bool sameRows = identity == m_identity;
    if (!sameRows)
        beginResetModel();
    m_data = std::move(comparison);
    m_identity = std::move(identity);
    m_pricing = pricing;
    m_offers.clear();
    m_current = -1;
    for (std::size_t i = 0; i < m_data->comparison.rows.size(); ++i) {
        const ResolvedSetup &setup = m_data->comparison.rows[i].setup;
        m_offers.push_back(!setup.offerId.empty() ? &m_catalog.get(setup.offerId) : nullptr);
        if (setup.gpuId == currentGpu && setup.offerId == currentOffer)
            m_current = int(i);
    }
    if (!sameRows)
        endResetModel();
    else if (!m_identity.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CompareModel::clear()
{
    beginResetModel();
    m_data = std::make_shared<const OfferComparison>();
    m_offers.clear();
    m_identity.clear();
    m_current = -1;
    endResetModel();
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data->comparison.rows.size());
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CloudOffer *CompareModel::offerOf(const ComparisonRow &row) const
{
    return m_offers[std::size_t(&row - m_data->comparison.rows.data())];
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ComparisonRow &row = m_data->comparison.rows[std::size_t(index.row())];
    const CloudOffer *offer = offerOf(row);
    const bool pareto = m_data->pareto[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case OfferIdRole:
        return text(row.setup.offerId);
    case GpuIdRole:
        return text(row.setup.gpuId);
    case ProviderRole:
        return offer ? text(offer->provider) : QString();
    case PriceRole:
        return optional(row.setup.cost.usdPerGpuHour);
    case FitsRole:
        return row.plan.memory ? QVariant(row.plan.memory->fits) : QVariant();
    case ParetoRole:
        return pareto;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Provider: case Gpu: case Instance: case Region: case PriceDate: case PricingBasis:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        case Pareto: case Fits:
            return QVariant(Qt::AlignCenter);
        default:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
    case Qt::FontRole:
        if (index.row() == m_current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Pareto && pareto)
            return tr("On the Pareto front: no other offer is better on one axis of the scatter and as good on the other");
        if (index.row() == m_current)
            return tr("The plan's current hardware");
        if (index.column() == Price && offer)
            return text(offer->source);
        if (index.column() == Region)
            return tr("Grid: %1").arg(text(row.setup.gridRegion));
        return {};
    default:
        return {};
    }
}

QVariant CompareModel::display(const ComparisonRow &row, int column) const
{
    const data::NumberStyle style = data::numberStyle();
    const CloudOffer *offer = offerOf(row);
    const Allocation &a = row.plan.allocation;
    const CostReport &c = row.plan.cost;
    switch (column) {
    case Pareto:
        return m_data->pareto[std::size_t(&row - m_data->comparison.rows.data())] ? QStringLiteral("★") : QString();
    case Provider:
        return offer ? text(offer->provider) : tr("(no offer)");
    case Instance:
        return offer ? text(offer->instance) : QString();
    case Gpu:
        return text(row.setup.gpuId);
    case GpusPerInstance:
        return offer && offer->gpusPerInstance ? QString::number(*offer->gpusPerInstance) : QString();
    case Region:
        return offer ? text(offer->location) : QString();
    case Price:
        return row.setup.cost.usdPerGpuHour ? data::peoplePrice(*row.setup.cost.usdPerGpuHour) : QStringLiteral("?");
    case PriceDate:
        return text(row.setup.priceDate);
    case PricingBasis:
        if (!offer)
            return QString();
        return m_pricing == frontier::Pricing::OneYear     ? tr("1-year")
               : m_pricing == frontier::Pricing::ThreeYear ? tr("3-year")
                                                           : tr("On-demand");
    case WallClock:
        return data::peopleDuration(c.wallClockHours, style);
    case GpuHours:
        return data::peopleNumber(c.gpuHours);
    case Cost:
        return c.costUsd ? data::peopleDollars(*c.costUsd, style) : QStringLiteral("?");
    case Energy:
        return data::peopleEnergy(c.energyKwh, style);
    case Co2:
        return c.co2Kg ? data::peopleMass(*c.co2Kg, style) : QStringLiteral("?");
    case Fits:
        return !row.plan.memory ? QStringLiteral("?") : row.plan.memory->fits ? tr("yes") : tr("no");
    case Params:
        return data::peopleCount(a.params, style);
    case Tokens:
        return data::peopleCount(a.tokens, style);
    case TokensPerParam:
        return data::peopleNumber(a.tokensPerParam());
    case Loss:
        return a.loss ? QString::fromStdString(formatNumber(*a.loss, 4)) : QStringLiteral("?");
    default:
        return {};
    }
}

QVariant CompareModel::sortValue(const ComparisonRow &row, int column) const
{
    const CloudOffer *offer = offerOf(row);
    const Allocation &a = row.plan.allocation;
    const CostReport &c = row.plan.cost;
    switch (column) {
    case Pareto:
        return m_data->pareto[std::size_t(&row - m_data->comparison.rows.data())] ? 0.0 : 1.0; // the front first
    case GpusPerInstance:
        return offer && offer->gpusPerInstance ? QVariant(double(*offer->gpusPerInstance)) : QVariant();
    case Price:
        return optional(row.setup.cost.usdPerGpuHour);
    case WallClock:
        return c.wallClockHours;
    case GpuHours:
        return c.gpuHours;
    case Cost:
        return optional(c.costUsd);
    case Energy:
        return c.energyKwh;
    case Co2:
        return optional(c.co2Kg);
    case Fits:
        return row.plan.memory ? QVariant(row.plan.memory->fits ? 0.0 : 1.0) : QVariant();
    case Params:
        return a.params;
    case Tokens:
        return a.tokens;
    case TokensPerParam:
        return a.tokensPerParam();
    case Loss:
        return optional(a.loss);
    default: {
        const QString shown = display(row, column).toString();
        return shown.isEmpty() ? QVariant() : QVariant(shown.toLower());
    }
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Pareto)
        return tr("★: on the Pareto front of the scatter's two axes");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Pareto: return QStringLiteral("★");
    case Provider: return tr("Provider");
    case Instance: return tr("Instance");
    case Gpu: return tr("GPU");
    case GpusPerInstance: return tr("GPUs/instance");
    case Region: return tr("Region");
    case Price: return tr("$/GPU-h");
    case PriceDate: return tr("Price date");
    case PricingBasis: return tr("Pricing");
    case WallClock: return tr("Wall clock");
    case GpuHours: return tr("GPU-hours");
    case Cost: return tr("Cost");
    case Energy: return tr("Energy");
    case Co2: return tr("CO₂");
    case Fits: return tr("Fits");
    case Params: return tr("Parameters");
    case Tokens: return tr("Tokens");
    case TokensPerParam: return tr("Tokens/param");
    case Loss: return tr("Loss");
    default: return {};
    }
}

void CompareModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace frontier::ui
