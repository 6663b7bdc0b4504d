#pragma once
// A session: everything the user set up, as a JSON file they can keep, share and reopen — the plan's
// inputs, how the charts were zoomed, the comparison's filters, and the user's own files by path.
//
//   text --parseSession()--> Session (refused whole, or loaded with notes) --sessionJson()--> text
//
// Loading is tolerant where a guess is safe and strict where it is not: a missing key takes its
// default and an unknown key is ignored, each with a note; a wrong type, a non-finite or implausible
// number (resources/limits.json), an unknown law, constant, GPU, offer, region, country or enum
// spelling, or a schema newer than this program is refused with an InputError naming the key (and the id,
// with close matches). Writing is stable (fixed key order) and exact: every number reads back as the same
// double.
//
// Schema 1:
//   { "schema_version": 1,
//     "law":      { "id": "hoffmann2022", "overrides": { "E": 1.7 } },
//     "job":      { "fixed": false, "mode": "budget", "budget": 20000, "unit": "usd", "params": 7e10,
//                   "tokens": 1.4e12, "target_loss": 2 },
//                 (mode: budget, fixed_job or target_loss; a file without it is read by "fixed")
//     "hardware": { "gpu", "gpus", "offer", "usd_per_gpu_hour", "pricing", "precision", "amp", "mfu",
//                   "peak_flops", "overhead" },
//     "energy":   { "gpu_watts", "power_fraction", "pue", "region", "grid_dataset", "country",
//                   "grid_g_per_kwh", "usd_per_kwh" },
//     "memory":   { "zero_stage", "micro_batch", "seq_len", "recompute" },
//     "batch":    { "tokens" }  (null: no batch; absent in sessions saved before it, read as null)
//     "chart":    { "loss_x_log10": [min, max], "loss_y_log10": [...], "allocation_y_log10": [...] },
//     "compare":  { "provider", "gpu", "max_usd_per_gpu_hour", "fits_only" },
//     "runs": "path/to/runs.csv", "user_catalogs": ["path", ...],
//     "serving":  { "bits", "pruned", "context", "batch", "offer", "pricing", "loss_penalty" },
//                 (the serving dock; null or absent, as in sessions saved before it: serving.json's defaults)
//     "inference": { "lifetime_tokens", "serving_offer", "serving_model", "objective" },
//                 (the inference dock; null or absent: its defaults; serving_model "decode" or
//                 "sardana-mfu", objective "flops", "usd", "kwh" or "co2")
//     "compared_run": "gpt3-175b" } (the readouts' published run; "" or absent: the default run)
// The docks' settings are the views' own: absent, they are read quietly as the defaults (no note).
// An optional value the user did not set is null; an id the user did not choose is "".
//
// Fitted laws are not stored: a fit is remade from its runs ("runs"), so a session names a law the
// catalogue it is loaded against knows (the window's includes the laws fitted since it started).

#include "model/core/limits.h"
#include "model/core/message.h"
#include "model/inference/lifetimecost.h"
#include "model/plan/planinputs.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontier {

class KnownRunCatalog;

// The newest schema this program reads and the one it writes.
inline constexpr int kSessionSchemaVersion = 1;

// A visible span of a logarithmic axis, as log10 of its ends.
struct Log10Range
{
    double min = 0;
    double max = 0;
    bool operator==(const Log10Range &) const = default;
};

// How the charts were zoomed; absent = fitted to the plan.
struct ChartView
{
    std::optional<Log10Range> lossX;       // FLOPs
    std::optional<Log10Range> lossY;       // loss
    std::optional<Log10Range> allocationY; // parameters and tokens
    bool operator==(const ChartView &) const = default;
};

// What the comparison of offers shows; empty / absent = no filter.
struct ComparisonFilter
{
    std::string provider;
    std::string gpu;
    std::optional<double> maxUsdPerGpuHour;
    bool fitsOnly = false;
    bool operator==(const ComparisonFilter &) const = default;
};

// The serving dock's settings (issue 18 §1), as plain values: a session keeps what the dock shows, the
// window turns it into a serving request. Bits, context and batch have no default here: a session
// without this section takes resources/serve/serving.json's.
struct ServingSettings
{
    double bitsPerWeight = 0;
    double prunedFraction = 0;
    double contextTokens = 0;
    double batch = 0;
    std::string offer; // "" = the plan's own offer
    Pricing pricing = Pricing::OnDemand;
    std::optional<double> lossPenalty; // nats per token the user adds; absent = none
    bool operator==(const ServingSettings &) const = default;
};

// The inference dock's settings (issue 18 §2); each absent or empty = the dock's default.
struct InferenceSettings
{
    std::optional<double> lifetimeTokens;          // the tokens the model serves over its life
    std::string servingOffer;                      // "" = the plan's own offer
    std::optional<ServingCostModel> servingModel;  // what prices a served token
    std::optional<LifetimeObjective> objective;    // what is minimised
    bool operator==(const InferenceSettings &) const = default;
};

// The highest serving settings a session may hold (resources/serve/serving.json "limits").
struct ServingSettingLimits
{
    double maxBits = 0, maxContext = 0, maxBatch = 0, maxLossPenalty = 0;
};

struct Session
{
    PlanInputs inputs = PlanInputs::defaults();
    ChartView chart;
    ComparisonFilter compare;
    std::string runsPath;                      // the user's runs CSV, "" when none
    std::vector<std::string> userCatalogPaths; // the user's own offers / accelerators files
    // The docks' own settings, not the plan's: absent = each dock's default.
    std::optional<ServingSettings> serving;
    InferenceSettings inference;
    std::string comparedRun;                       // the readouts' published run, "" = the default one
    bool operator==(const Session &) const = default;
};

// What parseSession checks ids and numbers against.
struct SessionCatalogs
{
    // Every law id a session may name (the published ones, and any fitted since start).
    std::function<const Law *(std::string_view id)> findLaw;
    std::vector<std::string> lawIds; // for "did you mean"
    Catalogs catalogs;               // references to the catalogues
    const InputLimits &limits;
    // Checked when given (the window's and the command line's are): the serving settings' ranges and
    // the published runs a session may compare with. Absent: their types and definitions only.
    std::optional<ServingSettingLimits> servingLimits = std::nullopt;
    const KnownRunCatalog *runs = nullptr;
};

// Reads a session. Throws InputError (codes "session.*", "input.out_of_range") naming the key, or
// the id and its close matches; appends to `notes` one message per missing or unknown key.
Session parseSession(std::string_view json, const SessionCatalogs &catalogs, std::vector<Message> &notes);

// The session as JSON text, keys in the schema's order, 2-space indent, ending in a newline.
std::string sessionJson(const Session &session);

// nlohmann conversions (the same schema; from_json checks types and ranges of its own but no ids).
void to_json(nlohmann::ordered_json &json, const Session &session);
void from_json(const nlohmann::json &json, Session &session);

} // namespace frontier
