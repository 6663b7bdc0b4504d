#include "model/shape/sparsedecoding.h"

#include "model/core/errors.h"
#include "model/core/numbers.h"
#include "model/core/sourcedjson.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace frontier {

namespace {

constexpr std::string_view kContext = "sparse/jaszczur2021.json";

double positiveFigure(const nlohmann::json &object, const char *key)
{
    const double value = object.at(key).get<double>();
    return requirePositive(value, key);
}

std::string sourceOf(const nlohmann::json &object, const std::string &key)
{
    std::string source = object.value("source", std::string());
    if (source.empty())
        throw InputError(message("json.no_source", "{context}: '{key}' has no source",
                                 {{"context", std::string(kContext)}, {"key", key}}));
    return source;
}

} // namespace

SparseDecodeStudy SparseDecodeStudy::fromJson(std::string_view jsonText)
{
    const nlohmann::json document = nlohmann::json::parse(jsonText);
    SparseDecodeStudy study;
    study.citation = document.at("citation").get<std::string>();
    for (const auto &point : document.at("reference_points")) {
        SparseDecodePoint p;
        p.model = point.at("model").get<std::string>();
        p.params = positiveFigure(point, "params");
        p.denseSecondsPerToken = positiveFigure(point, "dense_seconds_per_token");
        p.sparseSecondsPerToken = positiveFigure(point, "sparse_seconds_per_token");
        p.what = point.at("what").get<std::string>();
        p.source = sourceOf(point, p.model);
        study.points.push_back(std::move(p));
    }
    for (const auto &stated : document.at("stated_speedups")) {
        StatedSpeedup s;
        s.model = stated.at("model").get<std::string>();
        s.params = positiveFigure(stated, "params");
        s.speedup = positiveFigure(stated, "speedup");
        s.atLeast = stated.at("at_least").get<bool>();
        s.source = sourceOf(stated, s.model);
        study.statedSpeedups.push_back(std::move(s));
    }
    const auto &scaling = document.at("scaling");
    study.denseFfnExponent = requirePositive(sourcedNumber(scaling, "dense_ffn_exponent", kContext), "compute exponent");
    study.sparseFfnExponent = requirePositive(sourcedNumber(scaling, "sparse_ffn_exponent", kContext), "compute exponent");
    for (const auto &caveat : document.at("caveats"))
        study.caveats.push_back(caveat.at("text").get<std::string>());
    return study;
}

double sparseFfnComputeRatio(const SparseDecodeStudy &study, double dModel, double referenceDModel, double referenceRatio)
{
    requirePositive(dModel, "width");
    requirePositive(referenceDModel, "width");
    requirePositive(referenceRatio, "constant"); // the anchor the ratio moves from
    return referenceRatio * std::pow(dModel / referenceDModel, study.sparseFfnExponent - study.denseFfnExponent);
}

} // namespace frontier
