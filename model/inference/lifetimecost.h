#pragma once
// From FLOPs to money, energy and CO2 over a model's life (Sardana et al. 2024, Section 3): training
// FLOPs are billed at the plan's training setup (its price per GPU-hour, peak × MFU), serving FLOPs at
// a serving setup whose MFU is the request's average over its two phases: the prompt's tokens are
// processed in parallel (prefill, near training's MFU), the answer's one at a time (decode, a few %).
// Both sides go through the cost model the plans use (cost/costmodel.h), so a serving offer is
// priced exactly as a training offer is.
//
//   ServingAssumptions (resources/inference/sardana2024.json) --servingMfu()--> MFU of the serving setup
//   CostInputs (training), CostInputs (serving) --usdRates()/kwhRates()/co2Rates()--> LifetimeRates
//
// The serving side has a second price: model/serve's decode model (the serving dock's), which knows
// the serving GPU's memory bandwidth, the bits per weight, the context and the batch. Its cost of a
// million tokens at the reference model's size becomes a cost per parameter-token
// (servingTokenCosts()), and the same rate functions take it instead of a serving CostInputs.

#include "model/cost/costmodel.h"
#include "model/inference/inferenceaware.h"
#include "model/serve/serving.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace frontier {

// The serving assumptions of Sardana et al. 2024, each with its source.
struct ServingAssumptions
{
    double trainingMfu = 0;            // the paper's, for reproducing its figures; plans use their own
    double prefillMfu = 0;
    double decodeMfu = 0;
    double inputTokensPerRequest = 0;  // prompt
    double outputTokensPerRequest = 0; // answer
    double exampleLifetimeTokens = 0;  // the paper's Figure 1 demand: where the window starts
    std::map<std::string, std::string> sources; // key as in the JSON -> its source

    static ServingAssumptions fromJson(std::string_view jsonText);
};

// The MFU of one serving FLOP averaged over a request: 2N FLOPs per token at the prefill MFU for the
// prompt and at the decode MFU for the answer, so the time is the sum and the MFU their harmonic
// mean weighted by tokens. Throws InputError for an MFU outside (0, 1] or negative token counts.
double servingMfu(double prefillMfu, double decodeMfu, double inputTokens, double outputTokens);
double servingMfu(const ServingAssumptions &assumptions);

// Dollars per training FLOP and per serving FLOP. Throws InputError (inference.no_training_price,
// inference.no_serving_price) when a side has no price.
LifetimeRates usdRates(const CostInputs &training, const CostInputs &serving);
// kWh per FLOP (each side's watts, power fraction and PUE).
LifetimeRates kwhRates(const CostInputs &training, const CostInputs &serving);
// kg CO2 per FLOP, when both sides know their grid's intensity.
std::optional<LifetimeRates> co2Rates(const CostInputs &training, const CostInputs &serving);

// Which model prices a serving token: model/serve's decode model (memory-bandwidth bound at small
// batch, compute bound at large; the serving dock's) or Sardana et al.'s MFU averaged over prefill and
// decode (the paper's; it reproduces its figures).
enum class ServingCostModel { Decode, SardanaMfu };
std::string servingCostModelName(ServingCostModel model); // "decode", "sardana-mfu"
std::optional<ServingCostModel> servingCostModelFromName(std::string_view name);

// A served token's cost per parameter of the model serving it, from model/serve's report for a
// model of `servedParams`. The assumption: a token's cost is proportional to N. It holds for what
// scales with the weights (the bytes of every weight read per bandwidth-bound decode step, the 2·N
// FLOPs of a compute-bound one; the GPU count cancels, since more GPUs read and compute in parallel);
// the KV cache's reads, which grow more slowly than N, are priced at their share at servedParams.
struct ServingTokenCosts
{
    std::optional<double> usdPerParamToken; // absent without a price
    double kwhPerParamToken = 0;
    std::optional<double> co2KgPerParamToken; // absent without a grid intensity
};
ServingTokenCosts servingTokenCosts(const ServingReport &report, double servedParams);

// The rates with the serving side priced per parameter-token. usdRates throws as above when a side
// has no price.
LifetimeRates usdRates(const CostInputs &training, const ServingTokenCosts &serving);
LifetimeRates kwhRates(const CostInputs &training, const ServingTokenCosts &serving);
std::optional<LifetimeRates> co2Rates(const CostInputs &training, const ServingTokenCosts &serving);

// The serving side as either model prices it: `mfuSetup` for SardanaMfu, `decode` for Decode.
struct ServingPrice
{
    ServingCostModel model = ServingCostModel::Decode;
    CostInputs mfuSetup;
    ServingTokenCosts decode;
};

// What the least lifetime cost is counted in: FLOPs (Sardana et al.'s compute objective), dollars,
// energy or CO2. Each is its own minimisation: the kWh-optimal model is not the dollar-optimal one
// when the serving GPU's price and power stand in another ratio to the training GPU's.
enum class LifetimeObjective { Flops, Usd, Kwh, Co2 };
std::string lifetimeObjectiveName(LifetimeObjective objective); // "flops", "usd", "kwh", "co2"
std::optional<LifetimeObjective> lifetimeObjectiveFromName(std::string_view name);

// The rates of `objective`: FLOPs count 1 each; absent when a side lacks the unit (no price for
// dollars, no grid for CO2).
std::optional<LifetimeRates> objectiveRates(LifetimeObjective objective, const CostInputs &training,
                                            const ServingPrice &serving);

} // namespace frontier
