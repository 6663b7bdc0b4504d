// `frontier compare`: the same request on every offer of the catalogue (and on every accelerator
// nobody offers), one row each, sortable by any column, as a table, JSON or CSV. With a budget each
// row is a plan of its own (the FLOPs that offer buys, its optimal size and loss), so the rows answer
// "where does the budget buy the lowest loss" and sort by loss unless told otherwise; the offers on
// which the model fits in memory come first, whatever the sort. The rows on the Pareto front
// (model/plan/pareto.h) are marked.
#include "cli/clicommands.h"

#include "model/core/errors.h"
#include "model/plan/comparisontable.h"
#include "model/plan/pareto.h"
#include "cli/clioutput.h"
#include "cli/cliplanoptions.h"
#include "data/resourcedata.h"

#include <QTextStream>

#include <algorithm>
#include <functional>

namespace frontier::cli {

namespace {

using nlohmann::json;

// The value of the column `name` (comparisonColumns(), or an alias) in an entry of a comparison on `offers`.
using SortKey = std::function<json(const ComparisonEntry &)>;

SortKey sortKeyNamed(QString name, const OfferCatalog &offers)
{
    for (const ComparisonMetric &metric : kComparisonMetrics) // the short names people sort by most
        if (name == QLatin1String(metric.name))
            name = QLatin1String(metric.column);
    if (name == QLatin1String("pareto"))
        return [](const ComparisonEntry &e) { return json(!e.pareto); }; // the front first
    QStringList names;
    for (const ComparisonMetric &metric : kComparisonMetrics)
        if (QLatin1String(metric.name) != QLatin1String(metric.column))
            names << QLatin1String(metric.name);
    for (const ComparisonColumn &column : comparisonColumns()) {
        if (name == QLatin1String(column.name))
            return [&column, &offers](const ComparisonEntry &e) { return column.value(e, comparisonOffer(e, offers)); };
        names << QLatin1String(column.name);
    }
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

} // namespace

int compareCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addPlanOptions(parser);
    parser.addOption({QStringLiteral("csv"), Cli::tr("Answer as CSV.")});
    parser.addOption({QStringLiteral("sort"),
                      Cli::tr("Column to sort by: cost, time, energy, co2, loss, pareto or any CSV column "
                              "(default: loss for a budget, cost for a job). The offers the model fits on "
                              "come first, unless sorting by fits_in_memory."),
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
    const bool descending = parser.isSet(QStringLiteral("descending"));
    ui::AppCatalogs catalogs = ui::AppCatalogs::fromResources();
    mergeCatalogFiles(parser, catalogs);
    const SortKey sortKey = sortKeyNamed(sortName, catalogs.catalogs().offers);
    Comparison comparison = compareOffers(law, request, choices, catalogs.catalogs());
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
    std::vector<ComparisonEntry> entries;
    for (std::size_t i = 0; i < comparison.rows.size(); ++i)
        entries.push_back({&comparison.rows[i], front[i]});
    // Offers that can run the job first (fitRank), unless sorting by that very column; within each,
    // by the key, missing values (no price, no loss) last whichever the direction.
    const bool byFits = sortName == QLatin1String("fits_in_memory");
    std::stable_sort(entries.begin(), entries.end(), [&](const ComparisonEntry &l, const ComparisonEntry &r) {
        if (!byFits && fitRank(*l.row) != fitRank(*r.row))
            return fitRank(*l.row) < fitRank(*r.row);
        const json a = sortKey(l), b = sortKey(r);
        if (a.is_null() || b.is_null())
            return !a.is_null() && b.is_null();
        return descending ? b < a : a < b;
    });

    json rows = json::array();
    for (const auto &e : entries)
        rows.push_back(comparisonEntryJson(e, catalogs.catalogs().offers));
    requireFiniteAnswer(json{{"rows", rows}});
    // Offers left out for implausible numbers (a typo in a catalogue): said whatever the format.
    for (const Message &warning : comparison.warnings)
        printWarning(warning);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{"law", law.id()},
                   {"pareto_axes", {metricColumn(axes.x), metricColumn(axes.y)}},
                   {"rows", rows},
                   {"skipped", comparison.skipped},
                   {"warnings", warningsJson(comparison.warnings)}});
        return 0;
    }
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("csv"))) {
        out << QString::fromStdString(comparisonCsv(entries, catalogs.catalogs().offers));
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
