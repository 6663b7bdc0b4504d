#pragma once
// Units Frontier speaks internally: parameters, tokens and FLOPs as plain counts, loss in nats per
// token. These are definitions, not measurements, so they live here rather than in resources/.

namespace frontier::units {

// 1 PF-day = 1e15 FLOP/s for 24 h (Kaplan et al. 2020, Section 1.3).
inline constexpr double kSecondsPerDay = 24.0 * 3600.0;
inline constexpr double kFlopsPerPfDay = 1e15 * kSecondsPerDay;

// Training FLOPs per parameter per token: forward (2) + backward (4), C = 6·N·D (Kaplan 2020, §2.1).
inline constexpr double kFlopsPerParamToken = 6.0;

// Accelerator memory is sold in binary gigabytes: a "80 GB" HBM part holds 80 GiB (see
// resources/hardware/accelerators.json, units.memory_gib, for the evidence). Every memory figure
// Frontier shows (needed, usable, capacity) is in this unit and written "GB", as the vendors write
// it, so that an H100 reads 80 GB in the readouts, the warnings and `frontier gpus` alike.
inline constexpr double kBytesPerGib = 1024.0 * 1024.0 * 1024.0;

inline constexpr double pfDaysToFlops(double pfDays) { return pfDays * kFlopsPerPfDay; }
inline constexpr double flopsToPfDays(double flops) { return flops / kFlopsPerPfDay; }
inline constexpr double trainingFlops(double params, double tokens)
{
    return kFlopsPerParamToken * params * tokens;
}

} // namespace frontier::units
