#include "model/inference/lifetimecost.h"

#include "model/core/errors.h"
#include "model/core/jsonfile.h"
#include "model/core/numbers.h"
#include "model/core/sourcedjson.h"

namespace frontier {

namespace {

// Every figure is linear in FLOPs (costmodel.h): the rate is the cost of a round number of them.
constexpr double kSampleFlops = 1e24;

double requireMfu(double mfu, std::string_view what)
{
    if (!(mfu > 0 && mfu <= 1))
        throw InputError(message("inference.mfu_range", "{what} must be in (0, 1], got {value}",
                                 {{"what", std::string(what)}, {"value", formatNumber(mfu, 4)}}));
    return mfu;
}

} // namespace

ServingAssumptions ServingAssumptions::fromJson(std::string_view jsonText)
{
    return readJsonDocument(jsonText, "inference/sardana2024.json", [](const nlohmann::json &document) {
        ServingAssumptions a;
        auto read = [&](const char *key) {
            return sourcedNumber(document, key, "serving assumptions", &a.sources[key]);
        };
        a.trainingMfu = requireMfu(read("training_mfu"), "training_mfu");
        a.prefillMfu = requireMfu(read("prefill_mfu"), "prefill_mfu");
        a.decodeMfu = requireMfu(read("decode_mfu"), "decode_mfu");
        a.inputTokensPerRequest = requireNonNegative(read("input_tokens_per_request"), "tokens");
        a.outputTokensPerRequest = requireNonNegative(read("output_tokens_per_request"), "tokens");
        a.exampleLifetimeTokens = requirePositive(read("example_lifetime_tokens"), "tokens");
        servingMfu(a); // the file's figures make a serving MFU, or the file is refused
        return a;
    });
}

double servingMfu(double prefillMfu, double decodeMfu, double inputTokens, double outputTokens)
{
    requireMfu(prefillMfu, "prefill MFU");
    requireMfu(decodeMfu, "decode MFU");
    requireNonNegative(inputTokens, "tokens");
    requireNonNegative(outputTokens, "tokens");
    const double tokens = inputTokens + outputTokens;
    requirePositive(tokens, "tokens");
    return tokens / (inputTokens / prefillMfu + outputTokens / decodeMfu);
}

double servingMfu(const ServingAssumptions &a)
{
    return servingMfu(a.prefillMfu, a.decodeMfu, a.inputTokensPerRequest, a.outputTokensPerRequest);
}

LifetimeRates usdRates(const CostInputs &training, const CostInputs &serving)
{
    const CostReport train = costOfFlops(kSampleFlops, training), serve = costOfFlops(kSampleFlops, serving);
    if (!train.costUsd)
        throw InputError(message("inference.no_training_price",
                                 "the training setup has no price per GPU-hour: choose an offer or type a price"));
    if (!serve.costUsd)
        throw InputError(message("inference.no_serving_price",
                                 "the serving setup has no price per GPU-hour: choose a serving offer or type a price"));
    return {*train.costUsd / kSampleFlops, *serve.costUsd / kSampleFlops};
}

LifetimeRates kwhRates(const CostInputs &training, const CostInputs &serving)
{
    return {costOfFlops(kSampleFlops, training).energyKwh / kSampleFlops,
            costOfFlops(kSampleFlops, serving).energyKwh / kSampleFlops};
}

std::optional<LifetimeRates> co2Rates(const CostInputs &training, const CostInputs &serving)
{
    const CostReport train = costOfFlops(kSampleFlops, training), serve = costOfFlops(kSampleFlops, serving);
    if (!train.co2Kg || !serve.co2Kg)
        return std::nullopt;
    return LifetimeRates{*train.co2Kg / kSampleFlops, *serve.co2Kg / kSampleFlops};
}

} // namespace frontier
