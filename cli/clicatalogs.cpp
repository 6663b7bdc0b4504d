// `frontier gpus`, `offers` and `regions`: the catalogues a plan draws on, with their ids and sources.
#include "cli/clicommands.h"

#include "model/core/units.h"
#include "cli/clioutput.h"
#include "data/resourcedata.h"

#include <QTextStream>

namespace frontier::cli {

namespace {

using nlohmann::json;

bool wantsJson(const QStringList &arguments, QCommandLineParser &parser, int positional = 0)
{
    parser.addOption({QStringLiteral("json"), Cli::tr("Answer as JSON.")});
    parseOrThrow(parser, arguments, positional);
    return parser.isSet(QStringLiteral("json"));
}

} // namespace

int gpusCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const bool asJson = wantsJson(arguments, parser);
    const auto &gpus = data::accelerators().all();
    if (asJson) {
        json list = json::array();
        for (const auto &gpu : gpus) {
            json peaks = json::object();
            for (const auto &[precision, flops] : gpu.peakFlopsPerSecond)
                peaks[precisionName(precision)] = flops;
            list.push_back({{"id", gpu.id},
                            {"name", gpu.name},
                            {"manufacturer", gpu.manufacturer},
                            {"peak_flops_per_s", peaks},
                            {"memory_bytes", optionalNumber(gpu.memoryBytes)},
                            {"memory_bandwidth_bytes_per_s", optionalNumber(gpu.memoryBandwidthBytesPerSecond)},
                            {"tdp_w", optionalNumber(gpu.tdpW)},
                            {"release_date", gpu.releaseDate},
                            {"hf2020_id", gpu.hf2020Id},
                            {"offers", data::offers().offersFor(gpu.id).size()},
                            {"source", gpu.source},
                            {"gap_fill_sources", gpu.gapFillSources}});
        }
        printJson(list);
        return 0;
    }
    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(Cli::tr("id"), -18).arg(Cli::tr("bf16 TFLOP/s"), 13).arg(Cli::tr("memory GB"), 10)
               .arg(Cli::tr("TDP W"), 7).arg(Cli::tr("offers"), 7);
    for (const auto &gpu : gpus) {
        const auto bf16 = gpu.peakFlopsPerSecond.find(Precision::BF16);
        out << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                   .arg(QString::fromStdString(gpu.id), -18)
                   .arg(bf16 != gpu.peakFlopsPerSecond.end() ? QString::number(bf16->second / 1e12, 'f', 1) : QStringLiteral("-"), 13)
                   .arg(gpu.memoryBytes ? QString::number(*gpu.memoryBytes / units::kBytesPerGib, 'f', 0) : QStringLiteral("-"), 10)
                   .arg(gpu.tdpW ? QString::number(*gpu.tdpW, 'f', 0) : QStringLiteral("-"), 7)
                   .arg(data::offers().offersFor(gpu.id).size(), 7)
                   .arg(QString::fromStdString(gpu.name));
    }
    return 0;
}

int offersCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("gpu"), Cli::tr("Only the offers for this GPU."), QStringLiteral("ID")});
    const bool asJson = wantsJson(arguments, parser);
    std::vector<CloudOffer> offers = data::offers().all();
    if (parser.isSet(QStringLiteral("gpu")))
        offers = data::offers().offersFor(data::accelerators().get(parser.value(QStringLiteral("gpu")).toStdString()).id);
    if (asJson) {
        json list = json::array();
        for (const auto &o : offers)
            list.push_back({{"id", o.id},
                            {"provider", o.provider},
                            {"provider_id", o.providerId},
                            {"gpu", o.acceleratorId},
                            {"instance", o.instance},
                            {"location", o.location},
                            {"gpus_per_instance", o.gpusPerInstance ? json(*o.gpusPerInstance) : json(nullptr)},
                            {"usd_per_gpu_hour_on_demand", optionalNumber(o.onDemandUsdPerGpuHour)},
                            {"usd_per_gpu_hour_1y", optionalNumber(o.oneYearUsdPerGpuHour)},
                            {"usd_per_gpu_hour_3y", optionalNumber(o.threeYearUsdPerGpuHour)},
                            {"host_share_included", o.hostShareIncluded},
                            {"price_date", o.priceDate},
                            {"source", o.source}});
        printJson(list);
        return 0;
    }
    QTextStream out(stdout);
    auto price = [](const std::optional<double> &p) { return p ? QString::number(*p, 'f', 2) : QStringLiteral("-"); };
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(Cli::tr("id"), -44).arg(Cli::tr("on-demand"), 9).arg(Cli::tr("1y"), 7).arg(Cli::tr("3y"), 7).arg(Cli::tr("date"));
    for (const auto &o : offers)
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(QString::fromStdString(o.id), -44)
                   .arg(price(o.onDemandUsdPerGpuHour), 9)
                   .arg(price(o.oneYearUsdPerGpuHour), 7)
                   .arg(price(o.threeYearUsdPerGpuHour), 7)
                   .arg(QString::fromStdString(o.priceDate));
    out << Cli::tr("USD per GPU-hour, as dated; hyperscaler prices include the host's share.") << '\n';
    return 0;
}

int regionsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("grid-dataset"), Cli::tr("mlco2 or codecarbon (default: both)."), QStringLiteral("NAME")});
    const bool asJson = wantsJson(arguments, parser);
    std::vector<const RegionDataset *> datasets;
    if (parser.isSet(QStringLiteral("grid-dataset")))
        datasets.push_back(&data::regions().dataset(parser.value(QStringLiteral("grid-dataset")).toStdString()));
    else
        for (const auto &dataset : data::regions().datasets())
            datasets.push_back(&dataset);
    if (asJson) {
        json list = json::array();
        for (const auto *dataset : datasets)
            for (const auto &r : dataset->regions)
                list.push_back({{"id", r.id},
                                {"dataset", r.dataset},
                                {"provider", r.provider},
                                {"region", r.region},
                                {"location", r.location},
                                {"g_per_kwh", r.gPerKwh},
                                {"pue", optionalNumber(r.pue)},
                                {"offset_percent", optionalNumber(r.offsetPercent)},
                                {"source", r.source}});
        printJson(list);
        return 0;
    }
    QTextStream out(stdout);
    for (const auto *dataset : datasets) {
        out << QString::fromStdString(dataset->id + ": " + dataset->name) << '\n';
        for (const auto &r : dataset->regions)
            out << QStringLiteral("  %1 %2  %3\n")
                       .arg(QString::fromStdString(r.id), -36)
                       .arg(QString::number(r.gPerKwh, 'f', 1), 7)
                       .arg(QString::fromStdString(r.location));
    }
    out << Cli::tr("g CO2eq per kWh. The datasets disagree for the same region: pick one with --grid-dataset.") << '\n';
    return 0;
}

} // namespace frontier::cli
