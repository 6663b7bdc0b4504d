#include "model/hardware/hf2020speedmodel.h"

#include "model/core/errors.h"
#include "model/core/enumnames.h"
#include "model/core/jsonfile.h"
#include "model/core/lookup.h"
#include "model/core/sourcedjson.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace frontier {

namespace {

constexpr EnumNames<Amp, 3> kAmpNames{{{{Amp::O0, "O0"}, {Amp::O1, "O1"}, {Amp::O2, "O2"}}}};

} // namespace

Amp parseAmp(std::string_view text)
{
    return kAmpNames.parse(text, "mixed-precision level");
}

std::string ampName(Amp amp)
{
    return kAmpNames.name(amp);
}

Hf2020SpeedModel Hf2020SpeedModel::fromJson(std::string_view jsonText)
{
    return readJsonDocument(jsonText, "hf2020_speed.json", [](const nlohmann::json &document) {
        Hf2020SpeedModel model;
        model.source = document.at("source").get<std::string>();
        model.saturationSource = document.at("saturation_batch_source").get<std::string>();
        model.depthWidthRatio = sourcedNumber(document, "depth_width_ratio", "hf2020 speed model");
        model.co2KgPerKwh = sourcedNumber(document, "co2_kg_per_kwh", "hf2020 speed model");
        model.solverToleranceSeconds = sourcedNumber(document, "solver_tolerance_seconds", "hf2020 speed model");
        for (const auto &entry : document.at("gpus")) {
            Hf2020Gpu gpu;
            gpu.id = entry.at("id").get<std::string>();
            gpu.k = entry.at("k").get<double>();
            gpu.kO1 = entry.at("k_O1").get<double>();
            gpu.kO2 = entry.at("k_O2").get<double>();
            gpu.a = entry.at("a").get<double>();
            gpu.b = entry.at("b").get<double>();
            gpu.c = entry.at("c").get<double>();
            gpu.batch = entry.at("batch").get<double>();
            gpu.saturationBatch = entry.at("saturation_batch").get<double>();
            gpu.usdPerHour = entry.at("usd_per_hour").get<double>();
            gpu.measuredKw = entry.at("measured_kw").get<double>();
            model.gpus.push_back(std::move(gpu));
        }
        if (model.gpus.empty())
            throw InputError(message("hardware.hf2020_no_gpus", "hf2020 speed model: no GPUs"));
        return model;
    });
}

const Hf2020Gpu &Hf2020SpeedModel::gpu(std::string_view id) const
{
    return findById(gpus, id, "2020 GPU");
}

double nonEmbeddingFlopsPerSecond(const Hf2020Gpu &gpu, Amp amp, double width, double depth, double batch)
{
    requirePositive(width, "width");
    requirePositive(depth, "depth");
    requirePositive(batch, "batch");
    const double ampFactor = amp == Amp::O1 ? gpu.kO1 : amp == Amp::O2 ? gpu.kO2 : 1.0;
    return gpu.k * ampFactor * depth / (depth + gpu.b) * std::pow(width, gpu.a)
           * std::pow(std::log(batch + 1), gpu.c);
}

double transformerXlParams(double width, double depth)
{
    requirePositive(width, "width");
    requirePositive(depth, "depth");
    return 7 * depth * width * width + 8 * depth * width + 3 * width + 3;
}

} // namespace frontier
