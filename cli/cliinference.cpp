// `frontier inference`: the model of least training + serving cost at the loss of a compute-optimal
// reference (Sardana et al. 2024, model/inference), in FLOPs and, with a training GPU, in dollars,
// kWh and CO2 at the training setup and a serving one.
#include "cli/cliplanoptions.h"

#include "data/lawnames.h"
#include "data/peopleformat.h"
#include "data/resourcedata.h"
#include "model/core/errors.h"
#include "model/core/units.h"
#include "data/servingdata.h"
#include "model/inference/lifetimecost.h"
#include "model/laws/targetloss.h"
#include "model/serve/servingsetup.h"
#include "cli/clicommands.h"
#include "cli/clioutput.h"

#include <map>

namespace frontier::cli {

namespace {

using nlohmann::json;

QString opt(const char *name) { return QString::fromLatin1(name); }

// The compute-optimal model the answer is compared with, whose loss it matches: that of N
// parameters, the one reaching a target loss, or the budget's plan (a budget in money, time or
// energy needs the training setup).
Allocation referenceFromOptions(const QCommandLineParser &p, const Law &law, const std::optional<ResolvedSetup> &setup,
                                const ui::AppCatalogs &catalogs)
{
    const bool params = p.isSet(opt("params")), target = p.isSet(opt("target-loss")), budget = p.isSet(opt("budget"));
    if (p.isSet(opt("tokens")))
        throw UsageError(Cli::tr("--tokens: the reference is compute-optimal, its tokens follow from the law; give "
                                 "--params N, --target-loss L or --budget X --unit UNIT"));
    if (int(params) + int(target) + int(budget) != 1)
        throw UsageError(Cli::tr("give exactly one of --params N, --target-loss L or --budget X --unit UNIT"));
    try {
        if (params)
            return law.optimumForParams(parsePositive(p.value(opt("params")), QStringLiteral("--params"), "params"));
        if (target) {
            const InputRange &flops = data::inputLimits().range("flops");
            const double loss = parsePositive(p.value(opt("target-loss")), QStringLiteral("--target-loss"), "target_loss");
            return law.optimumForFlops(flopsForTargetLoss(law, loss, {flops.min, flops.max}));
        }
        PlanRequest request = requestFromOptions(p);
        if (!setup) {
            if (request.budgetUnit != BudgetUnit::Flops && request.budgetUnit != BudgetUnit::PfDays)
                throw UsageError(Cli::tr("--budget: a budget in %1 needs the training setup: give --gpu ID")
                                     .arg(QString::fromStdString(budgetUnitName(request.budgetUnit))));
            return law.optimumForFlops(request.budgetUnit == BudgetUnit::PfDays ? units::pfDaysToFlops(*request.budgetAmount)
                                                                                : *request.budgetAmount);
        }
        return makePlan(law, request, *setup, catalogs.catalogs()).allocation;
    } catch (const InputError &e) {
        throw UsageError(messageOf(e));
    }
}

// The serving setup: the training one's choices with the serving GPU, offer, price and MFU, one GPU
// (the rates are per FLOP, so the count does not matter). The MFU defaults to Sardana et al.'s
// request averaged over prefill and decode (resources/inference/sardana2024.json).
ResolvedSetup servingSetup(const QCommandLineParser &p, const PlanChoices &training, const Law &law,
                           const ui::AppCatalogs &catalogs)
{
    PlanChoices serving = training;
    serving.gpus = 1;
    if (p.isSet(opt("serving-gpu")) && p.value(opt("serving-gpu")).toStdString() != training.gpu) {
        serving.gpu = p.value(opt("serving-gpu")).toStdString();
        serving.offer.clear();
        serving.usdPerGpuHour.reset();
        serving.peakFlops.reset();
        serving.gpuWatts.reset();
    }
    if (p.isSet(opt("serving-offer"))) {
        serving.offer = p.value(opt("serving-offer")).toStdString();
        serving.usdPerGpuHour.reset();
    }
    if (const auto price = nonNegativeOption(p, opt("serving-usd-per-gpu-hour"), "usd_per_gpu_hour"))
        serving.usdPerGpuHour = price;
    if (p.isSet(opt("serving-precision"))) {
        try {
            serving.precision = parsePrecision(p.value(opt("serving-precision")).toStdString());
        } catch (const InputError &e) {
            throw UsageError(QStringLiteral("--serving-precision: %1").arg(messageOf(e)));
        }
    }
    serving.mfu = positiveOption(p, opt("serving-mfu")).value_or(servingMfu(data::servingAssumptions()));
    if (*serving.mfu > 1)
        throw UsageError(Cli::tr("--serving-mfu: must be in (0, 1]"));
    try {
        return resolveSetup(serving, catalogs.catalogs(), law);
    } catch (const InputError &e) {
        throw UsageError(messageOf(e));
    }
}

// Which model prices a served token. The default is model/serve's decode model: it prices the serving
// GPU's memory bandwidth, the bits per weight, the context and the batch, as `frontier serve` and the
// window's serving dock do, so the commands agree on what a token costs; Sardana et al.'s MFU model is
// one fixed guess (1 % decode MFU) for every GPU and load, kept because it reproduces the paper.
// --serving-mfu and --serving-precision are figures of the MFU model only, so giving one chooses it.
ServingCostModel servingCostModel(const QCommandLineParser &p)
{
    const bool mfuFigures = p.isSet(opt("serving-mfu")) || p.isSet(opt("serving-precision"));
    if (!p.isSet(opt("serving-model")))
        return mfuFigures ? ServingCostModel::SardanaMfu : ServingCostModel::Decode;
    const auto model = servingCostModelFromName(p.value(opt("serving-model")).trimmed().toStdString());
    if (!model)
        throw UsageError(Cli::tr("--serving-model: expected decode or sardana-mfu, got '%1'").arg(echo(p.value(opt("serving-model")))));
    if (*model == ServingCostModel::Decode && mfuFigures)
        throw UsageError(Cli::tr("--serving-mfu and --serving-precision belong to --serving-model sardana-mfu; "
                                 "the decode model takes --serving-bits, --serving-context and --serving-batch"));
    return *model;
}

// The reference model served on the serving setup's GPU at its price, as `frontier serve` serves it.
struct DecodeServing
{
    ServingRequest request;
    ServingReport report;
    std::vector<ServingAssumption> assumptions;
};

DecodeServing decodeServing(const QCommandLineParser &p, const ResolvedSetup &serving, const Law &law,
                            const Allocation &reference, const ui::AppCatalogs &catalogs)
{
    const ServingConstants &constants = data::servingConstants();
    DecodeServing out;
    out.request.compression.bitsPerWeight = positiveOption(p, opt("serving-bits")).value_or(constants.defaultBits);
    out.request.load.contextTokens = positiveOption(p, opt("serving-context")).value_or(constants.defaultContext);
    out.request.load.batch = positiveOption(p, opt("serving-batch")).value_or(constants.defaultBatch);
    try {
        ServingPlace place; // the serving setup's GPU; its price is the setup's (offer or typed)
        place.gpu = &catalogs.catalogs().accelerators.get(serving.gpuId);
        const ServedModelChoice model =
            servedModel(reference.params, std::nullopt, {}, paramConvention(law), data::shapeRules());
        out.report = serve({model.model, out.request.compression, out.request.load, servingHardware(place, serving)},
                           constants);
        out.assumptions = servingAssumptions(place, serving, constants);
    } catch (const InputError &e) {
        throw UsageError(messageOf(e));
    }
    return out;
}

json modelJson(const LifetimeModel &m)
{
    return {{"params", m.params},
            {"tokens", m.tokens},
            {"loss", m.loss},
            {"train_flops", m.trainFlops},
            {"inference_flops", m.inferenceFlops},
            {"total_flops", m.totalFlops()}};
}

json costsJson(const LifetimeModel &m, const LifetimeRates &usd, const LifetimeRates &kwh,
               const std::optional<LifetimeRates> &co2)
{
    json out = {{"params", m.params},
                {"tokens", m.tokens},
                {"training_usd", m.trainingCost(usd)},
                {"serving_usd", m.servingCost(usd)},
                {"total_usd", m.totalCost(usd)},
                {"energy_kwh", m.totalCost(kwh)},
                {"co2_kg", co2 ? json(m.totalCost(*co2)) : json(nullptr)}};
    return out;
}

json setupJson(const ResolvedSetup &s)
{
    json out = {{"gpu", s.gpuId}, {"price_usd_per_gpu_hour", optionalNumber(s.cost.usdPerGpuHour)}};
    if (!s.offerId.empty())
        out["offer"] = s.offerId;
    if (const auto *peak = s.cost.throughput.peakTimesMfu()) {
        out["mfu"] = peak->mfu;
        out["peak_flops_per_gpu"] = peak->peakFlopsPerGpu;
    }
    return out;
}

void printModel(const QString &title, const LifetimeModel &m)
{
    printLine(title);
    printLine(Cli::tr("  %1 parameters, %2 tokens (%3 per parameter), loss %4")
                  .arg(formatCount(m.params), formatCount(m.tokens), formatNumber(m.tokens / m.params, 3),
                       formatNumber(m.loss)));
    printLine(Cli::tr("  training %1 + serving %2 = %3 FLOPs")
                  .arg(formatNumber(m.trainFlops), formatNumber(m.inferenceFlops), formatNumber(m.totalFlops())));
}

} // namespace

int inferenceCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addPlanOptions(parser);
    struct Valued
    {
        const char *name;
        const char *value;
        const char *description; // translated in context "Cli"
    };
    static const Valued valued[] = {
        {"inference-tokens", "T", QT_TRANSLATE_NOOP("Cli", "Tokens the model will serve over its life (prompts and answers).")},
        {"serving-gpu", "ID", QT_TRANSLATE_NOOP("Cli", "Accelerator that serves the model; default: the training --gpu.")},
        {"serving-offer", "ID", QT_TRANSLATE_NOOP("Cli", "Cloud offer for the serving price; default: the training offer on the same GPU, else the cheapest.")},
        {"serving-usd-per-gpu-hour", "P", QT_TRANSLATE_NOOP("Cli", "Your own serving price in USD per GPU-hour.")},
        {"serving-precision", "P", QT_TRANSLATE_NOOP("Cli", "Serving precision for the peak FLOP/s: bf16, fp16 or fp8.")},
        {"serving-mfu", "F", QT_TRANSLATE_NOOP("Cli", "Serving MFU, in (0, 1]; default: Sardana et al. 2024's request of 70 prompt tokens at 50 % and 215 answer tokens at 1 %.")},
        {"serving-model", "M", QT_TRANSLATE_NOOP("Cli", "What prices a served token: decode (default; memory bandwidth and compute, as frontier serve) or sardana-mfu (Sardana et al.'s MFU; chosen by --serving-mfu or --serving-precision).")},
        {"serving-bits", "B", QT_TRANSLATE_NOOP("Cli", "Decode model: bits per served weight (default 16).")},
        {"serving-context", "T", QT_TRANSLATE_NOOP("Cli", "Decode model: context length in tokens (default 4096).")},
        {"serving-batch", "B", QT_TRANSLATE_NOOP("Cli", "Decode model: sequences decoded together (default 1).")},
        {"objective", "O", QT_TRANSLATE_NOOP("Cli", "What the printed least lifetime cost minimises: flops, usd, kwh or co2 (default: usd with a --gpu, else flops); --json lists every optimum.")},
    };
    for (const auto &option : valued)
        parser.addOption({opt(option.name), QCoreApplication::translate("Cli", option.description), opt(option.value)});
    parseOrThrow(parser, arguments);
    if (!parser.isSet(opt("inference-tokens")))
        throw UsageError(Cli::tr("--inference-tokens: missing; the tokens the model will serve over its life"));
    const QString tokensText = parser.value(opt("inference-tokens"));
    const double inferenceTokens =
        tokensText.trimmed() == QLatin1String("0") ? 0.0 : parsePositive(tokensText, QStringLiteral("--inference-tokens"));

    ui::AppCatalogs catalogs = ui::AppCatalogs::fromResources();
    mergeCatalogFiles(parser, catalogs);
    const Law law = lawFromOptions(parser);
    const PlanChoices training = choicesFromOptions(parser);
    std::optional<ResolvedSetup> trainingSetup;
    if (!training.gpu.empty()) {
        try {
            trainingSetup = resolveSetup(training, catalogs.catalogs(), law);
        } catch (const InputError &e) {
            throw UsageError(messageOf(e));
        }
    }
    const Allocation reference = referenceFromOptions(parser, law, trainingSetup, catalogs);

    InferenceAwareResult flops;
    try {
        flops = inferenceAwareOptimum(law, reference, inferenceTokens);
    } catch (const InputError &e) {
        throw UsageError(messageOf(e));
    }
    json answer = {{"law", law.id()},
                   {"inference_tokens", inferenceTokens},
                   {"params", flops.optimum.params},
                   {"tokens", flops.optimum.tokens},
                   {"loss", flops.optimum.loss},
                   {"train_flops", flops.optimum.trainFlops},
                   {"inference_flops", flops.optimum.inferenceFlops},
                   {"total_flops", flops.optimum.totalFlops()},
                   {"reference", modelJson(flops.reference)},
                   {"fraction_saved", flops.fractionSaved()},
                   {"warnings", warningsJson(extrapolationWarnings(law, flops.optimum))},
                   {"source", "Sardana et al. 2024, arXiv:2401.00448"}};

    std::optional<InferenceAwareResult> dollars;
    LifetimeRates kwh;
    std::optional<LifetimeRates> co2;
    std::map<LifetimeObjective, InferenceAwareResult> optima{{LifetimeObjective::Flops, flops}};
    std::optional<ServingCostModel> servingModel;
    if (trainingSetup) {
        const ResolvedSetup serving = servingSetup(parser, training, law, catalogs);
        ServingPrice price;
        price.model = servingCostModel(parser);
        servingModel = price.model;
        price.mfuSetup = serving.cost;
        std::optional<DecodeServing> decode;
        if (price.model == ServingCostModel::Decode) {
            decode = decodeServing(parser, serving, law, reference, catalogs);
            price.decode = servingTokenCosts(decode->report, reference.params);
        }
        try {
            const LifetimeRates usd = price.model == ServingCostModel::Decode ? usdRates(trainingSetup->cost, price.decode)
                                                                             : usdRates(trainingSetup->cost, serving.cost);
            kwh = *objectiveRates(LifetimeObjective::Kwh, trainingSetup->cost, price);
            co2 = objectiveRates(LifetimeObjective::Co2, trainingSetup->cost, price);
            dollars = inferenceAwareOptimum(law, reference, inferenceTokens, usd);
            optima[LifetimeObjective::Usd] = *dollars;
            // Each unit minimised on its own: the kWh- and CO2-optimal models need not be the dollar one.
            optima[LifetimeObjective::Kwh] = inferenceAwareOptimum(law, reference, inferenceTokens, kwh);
            if (co2)
                optima[LifetimeObjective::Co2] = inferenceAwareOptimum(law, reference, inferenceTokens, *co2);
        } catch (const InputError &e) {
            throw UsageError(messageOf(e));
        }
        json cost = costsJson(dollars->optimum, dollars->rates, kwh, co2);
        cost["reference"] = costsJson(dollars->reference, dollars->rates, kwh, co2);
        cost["fraction_saved"] = dollars->fractionSaved();
        cost["training"] = setupJson(*trainingSetup);
        cost["serving"] = setupJson(serving);
        cost["serving"]["model"] = servingCostModelName(price.model);
        if (decode) {
            const ServingReport &r = decode->report;
            cost["serving"].erase("mfu"); // the decode model's own MFU is among the assumptions
            cost["serving"].erase("peak_flops_per_gpu");
            cost["serving"].update({{"bits", decode->request.compression.bitsPerWeight},
                                    {"context", decode->request.load.contextTokens},
                                    {"batch", decode->request.load.batch},
                                    {"tokens_per_second", r.tokensPerSecond},
                                    {"bound", servingBoundName(r.bound)},
                                    {"usd_per_million_tokens", optionalNumber(r.usdPerMillionTokens)},
                                    {"kwh_per_million_tokens", r.kwhPerMillionTokens},
                                    {"co2_kg_per_million_tokens", optionalNumber(r.co2KgPerMillionTokens)},
                                    {"usd_per_parameter_token", optionalNumber(price.decode.usdPerParamToken)}});
            json assumptions = json::object();
            for (const ServingAssumption &a : decode->assumptions)
                assumptions[a.name] = a.source;
            assumptions["cost_per_parameter_token"] =
                "model/serve's cost of a token of the reference model, divided by its parameters: a served token "
                "costs in proportion to N (every weight read per decode step, 2N FLOPs per token); the KV cache's "
                "share is held at the reference's";
            cost["assumptions"] = assumptions;
        } else {
            cost["assumptions"] = data::servingAssumptions().sources;
        }
        answer["cost"] = cost;
    }
    // Every optimum, each minimising its own unit, beside the compute-optimal model in that unit.
    json optimaJson = json::object();
    for (const auto &[objective, r] : optima)
        optimaJson[lifetimeObjectiveName(objective)] = {{"params", r.optimum.params},
                                                       {"tokens", r.optimum.tokens},
                                                       {"total", r.optimum.totalCost(r.rates)},
                                                       {"reference_total", r.reference.totalCost(r.rates)},
                                                       {"fraction_saved", r.fractionSaved()},
                                                       {"warnings", warningsJson(extrapolationWarnings(law, r.optimum))}};
    answer["optima"] = optimaJson;
    LifetimeObjective objective = dollars ? LifetimeObjective::Usd : LifetimeObjective::Flops;
    if (parser.isSet(opt("objective"))) {
        const auto chosen = lifetimeObjectiveFromName(parser.value(opt("objective")).trimmed().toStdString());
        if (!chosen)
            throw UsageError(Cli::tr("--objective: expected flops, usd, kwh or co2, got '%1'").arg(echo(parser.value(opt("objective")))));
        if (!optima.count(*chosen))
            throw UsageError(*chosen == LifetimeObjective::Co2 && trainingSetup
                                 ? Cli::tr("--objective co2: the setup has no grid intensity; give --grid")
                                 : Cli::tr("--objective %1: needs the training setup; give --gpu ID").arg(opt(lifetimeObjectiveName(*chosen).c_str())));
        objective = *chosen;
    }
    answer["objective"] = lifetimeObjectiveName(objective);
    requireFiniteAnswer(answer);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(answer);
        return 0;
    }
    for (const Message &warning : extrapolationWarnings(law, optima.at(objective).optimum))
        printWarning(warning);
    printLine(Cli::tr("Law:            %1").arg(data::lawName(law)));
    printLine(Cli::tr("Serving:        %1 tokens over the model's life (Sardana et al. 2024)").arg(formatCount(inferenceTokens)));
    printModel(Cli::tr("Least lifetime compute:"), flops.optimum);
    printModel(Cli::tr("Compute-optimal at the same loss:"), flops.reference);
    printLine(Cli::tr("Saving:         %1 % of the lifetime FLOPs").arg(formatNumber(100 * flops.fractionSaved(), 3)));
    if (servingModel)
        printLine(*servingModel == ServingCostModel::Decode
                      ? Cli::tr("Served tokens:  priced by the decode model of frontier serve (the serving GPU's memory "
                                "bandwidth and compute); --serving-model sardana-mfu prices them at Sardana et al.'s MFU")
                      : Cli::tr("Served tokens:  priced at Sardana et al. 2024's serving MFU; --serving-model decode "
                                "prices them as frontier serve does"));
    if (objective != LifetimeObjective::Flops) {
        const InferenceAwareResult &r = optima.at(objective);
        const auto amount = [objective, style = data::numberStyle()](double value) {
            switch (objective) {
            case LifetimeObjective::Usd: return formatUsd(value);
            case LifetimeObjective::Kwh: return data::peopleEnergy(value, style);
            case LifetimeObjective::Co2: return Cli::tr("%1 CO2").arg(data::peopleMass(value, style));
            case LifetimeObjective::Flops: break;
            }
            return formatNumber(value);
        };
        const QString title = objective == LifetimeObjective::Usd   ? Cli::tr("Least lifetime cost")
                              : objective == LifetimeObjective::Kwh ? Cli::tr("Least lifetime energy")
                                                                    : Cli::tr("Least lifetime CO2");
        printLine(Cli::tr("%1: %2 parameters, %3 tokens; training %4 + serving %5 = %6")
                      .arg(title, formatCount(r.optimum.params),
                           formatCount(r.optimum.tokens), amount(r.optimum.trainingCost(r.rates)),
                           amount(r.optimum.servingCost(r.rates)), amount(r.optimum.totalCost(r.rates))));
        printLine(Cli::tr("Compute-optimal:     training %1 + serving %2 = %3; saving %4 %")
                      .arg(amount(r.reference.trainingCost(r.rates)), amount(r.reference.servingCost(r.rates)),
                           amount(r.reference.totalCost(r.rates)), formatNumber(100 * r.fractionSaved(), 3)));
    }
    return 0;
}

} // namespace frontier::cli
