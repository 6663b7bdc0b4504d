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

namespace frontier {

namespace {

// Tokens in the "per million tokens" figures of model/serve.
constexpr double kMillion = 1e6;

LifetimeRates perParamToken(const CostInputs &training, double (*unit)(const CostReport &), double servingPerParamToken)
{
    return LifetimeRates::withServingPerParamToken(unit(costOfFlops(kSampleFlops, training)) / kSampleFlops,
                                                   servingPerParamToken);
}

double trainingUsd(const CostReport &report)
{
    if (!report.costUsd)
        throw InputError(message("inference.no_training_price",
                                 "the training setup has no price per GPU-hour: choose an offer or type a price"));
    return *report.costUsd;
}

double trainingKwh(const CostReport &report)
{
    return report.energyKwh;
}

double trainingCo2(const CostReport &report)
{
    return report.co2Kg.value_or(0);
}

} // namespace

std::string servingCostModelName(ServingCostModel model)
{
    return model == ServingCostModel::Decode ? "decode" : "sardana-mfu";
}

std::optional<ServingCostModel> servingCostModelFromName(std::string_view name)
{
    for (const ServingCostModel model : {ServingCostModel::Decode, ServingCostModel::SardanaMfu})
        if (name == servingCostModelName(model))
            return model;
    return std::nullopt;
}

ServingTokenCosts servingTokenCosts(const ServingReport &report, double servedParams)
{
    requirePositive(servedParams, "parameters");
    const double perParamToken = 1 / (kMillion * servedParams);
    ServingTokenCosts out;
    if (report.usdPerMillionTokens)
        out.usdPerParamToken = *report.usdPerMillionTokens * perParamToken;
    out.kwhPerParamToken = report.kwhPerMillionTokens * perParamToken;
    if (report.co2KgPerMillionTokens)
        out.co2KgPerParamToken = *report.co2KgPerMillionTokens * perParamToken;
    return out;
}

LifetimeRates usdRates(const CostInputs &training, const ServingTokenCosts &serving)
{
    if (!serving.usdPerParamToken)
        throw InputError(message("inference.no_serving_price",
                                 "the serving setup has no price per GPU-hour: choose a serving offer or type a price"));
    return perParamToken(training, trainingUsd, *serving.usdPerParamToken);
}

LifetimeRates kwhRates(const CostInputs &training, const ServingTokenCosts &serving)
{
    return perParamToken(training, trainingKwh, serving.kwhPerParamToken);
}

std::optional<LifetimeRates> co2Rates(const CostInputs &training, const ServingTokenCosts &serving)
{
    if (!serving.co2KgPerParamToken || !costOfFlops(kSampleFlops, training).co2Kg)
        return std::nullopt;
    return perParamToken(training, trainingCo2, *serving.co2KgPerParamToken);
}

std::string lifetimeObjectiveName(LifetimeObjective objective)
{
    switch (objective) {
    case LifetimeObjective::Flops: return "flops";
    case LifetimeObjective::Usd: return "usd";
    case LifetimeObjective::Kwh: return "kwh";
    case LifetimeObjective::Co2: return "co2";
    }
    return "flops";
}

std::optional<LifetimeObjective> lifetimeObjectiveFromName(std::string_view name)
{
    for (const LifetimeObjective objective :
         {LifetimeObjective::Flops, LifetimeObjective::Usd, LifetimeObjective::Kwh, LifetimeObjective::Co2})
        if (name == lifetimeObjectiveName(objective))
            return objective;
    return std::nullopt;
}

std::optional<LifetimeRates> objectiveRates(LifetimeObjective objective, const CostInputs &training,
                                            const ServingPrice &serving)
{
    const bool decode = serving.model == ServingCostModel::Decode;
    switch (objective) {
    case LifetimeObjective::Flops:
        return LifetimeRates{};
    case LifetimeObjective::Usd:
        if (!costOfFlops(kSampleFlops, training).costUsd
            || (decode ? !serving.decode.usdPerParamToken : !costOfFlops(kSampleFlops, serving.mfuSetup).costUsd))
            return std::nullopt;
        return decode ? usdRates(training, serving.decode) : usdRates(training, serving.mfuSetup);
    case LifetimeObjective::Kwh:
        return decode ? kwhRates(training, serving.decode) : kwhRates(training, serving.mfuSetup);
    case LifetimeObjective::Co2:
        return decode ? co2Rates(training, serving.decode) : co2Rates(training, serving.mfuSetup);
    }
    return std::nullopt;
}

} // namespace frontier
