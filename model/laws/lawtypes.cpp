#include "model/laws/lawtypes.h"

namespace frontier {

std::string capabilityName(Capability capability)
{
    switch (capability) {
    case Capability::LossOfParams: return "L(N)";
    case Capability::LossOfTokens: return "L(D)";
    case Capability::LossOfParamsTokens: return "L(N,D)";
    case Capability::LossOfRepeatedData: return "L(N,D,U)";
    case Capability::LossOfParamsSteps: return "L(N,S_min)";
    case Capability::LossOfCompute: return "L(C)";
    case Capability::Optimum: return "optimum";
    case Capability::CriticalBatch: return "B_crit(L)";
    case Capability::LearningCurves: return "learning curves";
    }
    return "?";
}

} // namespace frontier
