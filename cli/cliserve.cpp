// `frontier serve`: what a token costs once the model is trained (model/serve): the weights at 16, 8
// and 4 bits, the KV cache, the GPUs that hold them, decode tokens/s and dollars, kWh and CO2 per
// million tokens, on the plan's GPU and offer. The model is --params N (and --active-params for a
// sparse one), or the plan's N from the plan options or a session.
#include "cli/clicommands.h"

#include "cli/cliplanoptions.h"
#include "cli/clioutput.h"
#include "data/peopleformat.h"
#include "data/resourcedata.h"
#include "data/servingdata.h"
#include "model/core/quantity.h"
#include "model/serve/servingsetup.h"

namespace frontier::cli {

namespace {

using nlohmann::json;

QString opt(const char *name) { return QString::fromLatin1(name); }

// The options that are serve's own: they may go with --session.
const QStringList &serveOptions()
{
    static const QStringList names{opt("active-params"), opt("bits"),   opt("sparsity"),  opt("context"),
                                   opt("batch"),         opt("loss-penalty"), opt("layers"), opt("kv-heads"),
                                   opt("head-dim")};
    return names;
}

void addServeOptions(QCommandLineParser &parser)
{
    parser.addOption({opt("active-params"), Cli::tr("Parameters used per token, for a sparse (mixture-of-experts) model; default: all of them."), opt("N")});
    parser.addOption({opt("bits"), Cli::tr("Bits per weight: 16, 8, 4 or any value up to 32 (default 16)."), opt("B")});
    parser.addOption({opt("sparsity"), Cli::tr("Share of the weights pruned away, from 0 up to (not including) 1 (default 0)."), opt("F")});
    parser.addOption({opt("context"), Cli::tr("Context length in tokens, whose KV cache each sequence holds (default 4096)."), opt("T")});
    parser.addOption({opt("batch"), Cli::tr("Sequences decoded together (default 1)."), opt("B")});
    parser.addOption({opt("loss-penalty"), Cli::tr("Your measured loss increase from the compression, added to the plan's loss (nats/token)."), opt("L")});
    parser.addOption({opt("layers"), Cli::tr("The served model's layers (default: a Llama-style shape for its size)."), opt("L")});
    parser.addOption({opt("kv-heads"), Cli::tr("Its key-value heads."), opt("K")});
    parser.addOption({opt("head-dim"), Cli::tr("Its width per head."), opt("D")});
}

// A number option the model checks (whole, in range): any number here, "32k" included (parseQuantity,
// the same in every locale); the model says what is wrong with it.
std::optional<double> numberOption(const QCommandLineParser &parser, const char *name)
{
    if (!parser.isSet(opt(name)))
        return std::nullopt;
    const std::optional<double> value = parseQuantity(parser.value(opt(name)).trimmed().toStdString());
    if (!value)
        throw UsageError(Cli::tr("--%1: expected a number, got '%2'").arg(opt(name), echo(parser.value(opt(name)))));
    return value;
}

std::optional<std::int64_t> countOption(const QCommandLineParser &parser, const char *name)
{
    if (!parser.isSet(opt(name)))
        return std::nullopt;
    bool ok = false;
    const qlonglong value = parser.value(opt(name)).trimmed().toLongLong(&ok);
    if (!ok || value < 1 || value > 1'000'000)
        throw UsageError(Cli::tr("--%1: expected a whole number from 1 to 1000000, got '%2'").arg(opt(name), echo(parser.value(opt(name)))));
    return value;
}

// A model error about a serve option, named by the option.
template <class F> auto asOption(const char *option, F compute)
{
    try {
        return compute();
    } catch (const InputError &e) {
        throw UsageError(QStringLiteral("--%1: %2").arg(QLatin1String(option), messageOf(e)));
    }
}

struct Served
{
    double totalParams = 0;
    std::optional<double> activeParams; // a sparse plan's, per token
    TypedAttentionShape shape;          // a sparse plan's counted shape
    std::optional<MixtureOfExperts> moe; // its routing: the experts a step reads
    std::optional<double> loss; // the plan's, when it has one
    ResolvedSetup setup;
    std::vector<Message> warnings;
};

// --params N alone: a model, not a plan; the GPU, offer, power and grid as a plan would resolve them.
Served servedParams(const QCommandLineParser &parser, ui::AppCatalogs &catalogs)
{
    mergeCatalogFiles(parser, catalogs);
    Served served;
    served.totalParams = *positiveOption(parser, opt("params"), "params");
    const PlanChoices choices = choicesFromOptions(parser);
    if (choices.gpu.empty())
        throw UsageError(Cli::tr("--gpu: missing; see 'frontier gpus'"));
    // The law matters only for a 2020 GPU's speed model, which serving does not use.
    const std::string lawId = parser.isSet(opt("law")) ? lawIdFromOptions(parser) : PlanInputs::defaults().lawId;
    served.setup = resolveSetup(choices, catalogs.catalogs(), catalogs.law(lawId));
    served.warnings = served.setup.warnings;
    // With --active-params, --experts/--top-k say how a step's tokens are routed (which experts it reads).
    served.moe = moeFromOptions(parser);
    return served;
}

Served servedPlan(const QCommandLineParser &parser, ui::AppCatalogs &catalogs)
{
    PlanInputs inputs = planInputsFromOptions(parser, catalogs, serveOptions());
    inputs.batchTokens.reset(); // --batch is the serving batch here
    const PlannedInputs planned = planInputs(inputs, catalogs.law(inputs.lawId), catalogs.catalogs(), &catalogs.limits());
    Served served{planned.plan.allocation.params, std::nullopt, {}, std::nullopt, planned.plan.allocation.loss, planned.setup,
                  planned.plan.warnings};
    if (const auto &sparse = planned.plan.sparse) {
        // A mixture of experts (--experts/--top-k): memory holds every expert, a token reads its
        // top-k, and the attention is the counted shape's, as the window serves it.
        served.totalParams = double(sparse->totalParams);
        served.activeParams = double(sparse->activeParams);
        served.shape = {sparse->shape.layers, sparse->shape.kvHeads, sparse->shape.headDim()};
        served.moe = sparse->moe;
    }
    return served;
}

json assumptionsJson(const std::vector<ServingAssumption> &assumptions)
{
    json out = json::array();
    for (const ServingAssumption &a : assumptions)
        out.push_back({{"name", a.name}, {"value", optionalNumber(a.value)}, {"source", a.source}});
    return out;
}

QString gigabytes(double bytes)
{
    return Cli::tr("%1 GB").arg(data::peopleNumber(bytes / 1e9)); // decimal GB, as model cards state weights
}

} // namespace

int serveCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addPlanOptions(parser, true, false);
    addSessionOption(parser);
    addServeOptions(parser);
    parseOrThrow(parser, arguments);
    const ServingConstants &constants = data::servingConstants();

    ServingCompression compression;
    compression.bitsPerWeight = numberOption(parser, "bits").value_or(constants.defaultBits);
    compression.prunedFraction = numberOption(parser, "sparsity").value_or(0);
    ServingLoad load;
    load.contextTokens = numberOption(parser, "context").value_or(constants.defaultContext);
    load.batch = numberOption(parser, "batch").value_or(constants.defaultBatch);
    const std::optional<double> penalty = numberOption(parser, "loss-penalty");
    TypedAttentionShape typed{countOption(parser, "layers"), countOption(parser, "kv-heads"), countOption(parser, "head-dim")};
    std::optional<double> active = positiveOption(parser, opt("active-params"), "params");

    ui::AppCatalogs catalogs = ui::AppCatalogs::fromResources();
    const bool justN = parser.isSet(opt("params")) && !parser.isSet(opt("tokens")) && !parser.isSet(opt("budget"))
                       && !parser.isSet(opt("target-loss")) && !parser.isSet(opt("session"));
    const Served served = justN ? servedParams(parser, catalogs) : servedPlan(parser, catalogs);
    // What the user typed wins over the sparse plan's counts and shape.
    active = active ? active : served.activeParams;
    typed.layers = typed.layers ? typed.layers : served.shape.layers;
    typed.kvHeads = typed.kvHeads ? typed.kvHeads : served.shape.kvHeads;
    typed.headDim = typed.headDim ? typed.headDim : served.shape.headDim;

    const ServedModelChoice model = asOption("active-params", [&] {
        return servedModel(served.totalParams, active, typed, ParamConvention::Total, data::shapeRules());
    });
    ServingPlace place;
    place.gpu = &catalogs.catalogs().accelerators.get(served.setup.gpuId);
    ServingInputs in{model.model, compression, load, servingHardware(place, served.setup)};
    if (served.moe) {
        in.model.experts = served.moe->experts;
        in.model.topK = served.moe->topK;
    }
    const ServingReport r = serve(in, constants);

    json weightsAt = json::object();
    for (const double bits : {16.0, 8.0, 4.0})
        weightsAt[std::to_string(int(bits))] = weightBytes(model.model.totalParams, bits, compression.prunedFraction, constants);
    json answer = {
        {"params", model.model.totalParams},
        {"active_params", model.model.activeParams},
        {"shape", {{"layers", model.model.layers}, {"kv_heads", model.model.kvHeads}, {"head_dim", model.model.headDim},
                   {"from", model.shapeTyped ? "typed" : "llama-candidate"}}},
        {"bits", compression.bitsPerWeight},
        {"sparsity", compression.prunedFraction},
        {"context", load.contextTokens},
        {"batch", load.batch},
        {"gpu", served.setup.gpuId},
        {"offer", served.setup.offerId.empty() ? json(nullptr) : json(served.setup.offerId)},
        {"weight_bytes", r.weightBytes},
        {"weight_bytes_at_bits", weightsAt},
        {"kv_cache_bytes", r.kvCacheBytes},
        {"weight_share_read_per_step", weightShareReadPerStep(in.model, load.batch)},
        {"usable_bytes_per_gpu", r.usableBytesPerGpu},
        {"gpus_needed", r.gpusNeeded},
        {"bytes_per_step", r.bytesPerStep},
        {"memory_bound_tokens_per_second", r.memoryBoundTokensPerSecond},
        {"compute_bound_tokens_per_second", r.computeBoundTokensPerSecond},
        {"tokens_per_second", r.tokensPerSecond},
        {"bound", servingBoundName(r.bound)},
        {"gpu_hours_per_million_tokens", r.gpuHoursPerMillionTokens},
        {"usd_per_million_tokens", optionalNumber(r.usdPerMillionTokens)},
        {"kwh_per_million_tokens", r.kwhPerMillionTokens},
        {"co2_kg_per_million_tokens", optionalNumber(r.co2KgPerMillionTokens)},
        {"assumptions", assumptionsJson(servingAssumptions(place, served.setup, constants))},
        {"compression_finding", {{"text", constants.compressionFinding}, {"source", constants.compressionSource}}},
    };
    answer["loss_penalty"] = optionalNumber(penalty);
    std::optional<double> loss = served.loss;
    if (loss && penalty)
        loss = asOption("loss-penalty", [&] { return compressedLoss(*loss, *penalty, constants); });
    else if (penalty)
        asOption("loss-penalty", [&] { return compressedLoss(0, *penalty, constants); }); // checked even without a loss
    answer["loss"] = optionalNumber(loss);
    answer["warnings"] = warningsJson(served.warnings);
    requireFiniteAnswer(answer);

    if (parser.isSet(opt("json"))) {
        printJson(answer);
    } else {
        const data::NumberStyle style = data::numberStyle();
        printLine(Cli::tr("Model:          %1 parameters (%2 per token), %3 layers, %4 KV heads x %5")
                      .arg(formatCount(model.model.totalParams), formatCount(model.model.activeParams))
                      .arg(model.model.layers).arg(model.model.kvHeads).arg(model.model.headDim));
        printLine(Cli::tr("Weights:        %1 at %2 bits (16 bits: %3, 8 bits: %4, 4 bits: %5)")
                      .arg(gigabytes(r.weightBytes), formatNumber(compression.bitsPerWeight),
                           gigabytes(weightsAt["16"].get<double>()), gigabytes(weightsAt["8"].get<double>()),
                           gigabytes(weightsAt["4"].get<double>())));
        printLine(Cli::tr("KV cache:       %1 for a batch of %2 x %3 tokens")
                      .arg(gigabytes(r.kvCacheBytes), formatNumber(load.batch), formatNumber(load.contextTokens)));
        // The accelerator by its catalogue name, as the window shows it; the JSON keeps the id.
        printLine(Cli::tr("GPUs:           %1 x %2 (%3 usable each)")
                      .arg(r.gpusNeeded).arg(QString::fromStdString(place.gpu->name), gigabytes(r.usableBytesPerGpu)));
        printLine((r.bound == ServingBound::Memory ? Cli::tr("Decode:         %1 tokens/s, bound by memory bandwidth (compute allows %2)")
                                                   : Cli::tr("Decode:         %1 tokens/s, bound by compute (memory allows %2)"))
                      .arg(data::peopleNumber(r.tokensPerSecond),
                           data::peopleNumber(r.bound == ServingBound::Memory ? r.computeBoundTokensPerSecond
                                                                              : r.memoryBoundTokensPerSecond)));
        printLine(Cli::tr("Per 1M tokens:  %1, %2, %3 CO2")
                      .arg(r.usdPerMillionTokens ? data::peopleDollars(*r.usdPerMillionTokens, style) : Cli::tr("no price"),
                           data::peopleEnergy(r.kwhPerMillionTokens, style),
                           r.co2KgPerMillionTokens ? data::peopleMass(*r.co2KgPerMillionTokens, style) : Cli::tr("no grid")));
        if (loss)
            printLine(Cli::tr("Loss:           %1%2").arg(formatNumber(*loss, 4),
                                                         penalty ? Cli::tr(" (with your penalty of %1)").arg(formatNumber(*penalty)) : QString()));
        printLine(Cli::tr("Compression:    %1 (%2)").arg(QString::fromStdString(constants.compressionFinding),
                                                          QString::fromStdString(constants.compressionSource)));
        printLine(Cli::tr("Assumptions:    --json lists every figure used with its source."));
    }
    for (const Message &warning : served.warnings)
        printWarning(warning);
    return 0;
}

} // namespace frontier::cli
