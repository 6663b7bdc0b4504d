#include "model/serve/servingreport.h"

#include "model/core/errors.h"
#include "model/core/numbers.h"

#include <cmath>
#include <string>

namespace frontier {

namespace {

std::string dollars(double usd)
{
    std::string text = "$";
    text += reportNumber(usd);
    return text;
}

} // namespace

ServingRequest defaultServingRequest(const ServingConstants &constants)
{
    ServingRequest request;
    request.compression.bitsPerWeight = constants.defaultBits;
    request.load = {constants.defaultContext, constants.defaultBatch};
    return request;
}

void addServingSentence(Report &report, const Plan &plan, const ResolvedSetup &setup, const Law &law,
                        const Catalogs &catalogs, const ServingConstants &constants)
{
    if (setup.offerId.empty() || !setup.cost.usdPerGpuHour)
        return;
    const ServingRequest request = defaultServingRequest(constants);
    PlanServing serving;
    try {
        serving = servePlan(plan, setup, law, catalogs, request, constants);
    } catch (const InputError &) {
        return; // a GPU without a bandwidth, a model too large to hold: no figure to print
    }
    const ServingReport &r = serving.report;
    if (!r.usdPerMillionTokens)
        return;
    report.sentences.push_back(Message{
        "report.serving",
        "Served with {bits}-bit weights at a context of {context} tokens and a batch of {batch}, on {gpus} x "
        "{gpu} ({offer}), it decodes {speed} tokens per second and costs {usd} per million tokens ({kwh} kWh "
        "per million tokens).",
        {{"bits", formatNumber(request.compression.bitsPerWeight, 3)},
         {"batch", std::to_string(std::llround(request.load.batch))},
         {"context", std::to_string(std::llround(request.load.contextTokens))},
         {"gpus", std::to_string(r.gpusNeeded)},
         {"gpu", serving.place.gpu ? serving.place.gpu->name : setup.gpuId},
         {"offer", setup.offerId},
         {"speed", reportNumber(r.tokensPerSecond)},
         {"usd", dollars(*r.usdPerMillionTokens)},
         {"kwh", reportNumber(r.kwhPerMillionTokens)}}});
}

} // namespace frontier
