#include "model/hardware/accelerators.h"

#include "model/core/asciicase.h"
#include "model/core/errors.h"
#include "model/core/enumnames.h"
#include "model/core/jsonfile.h"
#include "model/core/lookup.h"
#include "model/core/units.h"

#include <algorithm>

namespace frontier {

namespace {

constexpr EnumNames<Precision, 5> kPrecisionNames{{{{Precision::FP32, "fp32"},
                                                   {Precision::TF32, "tf32"},
                                                   {Precision::BF16, "bf16"},
                                                   {Precision::FP16, "fp16"},
                                                   {Precision::FP8, "fp8"}}}};

std::optional<double> optionalNumber(const nlohmann::json &entry, const char *key, const std::string &what)
{
    if (!entry.contains(key) || entry.at(key).is_null())
        return std::nullopt;
    return requirePositive(entry.at(key).get<double>(), what + " " + key);
}

} // namespace

Precision parsePrecision(std::string_view text)
{
    return kPrecisionNames.parse(asciiLowercase(text), "precision");
}

std::string precisionName(Precision precision)
{
    return kPrecisionNames.name(precision);
}

double Accelerator::peak(Precision precision) const
{
    const auto it = peakFlopsPerSecond.find(precision);
    if (it != peakFlopsPerSecond.end())
        return it->second;
    std::string known;
    for (const auto &[p, value] : peakFlopsPerSecond)
        known += (known.empty() ? "" : ", ") + precisionName(p);
    std::vector<MessageArg> args{{"name", name}, {"id", id}, {"precision", precisionName(precision)}, {"known", known}};
    if (known.empty())
        throw InputError(message("accelerator.no_peak_at_all",
                                 "{name} ({id}) has no {precision} peak in the catalogue; it has no FLOP/s figure at all",
                                 std::move(args)));
    throw InputError(message("accelerator.no_peak", "{name} ({id}) has no {precision} peak in the catalogue; it has: {known}",
                             std::move(args)));
}

Precision Accelerator::defaultPrecision() const
{
    for (const Precision p : {Precision::BF16, Precision::FP16, Precision::TF32, Precision::FP32})
        if (hasPeak(p))
            return p;
    throw InputError(message("accelerator.no_training_peak", "no peak FLOP/s is known for {id}: give --peak-flops",
                             {{"id", id}}));
}

AcceleratorCatalog::AcceleratorCatalog(std::vector<Accelerator> accelerators)
    : m_accelerators(std::move(accelerators)), m_index(indexById(m_accelerators))
{
    if (const std::string *id = repeatedId(m_accelerators, m_index))
        throw InputError(message("accelerators.duplicate_id", "accelerators: duplicate id '{id}'", {{"id", *id}}));
}

AcceleratorCatalog AcceleratorCatalog::fromJson(std::string_view jsonText)
{
    constexpr std::string_view file = "accelerators.json";
    return readJsonDocument(jsonText, file, [&](const nlohmann::json &document) {
        AcceleratorCatalog catalog;
        for (const auto &entry : document.at("accelerators")) {
            Accelerator a;
            a.id = entry.at("id").get<std::string>();
            a.name = entry.at("name").get<std::string>();
            a.manufacturer = entry.at("manufacturer").get<std::string>();
            for (const auto &item : entry.at("peak_flops_per_s").items())
                a.peakFlopsPerSecond[parsePrecision(item.key())] =
                    requirePositive(item.value().get<double>(), a.id + " " + item.key() + " peak");
            if (const auto gib = optionalNumber(entry, "memory_gib", a.id))
                a.memoryBytes = *gib * units::kBytesPerGib;
            a.memoryBandwidthBytesPerSecond = optionalNumber(entry, "memory_bandwidth_bytes_per_s", a.id);
            a.tdpW = optionalNumber(entry, "tdp_w", a.id);
            a.releaseDate = entry.value("release_date", std::string());
            a.hf2020Id = entry.value("hf2020_id", std::string());
            a.source = entry.at("source").get<std::string>();
            a.provenance = entry.value("provenance", a.source);
            if (a.source.empty())
                throw InputError(message("accelerators.no_source", "accelerators: '{id}' has no source", {{"id", a.id}}));
            if (entry.contains("gap_fills"))
                for (const auto &item : entry.at("gap_fills").items())
                    a.gapFillSources[item.key()] = item.value().at("source").get<std::string>();
            catalog.m_accelerators.push_back(std::move(a));
        }
        if (catalog.m_accelerators.empty())
            throw InputError(message("accelerators.empty", "accelerators: the catalogue is empty"));
        catalog.m_index = indexById(catalog.m_accelerators);
        if (const std::string *id = repeatedId(catalog.m_accelerators, catalog.m_index))
            throw fileError(file, "catalog.duplicate_id", "duplicate id '{id}'", {{"id", *id}});
        return catalog;
    });
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
    return findById(m_accelerators, m_index, id, "accelerator");
}

} // namespace frontier
