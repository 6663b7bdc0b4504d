#pragma once
// From FLOPs to what a run costs, and back. A training run of C FLOPs takes the GPU-seconds its
// throughput (cost/throughput.h: peak × MFU, or a measured speed model) says; the overhead factor
// adds restarts and evaluation. Everything else is linear in the billed GPU-hours:
//   wall-clock hours = GPU-hours / GPUs
//   dollars          = GPU-hours × price per GPU-hour
//   kWh              = GPU-hours × watts × power fraction × PUE / 1000
//   kg CO2           = kWh × grid g/kWh / 1000
// so a budget in any of these units converts to FLOPs exactly, and back.

#include "model/core/limits.h"
#include "model/cost/throughput.h"

#include <optional>
#include <string>
#include <string_view>

namespace frontier {

enum class BudgetUnit { Usd, GpuHours, Hours, Days, Flops, PfDays, Kwh, KgCo2 };

// "usd", "gpu-hours", "hours", "days", "flops", "pfdays", "kwh", "kgco2"; throws InputError.
BudgetUnit parseBudgetUnit(std::string_view text);
std::string budgetUnitName(BudgetUnit unit);

struct CostInputs
{
    Throughput throughput;           // useful FLOP/s of one GPU
    int gpus = 1;
    double overhead = 1;             // >= 1: wall-clock and GPU-hours spent beyond the useful FLOPs
    std::optional<double> usdPerGpuHour;
    double gpuWatts = 0;             // per GPU
    double powerFraction = 1;        // average draw / watts, (0, 1]
    double pue = 1;                  // >= 1
    std::optional<double> gridGramsPerKwh;
    std::optional<double> usdPerKwh; // on-premise electricity bill, optional
    // Plausible ranges (resources/limits.json): validate() refuses values outside them when set.
    const InputLimits *limits = nullptr;

    // Throws InputError naming the first bad input (zero GPUs, MFU outside (0, 1], negative price...).
    void validate() const;
};

struct CostReport
{
    double flops = 0;
    double pfDays = 0;
    double gpuHours = 0;
    double wallClockHours = 0;
    double wallClockDays = 0;
    std::optional<double> costUsd;        // absent without a price
    double energyKwh = 0;
    std::optional<double> co2Kg;          // absent without a grid intensity
    std::optional<double> electricityUsd; // absent without an electricity price
};

// Billed GPU-hours for `flops`, and the FLOPs that `gpuHours` buy: the one place throughput enters.
double gpuHoursForFlops(double flops, const CostInputs &inputs);
double flopsForGpuHours(double gpuHours, const CostInputs &inputs);

// The cost of a run of `flops` training FLOPs.
CostReport costOfFlops(double flops, const CostInputs &inputs);

// The FLOPs a budget of `amount` in `unit` buys. Throws InputError for a non-positive or absurd
// amount, or a unit that needs an input the plan lacks (dollars without a price, kg CO2 without
// a grid intensity).
double flopsForBudget(double amount, BudgetUnit unit, const CostInputs &inputs);

// The cost of spending a budget of `amount` in `unit`: what costOfFlops says of the FLOPs it buys,
// except that the budget's own unit reads `amount` exactly (a $20,000 budget costs 20000, not
// 20000.000000000004 from dollars -> GPU-hours -> FLOPs -> GPU-hours -> dollars), and the other
// figures are worked out from the budget's GPU-hours rather than back from its FLOPs. Throws as
// flopsForBudget does.
CostReport costOfBudget(double amount, BudgetUnit unit, const CostInputs &inputs);

// The value of `unit` in a report: the way back.
double budgetInUnit(const CostReport &report, BudgetUnit unit);

} // namespace frontier
