// `frontier runs`: the published training runs the window marks on its charts, each figure with its
// source; null where the catalogue has no published figure (the reason is under "gaps").
#include "cli/cliruns.h"

#include "cli/clicommands.h"

#include "cli/clioutput.h"
#include "data/knownruntext.h"
#include "data/resourcedata.h"

#include <QTextStream>

namespace frontier::cli {

namespace {

using nlohmann::json;

json figureValue(const std::optional<RunFigure> &figure)
{
    return figure ? json(figure->value) : json(nullptr);
}

json runJson(const KnownRun &run)
{
    json sources = json::object();
    const auto source = [&](const char *field, const std::optional<RunFigure> &figure) {
        if (figure)
            sources[field] = figure->source;
    };
    source("params", run.params);
    source("tokens", run.tokens);
    source("flops", run.flops);
    source("chips", run.chips);
    source("gpu_hours", run.gpuHours);
    source("energy_mwh", run.energyMwh);
    source("co2_t", run.co2T);
    if (run.accelerator)
        sources["accelerator"] = run.acceleratorSource;
    json derived = json::array();
    for (const auto &[field, figure] : {std::pair{"gpu_hours", &run.gpuHours}, std::pair{"flops", &run.flops}})
        if (*figure && (*figure)->derived)
            derived.push_back(field);
    json alternatives = json::array();
    for (const auto &alt : run.alternatives)
        alternatives.push_back({{"field", alt.field}, {"value", alt.value}, {"source", alt.source}, {"note", alt.note}});
    return {{"id", run.id},
            {"name", run.name},
            {"organisation", run.organisation},
            {"year", run.year},
            {"citation", run.citation},
            {"params", figureValue(run.params)},
            {"tokens", figureValue(run.tokens)},
            {"flops", figureValue(run.flops)},
            {"flops_6nd", optionalNumber(run.sixNd())},
            {"accelerator", run.accelerator ? json(*run.accelerator) : json(nullptr)},
            {"chips", figureValue(run.chips)},
            {"gpu_hours", figureValue(run.gpuHours)},
            {"energy_mwh", figureValue(run.energyMwh)},
            {"co2_t", figureValue(run.co2T)},
            {"co2_basis", run.co2T ? json(run.co2Basis) : json(nullptr)},
            {"derived", derived},
            {"sources", sources},
            {"alternatives", alternatives},
            {"gaps", run.gaps},
            {"notes", run.notes}};
}

QString orDash(const std::optional<RunFigure> &figure, QString (*format)(double))
{
    return figure ? format(figure->value) : QStringLiteral("-");
}

} // namespace

void addCompareRunOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("compare-run"),
                      Cli::tr("Compare the plan with this published run (see frontier runs; default %1).")
                          .arg(QLatin1String(kDefaultReferenceRun)),
                      QStringLiteral("ID"), QLatin1String(kDefaultReferenceRun)});
}

json comparedToRunJson(const QCommandLineParser &parser, double planFlops, std::optional<double> planCo2Kg)
{
    const KnownRun &run = data::knownRuns().get(parser.value(QStringLiteral("compare-run")).toStdString());
    const RunComparison comparison = compareWithRun(run, planFlops, planCo2Kg);
    QString text = data::comparisonSentence(run, comparison);
    if (const QString gap = data::comparisonCo2Gap(run, comparison); !gap.isEmpty())
        text += QLatin1Char(' ') + gap;
    return {{"id", run.id},
            {"name", run.name},
            {"run_flops", *run.trainingFlops()},
            {"run_co2_t", figureValue(run.co2T)},
            {"compute_ratio", comparison.computeRatio},
            {"co2_ratio", optionalNumber(comparison.co2Ratio)},
            {"text", text.toStdString()}};
}

QString comparedToRunText(const json &comparison)
{
    return QString::fromStdString(comparison.at("text").get<std::string>());
}

int runsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), Cli::tr("Answer as JSON (numbers in base units; null where unpublished).")});
    parseOrThrow(parser, arguments);
    const auto &runs = data::knownRuns().all();
    if (parser.isSet(QStringLiteral("json"))) {
        json list = json::array();
        for (const auto &run : runs)
            list.push_back(runJson(run));
        printJson(list);
        return 0;
    }
    const auto number = [](double v) { return formatNumber(v, 3); };
    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(Cli::tr("id"), -15).arg(Cli::tr("params"), 8).arg(Cli::tr("tokens"), 8)
               .arg(Cli::tr("FLOPs"), 9).arg(Cli::tr("GPU-hours"), 10).arg(Cli::tr("MWh"), 8).arg(Cli::tr("t CO2"), 7);
    for (const auto &run : runs) {
        const auto flops = run.trainingFlops();
        QString flopsText = flops ? number(*flops) : QStringLiteral("-");
        if (!run.flops && flops)
            flopsText += QLatin1Char('*'); // 6ND: nothing printed
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8\n")
                   .arg(QString::fromStdString(run.id), -15)
                   .arg(orDash(run.params, formatCount), 8)
                   .arg(orDash(run.tokens, formatCount), 8)
                   .arg(flopsText, 9)
                   .arg(run.gpuHours ? number(run.gpuHours->value) : QStringLiteral("-"), 10)
                   .arg(run.energyMwh ? number(run.energyMwh->value) : QStringLiteral("-"), 8)
                   .arg(run.co2T ? number(run.co2T->value) : QStringLiteral("-"), 7)
                   .arg(QString::fromStdString(run.accelerator.value_or("-")));
    }
    out << Cli::tr("* 6ND (no FLOPs printed). '-': not published, or not read in a source. Sources: frontier runs --json")
        << '\n';
    return 0;
}

} // namespace frontier::cli
