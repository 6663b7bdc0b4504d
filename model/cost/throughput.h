#pragma once
// How many useful FLOPs a GPU delivers per second, one of two ways:
//  - peak × MFU: the chip's dense peak at the training precision times the model FLOPs utilisation,
//    constant whatever the model;
//  - the Hugging Face 2020 speed model (cost/hf2020throughput.h): the speed of the Transformer-XL
//    that is compute-optimal for the budget, on one of the study's four GPUs.
// The cost model only asks for seconds and their inverse; which way is chosen is the planner's.

#include "model/cost/hf2020throughput.h"

#include <optional>
#include <string>
#include <variant>

namespace frontier {

struct PeakTimesMfu
{
    double peakFlopsPerGpu = 0; // FLOP/s at the training precision
    double mfu = 0;             // model FLOPs utilisation, (0, 1]
};

class Throughput
{
public:
    Throughput() = default; // peak × MFU with zeros: validate() says what is missing
    explicit Throughput(PeakTimesMfu peak) : m_model(peak) {}
    explicit Throughput(Hf2020Throughput speed) : m_model(std::move(speed)) {}

    // One GPU's seconds for `flops` useful FLOPs, and the FLOPs `seconds` buy.
    double gpuSecondsForFlops(double flops) const;
    double flopsForGpuSeconds(double seconds) const;

    // Throws InputError naming the bad input (MFU outside (0, 1], no peak).
    void validate() const;

    // "peak-mfu" or "hf2020-speed", for output.
    std::string name() const;
    const PeakTimesMfu *peakTimesMfu() const { return std::get_if<PeakTimesMfu>(&m_model); }
    const Hf2020Throughput *hf2020() const { return std::get_if<Hf2020Throughput>(&m_model); }

private:
    std::variant<PeakTimesMfu, Hf2020Throughput> m_model;
};

} // namespace frontier
