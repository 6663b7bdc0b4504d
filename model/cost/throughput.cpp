#include "model/cost/throughput.h"

#include "model/core/errors.h"
#include "model/core/numbers.h"

namespace frontier {

double Throughput::gpuSecondsForFlops(double flops) const
{
    if (const auto *speed = hf2020())
        return speed->secondsForFlops(flops);
    const auto &peak = std::get<PeakTimesMfu>(m_model);
    return flops / (peak.peakFlopsPerGpu * peak.mfu);
}

double Throughput::flopsForGpuSeconds(double seconds) const
{
    if (const auto *speed = hf2020())
        return speed->flopsForSeconds(seconds);
    const auto &peak = std::get<PeakTimesMfu>(m_model);
    return seconds * peak.peakFlopsPerGpu * peak.mfu;
}

void Throughput::validate() const
{
    const auto *peak = peakTimesMfu();
    if (!peak)
        return; // the speed model's inputs are checked where it is built and used
    requirePositive(peak->peakFlopsPerGpu, "peak FLOP/s per GPU");
    requirePositive(peak->mfu, "MFU");
    if (peak->mfu > 1)
        throw InputError(message("cost.mfu_above_one", "MFU must be in (0, 1], got {value}",
                                 {{"value", formatNumber(peak->mfu)}}));
}

std::string Throughput::name() const
{
    return hf2020() ? "hf2020-speed" : "peak-mfu";
}

} // namespace frontier
