// Writing a session: every key in the schema's order (model/plan/session.h), exact numbers.
#include "model/plan/session.h"

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

} // namespace

void to_json(ordered_json &out, const Session &s)
{
    const PlanInputs &in = s.inputs;
    const PlanChoices &c = in.choices;
    ordered_json overrides = ordered_json::object();
    for (const auto &[name, value] : in.overrides)
        overrides[name] = value;
    out = ordered_json::object();
    out["schema_version"] = kSessionSchemaVersion;
    out["law"] = {{"id", in.lawId}, {"overrides", overrides}};
    out["job"] = {{"fixed", in.fixedJob},
                  {"budget", in.budgetAmount},
                  {"unit", budgetUnitName(in.budgetUnit)},
                  {"params", in.params},
                  {"tokens", in.tokens}};
    out["hardware"] = {{"gpu", c.gpu},
                       {"gpus", orNull(c.gpus)},
                       {"offer", c.offer},
                       {"usd_per_gpu_hour", orNull(c.usdPerGpuHour)},
                       {"pricing", pricingName(c.pricing)},
                       {"precision", nameOrNull(c.precision, precisionName)},
                       {"amp", nameOrNull(c.amp, ampName)},
                       {"mfu", orNull(c.mfu)},
                       {"peak_flops", orNull(c.peakFlops)},
                       {"overhead", orNull(c.overhead)}};
    out["energy"] = {{"gpu_watts", orNull(c.gpuWatts)},
                     {"power_fraction", orNull(c.powerFraction)},
                     {"pue", orNull(c.pue)},
                     {"region", c.region},
                     {"grid_dataset", c.gridDataset},
                     {"country", c.country},
                     {"grid_g_per_kwh", orNull(c.gridGramsPerKwh)},
                     {"usd_per_kwh", orNull(c.usdPerKwh)}};
    out["memory"] = {{"zero_stage", orNull(c.zeroStage)},
                     {"micro_batch", orNull(c.microBatch)},
                     {"seq_len", orNull(c.sequenceLength)},
                     {"recompute", nameOrNull(c.recompute, recomputeName)}};
    out["chart"] = {{"loss_x_log10", rangeJson(s.chart.lossX)},
                    {"loss_y_log10", rangeJson(s.chart.lossY)},
                    {"allocation_y_log10", rangeJson(s.chart.allocationY)}};
    out["compare"] = {{"provider", s.compare.provider},
                      {"gpu", s.compare.gpu},
                      {"max_usd_per_gpu_hour", orNull(s.compare.maxUsdPerGpuHour)},
                      {"fits_only", s.compare.fitsOnly}};
    out["runs"] = s.runsPath;
    out["user_catalogs"] = s.userCatalogPaths;
}

std::string sessionJson(const Session &session)
{
    // nlohmann writes a double as the shortest text that reads back as the same double (Grisu2
    // with a round-trip check, locale-free: the role formatExact plays elsewhere), and reads with
    // the C locale's decimal point swapped in, so the file is the same in a comma locale.
    return ordered_json(session).dump(2) + "\n";
}

} // namespace frontier
