#include "model/cost/costmodel.h"

#include "model/cost/energy.h"
#include "model/core/errors.h"
#include "model/core/enumnames.h"
#include "model/core/numbers.h"
#include "model/core/units.h"

#include <cmath>

namespace frontier {

namespace {

constexpr double kSecondsPerHour = 3600;
constexpr double kHoursPerDay = 24;
constexpr double kGramsPerKilogram = 1000;
// More FLOPs than this is not a budget but a typo: ~1e10 times the largest runs of 2025.
constexpr double kAbsurdFlops = 1e36;

double kwhPerGpuHour(const CostInputs &in)
{
    return energyKwh({.gpuHours = 1, .watts = in.gpuWatts, .powerFraction = in.powerFraction, .pue = in.pue});
}

constexpr EnumNames<BudgetUnit, 8> kUnitNames{{{
    {BudgetUnit::Usd, "usd"},
    {BudgetUnit::GpuHours, "gpu-hours"},
    {BudgetUnit::Hours, "hours"},
    {BudgetUnit::Days, "days"},
    {BudgetUnit::Flops, "flops"},
    {BudgetUnit::PfDays, "pfdays"},
    {BudgetUnit::Kwh, "kwh"},
    {BudgetUnit::KgCo2, "kgco2"},
}}};

} // namespace

BudgetUnit parseBudgetUnit(std::string_view text)
{
    return kUnitNames.parse(text, "budget unit");
}

std::string budgetUnitName(BudgetUnit unit)
{
    return kUnitNames.name(unit);
}

double gpuHoursForFlops(double flops, const CostInputs &in)
{
    return in.throughput.gpuSecondsForFlops(flops) * in.overhead / kSecondsPerHour;
}

double flopsForGpuHours(double gpuHours, const CostInputs &in)
{
    const double seconds = gpuHours * kSecondsPerHour / in.overhead;
    return in.throughput.flopsForGpuSeconds(seconds);
}

namespace {

// The physical checks above say what is impossible; these say what is implausible enough to be a
// typo, and keep every product downstream (cost, kWh, CO2) finite.
void checkLimits(const CostInputs &in, const InputLimits &limits)
{
    if (const auto *peak = in.throughput.peakTimesMfu())
        limits.check("peak_flops", peak->peakFlopsPerGpu, quantity("what", "peak FLOP/s per GPU"));
    limits.check("gpus", in.gpus, quantity("what", "number of GPUs"));
    limits.check("overhead", in.overhead, quantity("what", "overhead factor"));
    if (in.usdPerGpuHour)
        limits.check("usd_per_gpu_hour", *in.usdPerGpuHour, quantity("what", "price per GPU-hour"));
    limits.check("gpu_watts", in.gpuWatts, quantity("what", "GPU power (W)"));
    limits.check("pue", in.pue, quantity("what", "PUE"));
    if (in.gridGramsPerKwh)
        limits.check("grid_g_per_kwh", *in.gridGramsPerKwh, quantity("what", "grid carbon intensity"));
    if (in.usdPerKwh)
        limits.check("usd_per_kwh", *in.usdPerKwh, quantity("what", "electricity price"));
}

} // namespace

void CostInputs::validate() const
{
    throughput.validate();
    if (gpus < 1)
        throw InputError(message("memory.gpus_below_one", "the number of GPUs must be at least 1, got {value}",
                                 {{"value", std::to_string(gpus)}})); // an int: no locale
    requirePositive(overhead, "overhead factor");
    if (overhead < 1)
        throw InputError(message("cost.overhead_below_one", "the overhead factor must be at least 1, got {value}",
                                 {{"value", formatNumber(overhead)}}));
    if (usdPerGpuHour)
        requireNonNegative(*usdPerGpuHour, "price per GPU-hour");
    requirePositive(gpuWatts, "GPU power (W)");
    requirePositive(powerFraction, "power fraction");
    if (powerFraction > 1)
        throw InputError(message("energy.power_fraction_above_one", "power fraction must be at most 1"));
    requirePositive(pue, "PUE");
    if (pue < 1)
        throw InputError(message("energy.pue_below_one", "PUE must be at least 1"));
    if (gridGramsPerKwh)
        requireNonNegative(*gridGramsPerKwh, "grid carbon intensity");
    if (usdPerKwh)
        requireNonNegative(*usdPerKwh, "electricity price");
    if (limits)
        checkLimits(*this, *limits);
}

namespace {

// Everything but FLOPs is linear in the billed GPU-hours (see the header).
CostReport costOfGpuHours(double gpuHours, double flops, const CostInputs &in)
{
    CostReport r;
    r.flops = flops;
    r.pfDays = units::flopsToPfDays(flops);
    r.gpuHours = gpuHours;
    r.wallClockHours = gpuHours / in.gpus;
    r.wallClockDays = r.wallClockHours / kHoursPerDay;
    if (in.usdPerGpuHour)
        r.costUsd = gpuHours * *in.usdPerGpuHour;
    r.energyKwh = energyKwh({.gpuHours = gpuHours, .watts = in.gpuWatts, .powerFraction = in.powerFraction,
                             .pue = in.pue});
    if (in.gridGramsPerKwh)
        r.co2Kg = co2Kg(r.energyKwh, *in.gridGramsPerKwh);
    if (in.usdPerKwh)
        r.electricityUsd = r.energyKwh * *in.usdPerKwh;
    return r;
}

bool countsFlops(BudgetUnit unit)
{
    return unit == BudgetUnit::Flops || unit == BudgetUnit::PfDays;
}

// The GPU-hours a budget of time, money, energy or CO2 pays for (not of FLOPs: those need the
// throughput). The inputs are valid and the amount positive.
double gpuHoursOfBudget(double amount, BudgetUnit unit, const CostInputs &in)
{
    switch (unit) {
    case BudgetUnit::GpuHours:
        return amount;
    case BudgetUnit::Hours:
        return amount * in.gpus;
    case BudgetUnit::Days:
        return amount * kHoursPerDay * in.gpus;
    case BudgetUnit::Usd:
        if (!in.usdPerGpuHour || *in.usdPerGpuHour <= 0)
            throw InputError(message("cost.usd_budget_needs_price",
                                     "a budget in dollars needs a price per GPU-hour (an offer or a typed price)"));
        return amount / *in.usdPerGpuHour;
    case BudgetUnit::Kwh:
        return amount / kwhPerGpuHour(in);
    case BudgetUnit::KgCo2:
        if (!in.gridGramsPerKwh || *in.gridGramsPerKwh <= 0)
            throw InputError(message("cost.co2_budget_needs_grid",
                                     "a budget in kg CO2 needs a grid carbon intensity (a region, a country or g/kWh)"));
        return amount * kGramsPerKilogram / *in.gridGramsPerKwh / kwhPerGpuHour(in);
    case BudgetUnit::Flops:
    case BudgetUnit::PfDays:
        break;
    }
    return 0;
}

} // namespace

CostReport costOfFlops(double flops, const CostInputs &in)
{
    in.validate();
    requirePositive(flops, "training compute");
    return costOfGpuHours(gpuHoursForFlops(flops, in), flops, in);
}

double flopsForBudget(double amount, BudgetUnit unit, const CostInputs &in)
{
    in.validate();
    const std::string unitName = budgetUnitName(unit);
    requirePositive(amount, "budget in " + unitName);
    if (countsFlops(unit)) {
        const double flops = unit == BudgetUnit::Flops ? amount : units::pfDaysToFlops(amount);
        if (!(flops <= kAbsurdFlops))
            throw InputError(message("cost.budget_absurd", "budget in {unit} is absurd: more than 1e36 FLOPs",
                                     {{"unit", unitName}}));
        return flops;
    }
    const double flops = flopsForGpuHours(gpuHoursOfBudget(amount, unit, in), in);
    if (!(flops <= kAbsurdFlops))
        throw InputError(message("cost.budget_buys_absurd", "budget in {unit} is absurd: it buys more than 1e36 FLOPs",
                                 {{"unit", unitName}}));
    return flops;
}

CostReport costOfBudget(double amount, BudgetUnit unit, const CostInputs &in)
{
    const double flops = flopsForBudget(amount, unit, in); // validates, and refuses a bad amount
    CostReport r = countsFlops(unit) ? costOfGpuHours(gpuHoursForFlops(flops, in), flops, in)
                                     : costOfGpuHours(gpuHoursOfBudget(amount, unit, in), flops, in);
    // The budget reads back as typed in its own unit (and a day budget as 24 times it in hours):
    // dividing what was multiplied is off by a last digit as often as not.
    switch (unit) {
    case BudgetUnit::Usd:
        r.costUsd = amount;
        break;
    case BudgetUnit::GpuHours:
        r.gpuHours = amount;
        break;
    case BudgetUnit::Hours:
        r.wallClockHours = amount;
        r.wallClockDays = amount / kHoursPerDay;
        break;
    case BudgetUnit::Days:
        r.wallClockDays = amount;
        r.wallClockHours = amount * kHoursPerDay;
        break;
    case BudgetUnit::Flops:
        r.flops = amount;
        break;
    case BudgetUnit::PfDays:
        r.pfDays = amount;
        break;
    case BudgetUnit::Kwh:
        r.energyKwh = amount;
        if (in.gridGramsPerKwh)
            r.co2Kg = co2Kg(amount, *in.gridGramsPerKwh);
        if (in.usdPerKwh)
            r.electricityUsd = amount * *in.usdPerKwh;
        break;
    case BudgetUnit::KgCo2:
        r.co2Kg = amount;
        break;
    }
    return r;
}

double budgetInUnit(const CostReport &r, BudgetUnit unit)
{
    switch (unit) {
    case BudgetUnit::Flops: return r.flops;
    case BudgetUnit::PfDays: return r.pfDays;
    case BudgetUnit::GpuHours: return r.gpuHours;
    case BudgetUnit::Hours: return r.wallClockHours;
    case BudgetUnit::Days: return r.wallClockDays;
    case BudgetUnit::Usd:
        if (!r.costUsd)
            throw InputError(message("cost.no_price", "no price per GPU-hour: the cost in dollars is unknown"));
        return *r.costUsd;
    case BudgetUnit::Kwh: return r.energyKwh;
    case BudgetUnit::KgCo2:
        if (!r.co2Kg)
            throw InputError(message("cost.no_grid", "no grid carbon intensity: the CO2 is unknown"));
        return *r.co2Kg;
    }
    return 0;
}

} // namespace frontier
