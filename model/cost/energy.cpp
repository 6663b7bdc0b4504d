#include "model/cost/energy.h"

#include "model/core/errors.h"

namespace frontier {

namespace {
constexpr double kWattsPerKilowatt = 1000;
constexpr double kGramsPerKilogram = 1000;
}

double energyKwh(const EnergyInputs &in)
{
    requireFinite(in.gpuHours, "GPU-hours");
    if (in.gpuHours < 0)
        throw InputError(message("energy.negative_hours", "GPU-hours must not be negative"));
    requirePositive(in.watts, "GPU power (W)");
    requirePositive(in.powerFraction, "power fraction");
    if (in.powerFraction > 1)
        throw InputError(message("energy.power_fraction_above_one", "power fraction must be at most 1"));
    requirePositive(in.pue, "PUE");
    if (in.pue < 1)
        throw InputError(message("energy.pue_below_one", "PUE must be at least 1"));
    return in.gpuHours * in.watts * in.powerFraction * in.pue / kWattsPerKilowatt;
}

double co2Kg(double kwh, double gramsPerKwh)
{
    requireFinite(kwh, "energy (kWh)");
    requireFinite(gramsPerKwh, "grid carbon intensity (g/kWh)");
    if (kwh < 0 || gramsPerKwh < 0)
        throw InputError(message("energy.negative", "energy and grid carbon intensity must not be negative"));
    return kwh * gramsPerKwh / kGramsPerKilogram;
}

} // namespace frontier
