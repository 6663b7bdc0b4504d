#pragma once
// Jaszczur et al. 2021 ("Sparse is Enough in Scaling Transformers", arXiv:2111.12763): the decode
// times they printed for dense Transformers and their sparse counterparts, the scaling they explain
// them by (a dense feed-forward block's per-token compute grows as d_model^2, their sparse one's as
// d_model^1.5), and the limits they state. Read from resources/sparse/jaszczur2021.json. These are
// reference points shown as cited text: Frontier does not turn them into a speed model for other
// hardware, batch sizes or mixture-of-experts models.

#include <string>
#include <string_view>
#include <vector>

namespace frontier {

struct SparseDecodePoint
{
    std::string model; // "17B"
    double params = 0;
    double denseSecondsPerToken = 0;
    double sparseSecondsPerToken = 0;
    std::string what;   // what was timed
    std::string source;

    double speedup() const { return denseSecondsPerToken / sparseSecondsPerToken; }
};

// A speed-up the paper states in words (its introduction), without the seconds behind it.
struct StatedSpeedup
{
    std::string model; // "800M"
    double params = 0;
    double speedup = 0;
    bool atLeast = false; // "more than 2.6x"
    std::string source;
};

struct SparseDecodeStudy
{
    std::string citation;
    std::vector<SparseDecodePoint> points;
    std::vector<StatedSpeedup> statedSpeedups; // by size, smallest first
    double denseFfnExponent = 2;
    double sparseFfnExponent = 1.5;
    std::vector<std::string> caveats;

    // Throws InputError for a figure without a source, a non-positive time or exponent.
    static SparseDecodeStudy fromJson(std::string_view jsonText);
};

// The sparse/dense ratio of per-token feed-forward compute at width `dModel` under the study's
// scaling, given the ratio `referenceRatio` at width `referenceDModel`: the ratio moves as
// (d / d_ref)^(sparse exponent − dense exponent), i.e. as 1/sqrt(d). Only the feed-forward layers:
// attention, and the hardware, are outside it. Throws InputError for a non-positive input.
double sparseFfnComputeRatio(const SparseDecodeStudy &study, double dModel, double referenceDModel, double referenceRatio);

} // namespace frontier
