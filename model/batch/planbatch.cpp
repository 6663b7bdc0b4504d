#include "model/batch/planbatch.h"

#include "model/core/errors.h"
#include "model/core/jsonfile.h"
#include "model/core/numbers.h"
#include "model/core/sourcedjson.h"

#include <variant>

namespace frontier {

namespace {

constexpr std::string_view kFile = "batch/critical_batch.json";

// The law's own B_crit(L) when it is of Kaplan's form (overrides included), else none.
const KaplanLaw *kaplanForm(const Law &law)
{
    return std::get_if<KaplanLaw>(&law.form());
}

} // namespace

BatchModel BatchModel::fromJson(std::string_view jsonText, const LawCatalog &laws)
{
    return readJsonDocument(jsonText, kFile, [&](const nlohmann::json &document) {
        BatchModel model;
        const nlohmann::json &law = document.at("law");
        model.lawId = law.at("value").get<std::string>();
        model.lawSource = law.at("source").get<std::string>();
        const Law &kaplan = laws.law(model.lawId);
        const KaplanLaw *form = kaplanForm(kaplan);
        if (!form)
            throw fileError(kFile, "batch.law_not_kaplan", "law {law} has no critical batch B_crit(L)",
                            {{"law", model.lawId}});
        model.kaplan = *form;
        model.citation = kaplan.info().citation;
        model.farPastRatio = sourcedNumber(document, "far_past_ratio", kFile, &model.farPastSource);
        if (!(model.farPastRatio > 1))
            throw fileError(kFile, "batch.bad_ratio", "far_past_ratio must be above 1, got {value}",
                            {{"value", formatNumber(model.farPastRatio)}});
        return model;
    });
}

PlanBatch planBatch(const BatchModel &model, const Law &planLaw, const Allocation &allocation, double batchTokens)
{
    requirePositive(batchTokens, "batch");
    PlanBatch result;
    const KaplanLaw *own = kaplanForm(planLaw);
    result.lossFromPlan = own && allocation.loss.has_value();
    const KaplanLaw &kaplan = result.lossFromPlan ? *own : model.kaplan;
    result.citation = result.lossFromPlan ? planLaw.info().citation : model.citation;
    result.loss = result.lossFromPlan ? *allocation.loss : kaplan.lossOfParamsTokens(allocation.params, allocation.tokens);
    result.run = batchRunOfTokens(allocation.tokens, batchTokens, kaplan.criticalBatchTokens(result.loss));
    if (auto warning = farPastCriticalWarning(result.run, model.farPastRatio, result.loss))
        result.warnings.push_back(std::move(*warning));
    return result;
}

std::optional<Message> gpuSaturationWarning(double sequencesPerGpu, const Hf2020Gpu &gpu)
{
    if (!(gpu.saturationBatch > 0) || sequencesPerGpu <= gpu.saturationBatch)
        return std::nullopt;
    return message("batch.past_gpu_saturation",
                   "{sequences} sequences per GPU: the Hugging Face 2020 study saw the {gpu}'s speed stop growing "
                   "past {saturation}, so a larger batch per GPU buys no throughput",
                   {{"sequences", formatNumber(sequencesPerGpu, 3)},
                    {"gpu", gpu.id},
                    {"saturation", formatNumber(gpu.saturationBatch)}});
}

} // namespace frontier
