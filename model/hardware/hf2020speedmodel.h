#pragma once
// The Hugging Face 2020 GPU speed model, as their calculator implements it:
//   speed = k · k_O1^[amp=O1] · k_O2^[amp=O2] · depth/(depth + b) · width^a · ln(batch + 1)^c
// in non-embedding FLOPs per second, fitted per GPU on Transformer-XL training runs.

#include <string>
#include <string_view>
#include <vector>

namespace frontier {

enum class Amp { O0, O1, O2 }; // NVIDIA Apex mixed-precision levels: fp32, mixed, almost-fp16

// Throws InputError for anything but "O0", "O1", "O2".
Amp parseAmp(std::string_view text);
std::string ampName(Amp amp);

struct Hf2020Gpu
{
    std::string id; // "V100"
    double k = 0, kO1 = 0, kO2 = 0, a = 0, b = 0, c = 0;
    double batch = 0;       // sequences per GPU in the study
    double saturationBatch = 0; // sequences per GPU past which the study saw no more speed
    double usdPerHour = 0;  // the calculator's 2020 price
    double measuredKw = 0;  // measured average power draw
};

struct Hf2020SpeedModel
{
    std::vector<Hf2020Gpu> gpus;
    double depthWidthRatio = 0; // the calculator ties depth = width / 128
    double co2KgPerKwh = 0;
    // The calculator's solver accepts a width whose time is this close to the target (1 s): a budget
    // within it of the fastest run is the tipping point's model.
    double solverToleranceSeconds = 0;
    std::string source;
    std::string saturationSource; // where saturationBatch comes from (the blog's words)

    // Parses resources/hardware/hf2020_speed.json; throws InputError for malformed JSON.
    static Hf2020SpeedModel fromJson(std::string_view jsonText);
    // Throws InputError listing the GPUs for an unknown id.
    const Hf2020Gpu &gpu(std::string_view id) const;
};

double nonEmbeddingFlopsPerSecond(const Hf2020Gpu &gpu, Amp amp, double width, double depth, double batch);

// Transformer-XL non-embedding parameters with d_inner = d_model = w and L layers:
// N = 7·L·w² + 8·L·w + 3·w + 3 (the calculator's own count).
double transformerXlParams(double width, double depth);

} // namespace frontier
