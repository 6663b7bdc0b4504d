#pragma once
// Published training runs (GPT-3, Chinchilla, Llama 2, ...) read from resources/runs/runs.json: each
// figure with the paper and table that printed it, and where the catalogue could not read a figure,
// no figure at all and the reason. The charts mark them, the readouts compare a plan with one of
// them, and `frontier runs` lists them. A run's own loss is never used: published runs did not
// report a loss on one common dataset, so a chart places a run at the loss the current law predicts.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontier {

// One printed number and where it was printed. `derived` marks arithmetic on printed figures
// (10,000 GPUs x 14.8 days), which the source line then spells out.
struct RunFigure
{
    double value = 0;
    std::string source;
    bool derived = false;
};

// A second figure for the same quantity from another source (a paper and its logbook, dynamic and
// total CO2): kept, and said, rather than silently resolved.
struct RunAlternative
{
    std::string field; // "co2_t", "tokens", ...
    double value = 0;
    std::string source;
    std::string note;
};

struct KnownRun
{
    std::string id;   // "gpt3-175b": stable, for the command line and the reference choice
    std::string name; // "GPT-3 175B"
    std::string organisation;
    int year = 0;
    std::string citation;
    std::optional<RunFigure> params, tokens, flops, chips, gpuHours, energyMwh, co2T;
    std::optional<std::string> accelerator;
    std::string acceleratorSource;
    std::string co2Basis; // how the CO2 was counted (PUE or not, dynamic or total); empty without CO2
    std::vector<RunAlternative> alternatives;
    std::map<std::string, std::string> gaps; // field -> why it is null
    std::vector<std::string> notes;

    // 6 N D, when both are known.
    std::optional<double> sixNd() const;
    // What a chart and a comparison use: the printed FLOPs, else 6ND; nullopt when neither is known.
    std::optional<double> trainingFlops() const;
};

class KnownRunCatalog
{
public:
    // Parses runs.json; throws InputError naming the file and the run for malformed JSON, a missing
    // key, a duplicate id, a figure that is not positive or has no source, or a null figure without
    // a reason under "gaps".
    static KnownRunCatalog fromJson(std::string_view jsonText);

    const std::vector<KnownRun> &all() const { return m_runs; }
    std::vector<std::string> ids() const;
    // Throws InputError ("unknown run 'gpt4'; did you mean ...").
    const KnownRun &get(std::string_view id) const;
    const KnownRun *find(std::string_view id) const;

private:
    std::vector<KnownRun> m_runs;
};

// The run a plan is compared with when nobody chose one.
inline constexpr const char *kDefaultReferenceRun = "gpt3-175b";

// A plan against a published run: plan / run for compute, and for CO2 where both are known.
struct RunComparison
{
    std::string runId;
    double computeRatio = 0;
    std::optional<double> co2Ratio;
};

// Throws InputError when the run has no training FLOPs (neither printed nor 6ND).
RunComparison compareWithRun(const KnownRun &run, double planFlops, std::optional<double> planCo2Kg);

} // namespace frontier
