// `frontier compare`: the same request on every offer of the catalogue (and on every accelerator
// nobody offers), one row each, sortable by any column, as a table, JSON or CSV. With a budget each
// row is a plan of its own (the FLOPs that offer buys, its optimal size and loss), so the rows answer
// "where does the budget buy the lowest loss" and sort by loss unless told otherwise. The rows on the
// Pareto front (model/plan/pareto.h) are marked.
#include "ui/cli/clicommands.h"

#include "model/core/errors.h"
#include "model/plan/pareto.h"
#include "ui/cli/clioutput.h"
#include "ui/cli/cliplan.h"
#include "ui/data/resourcedata.h"

#include <QTextStream>

#include <algorithm>
#include <functional>

namespace frontier::cli {

namespace {

using nlohmann::json;

// A row and whether it is on the comparison's Pareto front (which needs every row to say).
struct Entry
{
    const ComparisonRow *row = nullptr;
    bool pareto = false;
};

// Columns of a comparison, in order; the names are also the --sort keys and the CSV header.
struct Column
{
    const char *name;
    json (*value)(const ComparisonRow &);
};

// The offers the comparison ran on (built in, with any --catalog merged): the columns are plain
// functions of a row, so compareCommand points this at its catalogue before printing.
const OfferCatalog *tableOffers = &data::offers();

const CloudOffer *offerOf(const ComparisonRow &row)
{
    return row.setup.offerId.empty() ? nullptr : &tableOffers->get(row.setup.offerId);
}

const Column kColumns[] = {
    {"offer", [](const ComparisonRow &r) { return json(r.setup.offerId); }},
    {"gpu", [](const ComparisonRow &r) { return json(r.setup.gpuId); }},
    {"provider", [](const ComparisonRow &r) { return json(offerOf(r) ? offerOf(r)->provider : std::string()); }},
    {"location", [](const ComparisonRow &r) { return json(offerOf(r) ? offerOf(r)->location : std::string()); }},
    {"price_usd_per_gpu_hour", [](const ComparisonRow &r) { return optionalNumber(r.setup.cost.usdPerGpuHour); }},
    {"price_date", [](const ComparisonRow &r) { return json(r.setup.priceDate); }},
    {"params", [](const ComparisonRow &r) { return json(r.plan.allocation.params); }},
    {"tokens", [](const ComparisonRow &r) { return json(r.plan.allocation.tokens); }},
    {"tokens_per_param", [](const ComparisonRow &r) { return json(r.plan.allocation.tokensPerParam()); }},
    {"flops", [](const ComparisonRow &r) { return json(r.plan.allocation.flops); }},
    {"loss", [](const ComparisonRow &r) { return optionalNumber(r.plan.allocation.loss); }},
    {"gpu_hours", [](const ComparisonRow &r) { return json(r.plan.cost.gpuHours); }},
    {"wall_clock_hours", [](const ComparisonRow &r) { return json(r.plan.cost.wallClockHours); }},
    {"cost_usd", [](const ComparisonRow &r) { return optionalNumber(r.plan.cost.costUsd); }},
    {"energy_kwh", [](const ComparisonRow &r) { return json(r.plan.cost.energyKwh); }},
    {"co2_kg", [](const ComparisonRow &r) { return optionalNumber(r.plan.cost.co2Kg); }},
    {"fits_in_memory", [](const ComparisonRow &r) { return r.plan.memory ? json(r.plan.memory->fits) : json(nullptr); }},
    {"min_gpus", [](const ComparisonRow &r) {
         return r.plan.memory && r.plan.memory->minGpus ? json(*r.plan.memory->minGpus) : json(nullptr);
     }},
};
// The last column, after kColumns: whether the row is on the Pareto front.
const char *const kParetoColumn = "pareto";

// Short --sort names for what people sort by most.
const std::pair<const char *, const char *> kSortAliases[] = {
    {"cost", "cost_usd"}, {"time", "wall_clock_hours"}, {"energy", "energy_kwh"}, {"co2", "co2_kg"}, {"loss", "loss"},
};

// The value of the column `name` (kColumns or kParetoColumn) in an entry.
using SortKey = std::function<json(const Entry &)>;

SortKey sortKeyNamed(QString name)
{
    for (const auto &[alias, column] : kSortAliases)
        if (name == QLatin1String(alias))
            name = QLatin1String(column);
    if (name == QLatin1String(kParetoColumn))
        return [](const Entry &e) { return json(!e.pareto); }; // the front first
    QStringList names;
    for (const auto &[alias, column] : kSortAliases)
        if (QLatin1String(alias) != QLatin1String(column))
            names << QLatin1String(alias);
    for (const auto &column : kColumns) {
        if (name == QLatin1String(column.name))
            return [&column](const Entry &e) { return column.value(*e.row); };
        names << QLatin1String(column.name);
    }
    names << QLatin1String(kParetoColumn);
    throw UsageError(Cli::tr("--sort: unknown column '%1'; one of %2").arg(echo(name), names.join(QStringLiteral(", "))));
}

const char *metricColumn(ParetoMetric metric)
{
    switch (metric) {
    case ParetoMetric::CostUsd:
        return "cost_usd";
    case ParetoMetric::WallClockHours:
        return "wall_clock_hours";
    case ParetoMetric::Loss:
        return "loss";
    }
    return "";
}

QString metricWords(ParetoMetric metric)
{
    switch (metric) {
    case ParetoMetric::CostUsd:
        return Cli::tr("cost");
    case ParetoMetric::WallClockHours:
        return Cli::tr("wall-clock time");
    case ParetoMetric::Loss:
        return Cli::tr("loss");
    }
    return QString();
}

QString csvCell(const json &value)
{
    if (value.is_null())
        return QString();
    if (value.is_string()) {
        QString s = QString::fromStdString(value.get<std::string>());
        if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')))
            s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return s;
    }
    return QString::fromStdString(value.dump());
}

} // namespace

int compareCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addPlanOptions(parser);
    parser.addOption({QStringLiteral("csv"), Cli::tr("Answer as CSV.")});
    parser.addOption({QStringLiteral("sort"),
                      Cli::tr("Column to sort by: cost, time, energy, co2, loss, pareto or any CSV column "
                              "(default: loss for a budget, cost for a job)."),
                      QStringLiteral("COLUMN")});
    parser.addOption({QStringLiteral("descending"), Cli::tr("Sort from the largest value down.")});
    parseOrThrow(parser, arguments);
    rejectTogether(parser, QStringLiteral("json"), QStringLiteral("csv"));
    const Law law = lawFromOptions(parser);
    const PlanRequest request = requestFromOptions(parser);
    PlanChoices choices = choicesFromOptions(parser);
    if (!choices.offer.empty())
        throw UsageError(Cli::tr("--offer: compare runs on every offer; leave it out"));
    // A budget costs the same on every offer; what differs is the model it buys.
    const QString sortName = parser.isSet(QStringLiteral("sort")) ? parser.value(QStringLiteral("sort"))
                             : request.budgetAmount && law.can(Capability::LossOfParamsTokens) ? QStringLiteral("loss")
                                                                                             : QStringLiteral("cost");
    const SortKey sortKey = sortKeyNamed(sortName);
    const bool descending = parser.isSet(QStringLiteral("descending"));

    const HardwareCatalogs hardware = hardwareFromOptions(parser);
    tableOffers = &hardware.offers;
    Comparison comparison = compareOffers(law, request, choices, catalogsWith(hardware));
    if (comparison.rows.empty()) {
        // Nothing to compare is an answer nobody asked for: say why every offer was left out.
        // Usually one reason for all ("compute ... is outside the valid range"): each said once.
        std::vector<std::string> distinct;
        for (const auto &skipped : comparison.skipped) {
            const std::size_t colon = skipped.find(": ");
            const std::string reason = colon == std::string::npos ? skipped : skipped.substr(colon + 2);
            if (std::find(distinct.begin(), distinct.end(), reason) == distinct.end())
                distinct.push_back(reason);
        }
        std::string reasons;
        for (const auto &reason : distinct)
            reasons += (reasons.empty() ? "" : "; ") + reason;
        throw InputError(message("compare.nothing_left", "compare: all {count} offers and GPUs were left out: {reasons}",
                                 {{"count", std::to_string(comparison.skipped.size())}, {"reasons", reasons}}));
    }
    const ParetoAxes axes = paretoAxes(request);
    const std::vector<bool> front = paretoRows(comparison, request);
    std::vector<Entry> entries;
    for (std::size_t i = 0; i < comparison.rows.size(); ++i)
        entries.push_back({&comparison.rows[i], front[i]});
    // Missing values (no price, no loss) sort last whichever the direction.
    std::stable_sort(entries.begin(), entries.end(), [&](const Entry &l, const Entry &r) {
        const json a = sortKey(l), b = sortKey(r);
        if (a.is_null() || b.is_null())
            return !a.is_null() && b.is_null();
        return descending ? b < a : a < b;
    });

    json rows = json::array();
    for (const auto &e : entries) {
        json entry;
        for (const auto &column : kColumns)
            entry[column.name] = column.value(*e.row);
        entry[kParetoColumn] = e.pareto;
        rows.push_back(entry);
    }
    requireFiniteAnswer(json{{"rows", rows}});
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{"law", law.id()},
                   {"pareto_axes", {metricColumn(axes.x), metricColumn(axes.y)}},
                   {"rows", rows},
                   {"skipped", comparison.skipped}});
        return 0;
    }
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("csv"))) {
        QStringList header;
        for (const auto &column : kColumns)
            header << QLatin1String(column.name);
        header << QLatin1String(kParetoColumn);
        out << header.join(QLatin1Char(',')) << '\n';
        for (const auto &e : entries) {
            QStringList cells;
            for (const auto &column : kColumns)
                cells << csvCell(column.value(*e.row));
            cells << csvCell(json(e.pareto));
            out << cells.join(QLatin1Char(',')) << '\n';
        }
        return 0;
    }
    // One line per row, fixed widths (negative: left-aligned); the Pareto rows marked with a '*'.
    const int widths[] = {-40, 9, 11, 10, 10, 6, 7, 10, 12, 10, 5, 1};
    const auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size(); ++i)
            padded << (widths[i] < 0 ? cells[i].leftJustified(-widths[i]) : cells[i].rightJustified(widths[i]));
        QString text = padded.join(QLatin1Char(' '));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out << text << '\n';
    };
    line({Cli::tr("offer"), Cli::tr("$/GPU-h"), Cli::tr("date"), Cli::tr("params"), Cli::tr("tokens"), Cli::tr("D/N"),
          Cli::tr("loss"), Cli::tr("wall h"), Cli::tr("cost"), Cli::tr("kg CO2"), Cli::tr("fits"), QString()});
    for (const auto &e : entries) {
        const ComparisonRow &row = *e.row;
        const Allocation &a = row.plan.allocation;
        const QString id = QString::fromStdString(row.setup.offerId.empty() ? row.setup.gpuId + " (no offer)" : row.setup.offerId);
        const QString fits = !row.plan.memory ? QStringLiteral("?") : row.plan.memory->fits ? Cli::tr("yes") : Cli::tr("no");
        line({id,
              row.setup.cost.usdPerGpuHour ? QString::number(*row.setup.cost.usdPerGpuHour, 'f', 2) : QStringLiteral("-"),
              QString::fromStdString(row.setup.priceDate), formatCount(a.params), formatCount(a.tokens),
              formatNumber(a.tokensPerParam(), 3), a.loss ? formatNumber(*a.loss, 4) : QStringLiteral("-"),
              formatNumber(row.plan.cost.wallClockHours, 4), formatUsd(row.plan.cost.costUsd),
              row.plan.cost.co2Kg ? formatNumber(*row.plan.cost.co2Kg, 4) : QStringLiteral("-"), fits,
              e.pareto ? QStringLiteral("*") : QString()});
    }
    //: the footnote of the '*' column; %1 and %2 are "cost", "wall-clock time" or "loss"
    out << Cli::tr("* on the Pareto front of %1 against %2: no other row is better on one and as good on the other")
               .arg(metricWords(axes.x), metricWords(axes.y))
        << '\n';
    if (!comparison.skipped.empty())
        out << Cli::tr("%1 offers or GPUs left out (run with --json to see why)").arg(comparison.skipped.size()) << '\n';
    return 0;
}

} // namespace frontier::cli
