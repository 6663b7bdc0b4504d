#pragma once
// Energy and carbon of a run, the plain way the ML CO2 Impact calculator computes them
// (Lacoste et al. 2019): kWh = W x h / 1000 (x power fraction x PUE), kg CO2 = kWh x g/kWh / 1000.

namespace frontier {

struct EnergyInputs
{
    double gpuHours = 0;
    double watts = 0;          // per GPU
    double powerFraction = 1;  // average draw as a fraction of `watts`
    double pue = 1;            // data-centre power usage effectiveness
};

// Throws InputError for a negative or non-finite input, or a fraction outside (0, 1].
double energyKwh(const EnergyInputs &inputs);
double co2Kg(double energyKwh, double gramsPerKwh);

} // namespace frontier
