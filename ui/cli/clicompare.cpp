// `frontier compare`: the same request on every offer of the catalogue (and on every accelerator
// nobody offers), one row each, sortable by any column, as a table, JSON or CSV.
#include "ui/cli/clicommands.h"

#include "model/core/errors.h"
#include "ui/cli/clioutput.h"
#include "ui/cli/cliplan.h"
#include "ui/data/resourcedata.h"

#include <QTextStream>

#include <algorithm>

namespace frontier::cli {

namespace {

using nlohmann::json;

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

const Column &columnNamed(const QString &name)
{
    QStringList names;
    for (const auto &column : kColumns) {
        if (name == QLatin1String(column.name))
            return column;
        names << QLatin1String(column.name);
    }
    throw UsageError(Cli::tr("--sort: unknown column '%1'; one of %2").arg(name, names.join(QStringLiteral(", "))));
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
    parser.addOption({QStringLiteral("sort"), Cli::tr("Column to sort by (default cost_usd)."), QStringLiteral("COLUMN"),
                      QStringLiteral("cost_usd")});
    parser.addOption({QStringLiteral("descending"), Cli::tr("Sort from the largest value down.")});
    parseOrThrow(parser, arguments);
    rejectTogether(parser, QStringLiteral("json"), QStringLiteral("csv"));
    const Law law = lawFromOptions(parser);
    const PlanRequest request = requestFromOptions(parser);
    PlanChoices choices = choicesFromOptions(parser);
    if (!choices.offer.empty())
        throw UsageError(Cli::tr("--offer: compare runs on every offer; leave it out"));
    const Column &sortColumn = columnNamed(parser.value(QStringLiteral("sort")));
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
    // Missing values (no price, no loss) sort last whichever the direction.
    std::stable_sort(comparison.rows.begin(), comparison.rows.end(), [&](const ComparisonRow &l, const ComparisonRow &r) {
        const json a = sortColumn.value(l), b = sortColumn.value(r);
        if (a.is_null() || b.is_null())
            return !a.is_null() && b.is_null();
        return descending ? b < a : a < b;
    });

    json rows = json::array();
    for (const auto &row : comparison.rows) {
        json entry;
        for (const auto &column : kColumns)
            entry[column.name] = column.value(row);
        rows.push_back(entry);
    }
    requireFiniteAnswer(json{{"rows", rows}});
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{"law", law.id()}, {"rows", rows}, {"skipped", comparison.skipped}});
        return 0;
    }
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("csv"))) {
        QStringList header;
        for (const auto &column : kColumns)
            header << QLatin1String(column.name);
        out << header.join(QLatin1Char(',')) << '\n';
        for (const auto &row : comparison.rows) {
            QStringList cells;
            for (const auto &column : kColumns)
                cells << csvCell(column.value(row));
            out << cells.join(QLatin1Char(',')) << '\n';
        }
        return 0;
    }
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(Cli::tr("offer"), -40).arg(Cli::tr("$/GPU-h"), 9).arg(Cli::tr("date"), 11)
               .arg(Cli::tr("params"), 10).arg(Cli::tr("wall h"), 10).arg(Cli::tr("cost"), 12).arg(Cli::tr("kg CO2"), 10)
               .arg(Cli::tr("fits"), 5);
    for (const auto &row : comparison.rows) {
        const QString id = QString::fromStdString(row.setup.offerId.empty() ? row.setup.gpuId + " (no offer)" : row.setup.offerId);
        const QString fits = !row.plan.memory ? QStringLiteral("?") : row.plan.memory->fits ? Cli::tr("yes") : Cli::tr("no");
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(id, -40)
                   .arg(row.setup.cost.usdPerGpuHour ? QString::number(*row.setup.cost.usdPerGpuHour, 'f', 2) : QStringLiteral("-"), 9)
                   .arg(QString::fromStdString(row.setup.priceDate), 11)
                   .arg(formatCount(row.plan.allocation.params), 10)
                   .arg(formatNumber(row.plan.cost.wallClockHours, 4), 10)
                   .arg(formatUsd(row.plan.cost.costUsd), 12)
                   .arg(row.plan.cost.co2Kg ? formatNumber(*row.plan.cost.co2Kg, 4) : QStringLiteral("-"), 10)
                   .arg(fits, 5);
    }
    if (!comparison.skipped.empty())
        out << Cli::tr("%1 offers or GPUs left out (run with --json to see why)").arg(comparison.skipped.size()) << '\n';
    return 0;
}

} // namespace frontier::cli
