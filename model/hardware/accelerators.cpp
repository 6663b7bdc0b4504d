#include "model/hardware/accelerators.h"

#include "model/core/errors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <set>

namespace frontier {

namespace {

constexpr Precision kPrecisions[] = {Precision::FP32, Precision::TF32, Precision::BF16, Precision::FP16,
                                     Precision::FP8};

std::optional<double> optionalNumber(const nlohmann::json &entry, const char *key, const std::string &what)
{
    if (!entry.contains(key) || entry.at(key).is_null())
        return std::nullopt;
    return requirePositive(entry.at(key).get<double>(), what + " " + key);
}

} // namespace

Precision parsePrecision(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    for (Precision p : kPrecisions)
        if (precisionName(p) == lower)
            return p;
    throw InputError("unknown precision '" + std::string(text) + "'; expected fp32, tf32, bf16, fp16 or fp8");
}

std::string precisionName(Precision precision)
{
    switch (precision) {
    case Precision::FP32: return "fp32";
    case Precision::TF32: return "tf32";
    case Precision::BF16: return "bf16";
    case Precision::FP16: return "fp16";
    case Precision::FP8: return "fp8";
    }
    return "?";
}

double Accelerator::peak(Precision precision) const
{
    const auto it = peakFlopsPerSecond.find(precision);
    if (it != peakFlopsPerSecond.end())
        return it->second;
    std::string known;
    for (const auto &[p, value] : peakFlopsPerSecond)
        known += (known.empty() ? "" : ", ") + precisionName(p);
    throw InputError(name + " (" + id + ") has no " + precisionName(precision) + " peak in the catalogue"
                     + (known.empty() ? "; it has no FLOP/s figure at all" : "; it has: " + known));
}

AcceleratorCatalog AcceleratorCatalog::fromJson(std::string_view jsonText)
{
    try {
        const auto document = nlohmann::json::parse(jsonText);
        AcceleratorCatalog catalog;
        std::set<std::string> seen;
        for (const auto &entry : document.at("accelerators")) {
            Accelerator a;
            a.id = entry.at("id").get<std::string>();
            if (!seen.insert(a.id).second)
                throw InputError("accelerators: duplicate id '" + a.id + "'");
            a.name = entry.at("name").get<std::string>();
            a.manufacturer = entry.at("manufacturer").get<std::string>();
            for (const auto &item : entry.at("peak_flops_per_s").items())
                a.peakFlopsPerSecond[parsePrecision(item.key())] =
                    requirePositive(item.value().get<double>(), a.id + " " + item.key() + " peak");
            a.memoryBytes = optionalNumber(entry, "memory_bytes", a.id);
            a.memoryBandwidthBytesPerSecond = optionalNumber(entry, "memory_bandwidth_bytes_per_s", a.id);
            a.tdpW = optionalNumber(entry, "tdp_w", a.id);
            a.releaseDate = entry.value("release_date", std::string());
            a.hf2020Id = entry.value("hf2020_id", std::string());
            a.source = entry.at("source").get<std::string>();
            if (a.source.empty())
                throw InputError("accelerators: '" + a.id + "' has no source");
            if (entry.contains("gap_fills"))
                for (const auto &item : entry.at("gap_fills").items())
                    a.gapFillSources[item.key()] = item.value().at("source").get<std::string>();
            catalog.m_accelerators.push_back(std::move(a));
        }
        if (catalog.m_accelerators.empty())
            throw InputError("accelerators: the catalogue is empty");
        return catalog;
    } catch (const nlohmann::json::exception &e) {
        throw InputError(std::string("accelerators: malformed JSON: ") + e.what());
    }
}

std::vector<std::string> AcceleratorCatalog::ids() const
{
    std::vector<std::string> ids;
    for (const auto &a : m_accelerators)
        ids.push_back(a.id);
    return ids;
}

const Accelerator &AcceleratorCatalog::get(std::string_view id) const
{
    for (const auto &a : m_accelerators)
        if (a.id == id)
            return a;
    throw InputError(unknownIdMessage("accelerator", id, ids()));
}

} // namespace frontier
