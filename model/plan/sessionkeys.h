#pragma once
// Every key of a session file, spelled once: the reader (session.cpp) and the writer
// (sessionwrite.cpp) name them from here, so a key cannot be renamed in one and not the other.
// The file's layout is described in session.h.

namespace frontier::sessionkeys {

inline constexpr const char *kSchemaVersion = "schema_version";
inline constexpr const char *kRuns = "runs";
inline constexpr const char *kUserCatalogs = "user_catalogs";

namespace law {
inline constexpr const char *kSection = "law";
inline constexpr const char *kId = "id";
inline constexpr const char *kOverrides = "overrides";
}

namespace job {
inline constexpr const char *kSection = "job";
inline constexpr const char *kFixed = "fixed"; // written for older readers; "mode" wins when present
inline constexpr const char *kMode = "mode";
inline constexpr const char *kTargetLoss = "target_loss";
inline constexpr const char *kBudget = "budget";
inline constexpr const char *kUnit = "unit";
inline constexpr const char *kParams = "params";
inline constexpr const char *kTokens = "tokens";
// Optional: the unique tokens the run must repeat (null: no cap). Files before it plan without a cap.
inline constexpr const char *kUniqueTokens = "unique_tokens";
}

// Optional: a session saved before batches were planned has no such section and plans without one.
namespace batch {
inline constexpr const char *kSection = "batch";
inline constexpr const char *kTokens = "tokens";
}

// Optional: null or absent (a session saved before mixtures of experts) is a dense model, without a note.
namespace moe {
inline constexpr const char *kSection = "moe";
inline constexpr const char *kExperts = "experts";
inline constexpr const char *kTopK = "top_k";
}

namespace hardware {
inline constexpr const char *kSection = "hardware";
inline constexpr const char *kGpu = "gpu";
inline constexpr const char *kGpus = "gpus";
inline constexpr const char *kOffer = "offer";
inline constexpr const char *kUsdPerGpuHour = "usd_per_gpu_hour";
inline constexpr const char *kPricing = "pricing";
inline constexpr const char *kPrecision = "precision";
inline constexpr const char *kAmp = "amp";
inline constexpr const char *kMfu = "mfu";
inline constexpr const char *kPeakFlops = "peak_flops";
inline constexpr const char *kOverhead = "overhead";
}

namespace energy {
inline constexpr const char *kSection = "energy";
inline constexpr const char *kGpuWatts = "gpu_watts";
inline constexpr const char *kPowerFraction = "power_fraction";
inline constexpr const char *kPue = "pue";
inline constexpr const char *kRegion = "region";
inline constexpr const char *kGridDataset = "grid_dataset";
inline constexpr const char *kCountry = "country";
inline constexpr const char *kGridGPerKwh = "grid_g_per_kwh";
inline constexpr const char *kUsdPerKwh = "usd_per_kwh";
}

namespace memory {
inline constexpr const char *kSection = "memory";
inline constexpr const char *kZeroStage = "zero_stage";
inline constexpr const char *kMicroBatch = "micro_batch";
inline constexpr const char *kSeqLen = "seq_len";
inline constexpr const char *kRecompute = "recompute";
}

namespace chart {
inline constexpr const char *kSection = "chart";
inline constexpr const char *kLossXLog10 = "loss_x_log10";
inline constexpr const char *kLossYLog10 = "loss_y_log10";
inline constexpr const char *kAllocationYLog10 = "allocation_y_log10";
}

namespace compare {
inline constexpr const char *kSection = "compare";
inline constexpr const char *kProvider = "provider";
inline constexpr const char *kGpu = "gpu";
inline constexpr const char *kMaxUsdPerGpuHour = "max_usd_per_gpu_hour";
inline constexpr const char *kFitsOnly = "fits_only";
}

// Optional: the serving dock's settings; null or absent (sessions saved before it) read as its defaults.
namespace serving {
inline constexpr const char *kSection = "serving";
inline constexpr const char *kBits = "bits";
inline constexpr const char *kPruned = "pruned";
inline constexpr const char *kContext = "context";
inline constexpr const char *kBatch = "batch";
inline constexpr const char *kOffer = "offer";
inline constexpr const char *kPricing = "pricing";
inline constexpr const char *kLossPenalty = "loss_penalty";
}

// Optional: the inference dock's lifetime tokens, serving offer, serving cost model and objective;
// null or absent read as its defaults.
namespace inference {
inline constexpr const char *kSection = "inference";
inline constexpr const char *kLifetimeTokens = "lifetime_tokens";
inline constexpr const char *kServingOffer = "serving_offer";
inline constexpr const char *kServingModel = "serving_model";
inline constexpr const char *kObjective = "objective";
}

// Optional: the published run the readouts compare the plan with; absent reads as the default run.
inline constexpr const char *kComparedRun = "compared_run";

} // namespace frontier::sessionkeys
