#pragma once
// The figures shapes are made from (resources/shapes/shapes.json), each read with its source.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace frontier {

// The 2020 calculator's rounding (conversions.py) and its TransfoXLConfig snippet (utils.py hf_code).
struct CalculatorShapeRules
{
    double depthWidthRatio = 0;        // 128: layers = floor(width / 128)
    std::int64_t widthMultiple = 0;    // 8
    double alternateDepthFactor = 0;   // 0.3 ...
    double alternateDepthExponent = 0; // ... · width^1.25 / 128 layers for the alternative
    std::int64_t heads = 0, tgtLen = 0, memLen = 0, vocab = 0;
};

// A decoder family's defaults: what a candidate of that family is built with.
struct DecoderDefaults
{
    std::int64_t vocab = 0, context = 0, headDim = 0;
    double ffnRatio = 0;                    // GPT-2: ffn = 4 d_model
    std::int64_t ffnMultiple = 0;           // Llama: SwiGLU 8/3 d rounded up to this
    std::int64_t queryHeadsPerKvHead = 1;   // Llama: grouped-query attention
};

struct ShapeRules
{
    CalculatorShapeRules calculator;
    DecoderDefaults gpt2, llama;
    double wideAspectRatio = 0, narrowAspectRatio = 0; // d_model / n_layer
    std::map<std::string, std::string> sources;        // "aspect_ratios.wide" -> its source

    // Throws InputError naming the file for malformed JSON or a figure without a source.
    static ShapeRules fromJson(std::string_view jsonText);
};

} // namespace frontier
