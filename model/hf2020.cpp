#include "model/hf2020.h"

#include "model/errors.h"

// STUB — to be replaced by the implementation of the study's procedure.
namespace frontier {

std::vector<Hf2020Run> parseHf2020Runs(std::string_view, const Hf2020DataSpec &)
{
    throw InputError("hf2020: not implemented yet");
}

Hf2020Frontier fitHf2020Frontier(const std::vector<Hf2020Run> &)
{
    throw InputError("hf2020: not implemented yet");
}

Hf2020Law Hf2020Law::fromConstants(const ConstantSet &, std::vector<Hf2020Run>, const Hf2020DataSpec &)
{
    throw InputError("hf2020: not implemented yet");
}

double Hf2020Law::lossOfCompute(double) const { throw InputError("hf2020: not implemented yet"); }
double Hf2020Law::minimumFlops() const { throw InputError("hf2020: not implemented yet"); }
Allocation Hf2020Law::optimumForFlops(double) const { throw InputError("hf2020: not implemented yet"); }
Allocation Hf2020Law::optimumForParams(double) const { throw InputError("hf2020: not implemented yet"); }
std::vector<LearningCurve> Hf2020Law::learningCurves() const { return {}; }

} // namespace frontier
