#include "model/shape/shaperules.h"

#include "model/core/jsonfile.h"
#include "model/core/sourcedjson.h"

#include <cmath>

namespace frontier {

namespace {

constexpr std::string_view kFile = "shapes/shapes.json";

class Reader
{
public:
    explicit Reader(ShapeRules &rules) : m_rules(rules) {}

    double number(const nlohmann::json &object, const char *group, const char *key)
    {
        std::string source;
        const double value = sourcedNumber(object, key, kFile, &source);
        m_rules.sources[std::string(group) + "." + key] = source;
        return value;
    }
    // A count: a positive whole number.
    std::int64_t whole(const nlohmann::json &object, const char *group, const char *key)
    {
        const double value = number(object, group, key);
        if (!(value >= 1 && value < 1e15 && std::floor(value) == value))
            throw fileError(kFile, "shapes.not_whole", "'{key}' must be a positive whole number",
                            {{"key", std::string(group) + "." + key}});
        return static_cast<std::int64_t>(value);
    }
    double positive(const nlohmann::json &object, const char *group, const char *key)
    {
        const double value = number(object, group, key);
        if (!(value > 0 && std::isfinite(value)))
            throw fileError(kFile, "shapes.not_positive", "'{key}' must be positive", {{"key", std::string(group) + "." + key}});
        return value;
    }

private:
    ShapeRules &m_rules;
};

} // namespace

ShapeRules ShapeRules::fromJson(std::string_view jsonText)
{
    return readJsonDocument(jsonText, kFile, [](const nlohmann::json &document) {
        ShapeRules rules;
        Reader read(rules);
        const auto &calc = document.at("hf2020_calculator");
        rules.calculator.depthWidthRatio = read.positive(calc, "hf2020_calculator", "depth_width_ratio");
        rules.calculator.widthMultiple = read.whole(calc, "hf2020_calculator", "width_multiple");
        rules.calculator.alternateDepthFactor = read.positive(calc, "hf2020_calculator", "alternate_depth_factor");
        rules.calculator.alternateDepthExponent = read.positive(calc, "hf2020_calculator", "alternate_depth_exponent");
        rules.calculator.heads = read.whole(calc, "hf2020_calculator", "heads");
        rules.calculator.tgtLen = read.whole(calc, "hf2020_calculator", "tgt_len");
        rules.calculator.memLen = read.whole(calc, "hf2020_calculator", "mem_len");
        rules.calculator.vocab = read.whole(calc, "hf2020_calculator", "vocab");

        const auto &ratios = document.at("aspect_ratios");
        rules.wideAspectRatio = read.positive(ratios, "aspect_ratios", "wide");
        rules.narrowAspectRatio = read.positive(ratios, "aspect_ratios", "narrow");

        const auto &families = document.at("families");
        const auto &gpt2 = families.at("gpt2");
        rules.gpt2.vocab = read.whole(gpt2, "gpt2", "vocab");
        rules.gpt2.context = read.whole(gpt2, "gpt2", "context");
        rules.gpt2.headDim = read.whole(gpt2, "gpt2", "head_dim");
        rules.gpt2.ffnRatio = read.positive(gpt2, "gpt2", "ffn_ratio");
        const auto &llama = families.at("llama");
        rules.llama.vocab = read.whole(llama, "llama", "vocab");
        rules.llama.context = read.whole(llama, "llama", "context");
        rules.llama.headDim = read.whole(llama, "llama", "head_dim");
        rules.llama.ffnMultiple = read.whole(llama, "llama", "ffn_multiple");
        rules.llama.queryHeadsPerKvHead = read.whole(llama, "llama", "query_heads_per_kv_head");
        return rules;
    });
}

} // namespace frontier
