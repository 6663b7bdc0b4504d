#include "model/fit.h"

#include "model/errors.h"

// STUB — to be replaced by the implementation of both fitting methods.
namespace frontier {

std::vector<Observation> parseObservationsCsv(std::string_view, std::string_view)
{
    throw InputError("fit: not implemented yet");
}
std::vector<Observation> excludeHighestLoss(std::vector<Observation> o, int) { return o; }
FitMethod parseFitMethod(std::string_view) { return FitMethod::Hoffmann; }
std::string fitMethodName(FitMethod) { return "hoffmann"; }
FitProcedure FitProcedure::fromJson(std::string_view) { return {}; }
std::size_t FitProcedure::startCount() const { return 0; }
FitResult fitParametricLaw(const std::vector<Observation> &, const FitProcedure &, const FitOptions &)
{
    throw InputError("fit: not implemented yet");
}

} // namespace frontier
