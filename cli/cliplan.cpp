// `frontier plan`: a budget in any unit, a fixed job or a target loss, costed on a GPU, an offer and a grid.
#include "cli/cliplanoptions.h"

#include "data/lawnames.h"
#include "data/messagetext.h"
#include "model/core/errors.h"
#include "model/core/units.h"
#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "cli/clirepetition.h"
#include "cli/clishapeoutput.h"
#include "cli/cliruns.h"

#include <QTextStream>

#include <cmath>

namespace frontier::cli {

namespace {

using nlohmann::json;

// The plan's note that no law gives a mixture of experts' loss (planner.cpp), if it has one.
const Message *moeLossNote(const Plan &plan)
{
    for (const Message &w : plan.warnings)
        if (w.code == "plan.moe_no_loss_law")
            return &w;
    return nullptr;
}

json planJson(const Law &law, const PlanRequest &request, const ResolvedSetup &setup, const Plan &plan)
{
    const Allocation &a = plan.allocation;
    const CostReport &c = plan.cost;
    json out = {{"law", law.id()},
                {"params", a.params},
                {"tokens", a.tokens},
                {"flops", a.flops},
                {"pfdays", c.pfDays},
                {"tokens_per_param", a.tokensPerParam()},
                {"loss", optionalNumber(a.loss)},
                {"gpu", setup.gpuId},
                {"gpus", setup.cost.gpus},
                {"throughput_model", setup.throughputModel},
                {"gpu_hours", c.gpuHours},
                {"wall_clock_hours", c.wallClockHours},
                {"wall_clock_days", c.wallClockDays},
                {"cost_usd", optionalNumber(c.costUsd)},
                {"price_usd_per_gpu_hour", optionalNumber(setup.cost.usdPerGpuHour)},
                {"energy_kwh", c.energyKwh},
                {"co2_kg", optionalNumber(c.co2Kg)},
                {"grid_g_per_kwh", optionalNumber(setup.cost.gridGramsPerKwh)},
                {"grid_region", setup.gridRegion},
                {"pue", setup.cost.pue},
                {"gpu_watts", setup.cost.gpuWatts},
                {"power_fraction", setup.cost.powerFraction},
                {"overhead", setup.cost.overhead},
                {"sources", setup.sources},
                {"warnings", warningsJson(plan.warnings)}};
    if (request.budgetAmount)
        out["budget"] = {{"amount", *request.budgetAmount}, {"unit", budgetUnitName(request.budgetUnit)}};
    if (request.targetLoss)
        out["target_loss"] = *request.targetLoss;
    if (a.batchTokens)
        out["batch_tokens"] = *a.batchTokens;
    if (a.steps)
        out["steps"] = *a.steps;
    if (plan.repetition)
        addRepetitionJson(out, *plan.repetition);
    if (const auto &b = plan.batch) {
        // The user's batch wins over a Kaplan law's own compute-efficient one.
        out["batch_tokens"] = b->run.batchTokens;
        out["steps"] = b->run.steps;
        out["b_crit_tokens"] = b->run.criticalTokens;
        out["batch"] = {{"tokens", b->run.batchTokens},
                        {"steps", b->run.steps},
                        {"b_crit_tokens", b->run.criticalTokens},
                        {"b_crit_loss", b->loss},
                        {"b_crit_loss_from", b->lossFromPlan ? "plan" : "kaplan2020 L(N,D)"},
                        {"steps_factor", b->run.stepsFactor},
                        {"tokens_factor", b->run.tokensFactor},
                        {"min_steps", b->run.minSteps},
                        {"min_tokens", b->run.minTokens}};
    }
    if (!setup.offerId.empty()) {
        out["offer"] = setup.offerId;
        out["price_date"] = setup.priceDate;
    }
    if (const auto *peak = setup.cost.throughput.peakTimesMfu()) {
        out["mfu"] = peak->mfu;
        out["peak_flops_per_gpu"] = peak->peakFlopsPerGpu;
        if (setup.precision)
            out["precision"] = precisionName(*setup.precision);
    }
    if (const auto *speed = setup.cost.throughput.hf2020())
        out["amp"] = ampName(speed->amp);
    if (plan.hf2020Shape) {
        out["width"] = plan.hf2020Shape->width;
        out["depth"] = plan.hf2020Shape->depth;
    }
    if (!plan.shapes.empty())
        out["shapes"] = shapesJson(plan.shapes);
    if (request.moe) {
        // params stays the law's N: with experts, the parameters a token uses (6·N·D FLOPs).
        const auto &sparse = plan.sparse;
        out["moe"] = {{"experts", request.moe->experts},
                      {"top_k", request.moe->topK},
                      {"expert_ffn", sparse ? json(sparse->moe.expertFfn) : json(nullptr)},
                      {"shape", sparse ? shapeJson(sparse->shape) : json(nullptr)}};
        out["total_params"] = sparse ? json(sparse->totalParams) : json(nullptr);
        out["active_params"] = sparse ? json(sparse->activeParams) : json(a.params);
        if (const Message *note = moeLossNote(plan))
            out["loss_note"] = data::messageText(*note).toStdString();
    }
    if (c.electricityUsd)
        out["electricity_usd"] = *c.electricityUsd;
    if (plan.co2Equivalents) {
        out["car_km"] = plan.co2Equivalents->carKm;
        out["tree_seedling_years"] = plan.co2Equivalents->treeSeedlingYears;
        out["flights_london_new_york"] = plan.co2Equivalents->flightsLondonNewYork;
    }
    out["fits_in_memory"] = plan.memory ? json(plan.memory->fits) : json(nullptr);
    out["min_gpus"] = plan.memory && plan.memory->minGpus ? json(*plan.memory->minGpus) : json(nullptr);
    if (plan.memory) {
        json byStage = json::array();
        for (const auto &gpus : plan.minGpusByZeroStage)
            byStage.push_back(gpus ? json(*gpus) : json(nullptr));
        out["min_gpus_by_zero_stage"] = byStage;
        out["smallest_fit"] = plan.smallestFit ? json{{"gpus", plan.smallestFit->gpus}, {"zero_stage", plan.smallestFit->zeroStage}}
                                               : json(nullptr);
    }
    if (plan.memory) {
        out["memory_per_gpu_bytes"] = plan.memory->totalBytesPerGpu;
        out["activation_bytes_per_gpu"] = plan.memory->activationBytesPerGpu;
    }
    return out;
}

void printPlan(const Law &law, const PlanRequest &request, const ResolvedSetup &setup, const Plan &plan)
{
    const Allocation &a = plan.allocation;
    const CostReport &c = plan.cost;
    printLine(Cli::tr("Law:            %1").arg(data::lawName(law)));
    if (request.targetLoss)
        printLine(Cli::tr("Target:         a loss of %1 nats/token: the cheapest compute-optimal run that reaches it")
                      .arg(formatNumber(*request.targetLoss)));
    printLine(Cli::tr("Model:          %1 parameters, %2 tokens (%3 per parameter)")
                  .arg(formatCount(a.params), formatCount(a.tokens), formatNumber(a.tokensPerParam(), 3)));
    printLine(Cli::tr("Compute:        %1 FLOPs (%2 PF-days)").arg(formatNumber(a.flops), formatNumber(c.pfDays)));
    if (a.loss)
        printLine(Cli::tr("Loss:           %1 nats/token").arg(formatNumber(*a.loss)));
    if (request.moe && plan.sparse)
        printLine(Cli::tr("Experts:        %1 per layer, %2 per token: %3 parameters in all, %4 per token")
                      .arg(request.moe->experts)
                      .arg(request.moe->topK)
                      .arg(formatCount(double(plan.sparse->totalParams)), formatCount(double(plan.sparse->activeParams))));
    if (const Message *note = moeLossNote(plan))
        printLine(Cli::tr("Loss:           not predicted: %1").arg(data::messageText(*note)));
    if (plan.repetition)
        printRepetition(*plan.repetition);
    printLine(Cli::tr("Hardware:       %1 x %2 (%3)")
                  .arg(setup.cost.gpus)
                  .arg(QString::fromStdString(setup.gpuId), QString::fromStdString(setup.throughputModel)));
    // The 2020 calculator's two shapes, as its page prints them ("3 layers of 536 dimensions").
    if (plan.shapes.size() >= 2 && plan.shapes[0].role == ShapeRole::Calculator
        && plan.shapes[1].role == ShapeRole::CalculatorAlternative)
        printLine(Cli::tr("Shape:          Transformer-XL of %1 layers of %2 dimensions, or %3 layers of %4 (the 2020 calculator's)")
                      .arg(plan.shapes[0].layers)
                      .arg(plan.shapes[0].dModel)
                      .arg(plan.shapes[1].layers)
                      .arg(plan.shapes[1].dModel));
    printLine(Cli::tr("Time:           %1 GPU-hours, %2 h wall clock (%3 days)")
                  .arg(formatNumber(c.gpuHours), formatNumber(c.wallClockHours), formatNumber(c.wallClockDays, 3)));
    QString price = formatUsd(c.costUsd);
    if (!setup.offerId.empty())
        price += Cli::tr(" at %1 (%2)").arg(QString::fromStdString(setup.offerId), QString::fromStdString(setup.priceDate));
    printLine(Cli::tr("Cost:           %1").arg(price));
    printLine(Cli::tr("Energy:         %1 kWh (PUE %2)").arg(formatNumber(c.energyKwh), formatNumber(setup.cost.pue, 3)));
    if (c.co2Kg) {
        printLine(Cli::tr("CO2:            %1 kg at %2 g/kWh (%3)")
                      .arg(formatNumber(*c.co2Kg), formatNumber(*setup.cost.gridGramsPerKwh),
                           QString::fromStdString(setup.gridRegion)));
        if (const auto &e = plan.co2Equivalents)
            printLine(Cli::tr("                like %1 km by car, %2 London-New York flights, %3 tree seedlings grown a year")
                          .arg(formatNumber(e->carKm, 3), formatNumber(e->flightsLondonNewYork, 3),
                               formatNumber(e->treeSeedlingYears, 3)));
    }
    if (const auto &b = plan.batch) {
        printLine(Cli::tr("Batch:          %1 tokens a step: %2 steps (%3 x the least, %4 x the least tokens)")
                      .arg(formatCount(b->run.batchTokens), formatCount(b->run.steps), formatNumber(b->run.stepsFactor, 3),
                           formatNumber(b->run.tokensFactor, 3)));
        printLine((b->lossFromPlan ? Cli::tr("                critical batch %1 tokens at the plan's loss %2 (Kaplan et al. 2020)")
                                   : Cli::tr("                critical batch %1 tokens at loss %2, Kaplan's L(N, D) for this N and D "
                                             "(B_crit was fitted to Kaplan's WebText2 loss)"))
                      .arg(formatCount(b->run.criticalTokens), formatNumber(b->loss, 4)));
    }
    if (plan.memory) {
        QString verdict = plan.memory->fits ? Cli::tr("fits") : Cli::tr("DOES NOT FIT");
        if (!plan.memory->fits && plan.smallestFit)
            verdict += Cli::tr("; fits on %1 GPUs with ZeRO-%2").arg(plan.smallestFit->gpus).arg(plan.smallestFit->zeroStage);
        // In the vendor's GB (2^30 bytes, units.h), as `frontier gpus` lists the capacity.
        printLine(Cli::tr("Memory:         %1 GB per GPU of %2 GB usable: %3")
                      .arg(formatNumber(plan.memory->totalBytesPerGpu / units::kBytesPerGib, 3),
                           formatNumber(plan.memory->usableBytesPerGpu / units::kBytesPerGib, 3), verdict));
    }
    for (const auto &warning : plan.warnings)
        printWarning(warning);
}

} // namespace

int planCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addPlanOptions(parser);
    addSessionOption(parser);
    addCompareRunOption(parser);
    parseOrThrow(parser, arguments);
    ui::AppCatalogs catalogs = ui::AppCatalogs::fromResources();
    const PlanInputs inputs = planInputsFromOptions(parser, catalogs);
    // The command line checks every input against the plausible ranges (resources/limits.json).
    const PlannedInputs planned = planInputs(inputs, catalogs.law(inputs.lawId), catalogs.catalogs(), &catalogs.limits());
    json answer = planJson(planned.law, planRequest(inputs), planned.setup, planned.plan);
    // The plan beside a run people know (GPT-3 unless --compare-run names another).
    answer["compared_to_run"] = comparedToRunJson(parser, planned.plan.allocation.flops, planned.plan.cost.co2Kg);
    requireFiniteAnswer(answer);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(answer);
        for (const auto &warning : planned.plan.warnings)
            printWarning(warning);
    } else {
        printPlan(planned.law, planRequest(inputs), planned.setup, planned.plan);
        printLine(Cli::tr("Compared:       %1").arg(comparedToRunText(answer["compared_to_run"])));
    }
    return 0;
}

} // namespace frontier::cli
