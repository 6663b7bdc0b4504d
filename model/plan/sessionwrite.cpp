// Writing a session: every key in the schema's order (model/plan/session.h), exact numbers.
#include "model/plan/session.h"
#include "model/plan/sessionkeys.h"

namespace frontier {

namespace {

using nlohmann::ordered_json;

template <typename T> ordered_json orNull(const std::optional<T> &value)
{
    return value ? ordered_json(*value) : ordered_json(nullptr);
}

template <typename T, typename F> ordered_json nameOrNull(const std::optional<T> &value, F name)
{
    return value ? ordered_json(name(*value)) : ordered_json(nullptr);
}

ordered_json rangeJson(const std::optional<Log10Range> &r)
{
    return r ? ordered_json::array({r->min, r->max}) : ordered_json(nullptr);
}

ordered_json servingJson(const std::optional<ServingSettings> &serving)
{
    using namespace sessionkeys::serving;
    if (!serving)
        return nullptr;
    return {{kBits, serving->bitsPerWeight},
            {kPruned, serving->prunedFraction},
            {kContext, serving->contextTokens},
            {kBatch, serving->batch},
            {kOffer, serving->offer},
            {kPricing, pricingName(serving->pricing)},
            {kLossPenalty, orNull(serving->lossPenalty)}};
}

} // namespace

void to_json(ordered_json &out, const Session &s)
{
    using namespace sessionkeys;
    const PlanInputs &in = s.inputs;
    const PlanChoices &c = in.choices;
    ordered_json overrides = ordered_json::object();
    for (const auto &[name, value] : in.overrides)
        overrides[name] = value;
    out = ordered_json::object();
    out[kSchemaVersion] = kSessionSchemaVersion;
    out[law::kSection] = {{law::kId, in.lawId}, {law::kOverrides, overrides}};
    out[job::kSection] = {{job::kFixed, in.mode == PlanMode::FixedJob},
                  {job::kMode, planModeName(in.mode)},
                  {job::kBudget, in.budgetAmount},
                  {job::kUnit, budgetUnitName(in.budgetUnit)},
                  {job::kParams, in.params},
                  {job::kTokens, in.tokens},
                  {job::kTargetLoss, in.targetLoss},
                  {job::kUniqueTokens, orNull(in.uniqueTokens)}};
    out[hardware::kSection] = {{hardware::kGpu, c.gpu},
                       {hardware::kGpus, orNull(c.gpus)},
                       {hardware::kOffer, c.offer},
                       {hardware::kUsdPerGpuHour, orNull(c.usdPerGpuHour)},
                       {hardware::kPricing, pricingName(c.pricing)},
                       {hardware::kPrecision, nameOrNull(c.precision, precisionName)},
                       {hardware::kAmp, nameOrNull(c.amp, ampName)},
                       {hardware::kMfu, orNull(c.mfu)},
                       {hardware::kPeakFlops, orNull(c.peakFlops)},
                       {hardware::kOverhead, orNull(c.overhead)}};
    out[energy::kSection] = {{energy::kGpuWatts, orNull(c.gpuWatts)},
                     {energy::kPowerFraction, orNull(c.powerFraction)},
                     {energy::kPue, orNull(c.pue)},
                     {energy::kRegion, c.region},
                     {energy::kGridDataset, c.gridDataset},
                     {energy::kCountry, c.country},
                     {energy::kGridGPerKwh, orNull(c.gridGramsPerKwh)},
                     {energy::kUsdPerKwh, orNull(c.usdPerKwh)}};
    out[memory::kSection] = {{memory::kZeroStage, orNull(c.zeroStage)},
                     {memory::kMicroBatch, orNull(c.microBatch)},
                     {memory::kSeqLen, orNull(c.sequenceLength)},
                     {memory::kRecompute, nameOrNull(c.recompute, recomputeName)}};
    out[batch::kSection] = {{batch::kTokens, orNull(in.batchTokens)}};
    out[moe::kSection] = in.moe ? ordered_json{{moe::kExperts, in.moe->experts}, {moe::kTopK, in.moe->topK}} : ordered_json(nullptr);
    out[chart::kSection] = {{chart::kLossXLog10, rangeJson(s.chart.lossX)},
                    {chart::kLossYLog10, rangeJson(s.chart.lossY)},
                    {chart::kAllocationYLog10, rangeJson(s.chart.allocationY)}};
    out[compare::kSection] = {{compare::kProvider, s.compare.provider},
                      {compare::kGpu, s.compare.gpu},
                      {compare::kMaxUsdPerGpuHour, orNull(s.compare.maxUsdPerGpuHour)},
                      {compare::kFitsOnly, s.compare.fitsOnly}};
    out[kRuns] = s.runsPath;
    out[kUserCatalogs] = s.userCatalogPaths;
    out[serving::kSection] = servingJson(s.serving);
    const InferenceSettings &i = s.inference;
    out[inference::kSection] = {
        {inference::kLifetimeTokens, orNull(i.lifetimeTokens)},
        {inference::kServingOffer, i.servingOffer},
        {inference::kServingModel, nameOrNull(i.servingModel, servingCostModelName)},
        {inference::kObjective, nameOrNull(i.objective, lifetimeObjectiveName)}};
    out[kComparedRun] = s.comparedRun;
}

std::string sessionJson(const Session &session)
{
    // nlohmann writes a double as the shortest text that reads back as the same double (Grisu2
    // with a round-trip check, locale-free: the role formatExact plays elsewhere), and reads with
    // the C locale's decimal point swapped in, so the file is the same in a comma locale.
    return ordered_json(session).dump(2) + "\n";
}

} // namespace frontier
