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

#include "model/cost/costmodel.h"
#include "model/inference/inferenceaware.h"

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

} // namespace frontier
