#pragma once
// The accelerator catalogue: dense peak FLOP/s per precision, memory, bandwidth and TDP per chip,
// read from resources/hardware/accelerators.json (Epoch AI's chip database plus labelled gap fills).
// A figure the file does not have stays absent, and asking for it is an InputError: a plan built on
// a guessed peak would look exactly as trustworthy as one built on a datasheet. Likewise a chip lists
// only the precisions its hardware has (a V100 has FP16 tensor cores and no BF16), so the default
// precision of a plan is one the chip can actually run.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace frontier {

enum class Precision { FP32, TF32, BF16, FP16, FP8 };

// "fp32", "tf32", "bf16", "fp16", "fp8" (any case); throws InputError naming the valid ones.
Precision parsePrecision(std::string_view text);
std::string precisionName(Precision precision); // "bf16"

struct Accelerator
{
    std::string id;           // "h100-sxm": stable, used in sessions and on the command line
    std::string name;         // "NVIDIA H100 SXM5 80GB"
    std::string manufacturer;
    std::map<Precision, double> peakFlopsPerSecond; // dense; only precisions with a known figure
    std::optional<double> memoryBytes; // the vendor's "GB" read as GiB (memory_gib x 2^30)
    std::optional<double> memoryBandwidthBytesPerSecond;
    std::optional<double> tdpW;
    std::string releaseDate; // ISO date, empty when unknown
    std::string hf2020Id;    // "V100" for the four GPUs of the Hugging Face 2020 study, else empty
    std::string source;      // the citation people read: Epoch AI's data and its row
    std::string provenance;  // the upstream file @ commit and row: for developers, shown nowhere
    std::map<std::string, std::string> gapFillSources; // field ("fp8", "memory_bytes") -> its own source
    std::string userFile; // the user's catalogue file this chip came from; empty when built in

    bool hasPeak(Precision precision) const { return peakFlopsPerSecond.count(precision) != 0; }
    // Throws InputError naming the chip and the precisions it does have.
    double peak(Precision precision) const;
    // The precision a training plan uses when none is asked for: the first the chip has of
    // bf16 > fp16 > tf32 > fp32 (bf16 keeps fp32's range at half the bytes, fp16 needs loss scaling,
    // tf32 and fp32 are slower). fp8 is never a default: it needs a recipe, so only when asked.
    // Throws InputError when the chip has none of the four.
    Precision defaultPrecision() const;
};

class AcceleratorCatalog
{
public:
    AcceleratorCatalog() = default;
    // Chips already validated one by one (a merge); throws InputError for a duplicate id.
    explicit AcceleratorCatalog(std::vector<Accelerator> accelerators);
    // Parses accelerators.json; throws InputError for malformed JSON, a missing key, a duplicate id,
    // a non-positive figure or an empty source.
    static AcceleratorCatalog fromJson(std::string_view jsonText);

    const std::vector<Accelerator> &all() const { return m_accelerators; }
    std::vector<std::string> ids() const;
    // Throws InputError with the closest ids ("h100" -> h100-sxm, h100-pcie, h100-nvl).
    const Accelerator &get(std::string_view id) const;

private:
    std::vector<Accelerator> m_accelerators;
    std::unordered_map<std::string, std::size_t> m_index; // position by id, for get()
};

} // namespace frontier
