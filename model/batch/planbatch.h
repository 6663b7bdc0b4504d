#pragma once
// A plan's batch: the user's batch (tokens a step) against Kaplan et al. 2020's critical batch at the
// loss the plan reaches, and what it means for the plan's steps and data (model/batch/criticalbatch.h).
//
// B_crit(L) was fitted to Kaplan's loss in nats/token on WebText2 (Figure 10), and other laws measure
// loss on other data with other tokenizers, so a loss of 2.0 under Chinchilla is not a loss of 2.0
// under Kaplan. A plan made with a Kaplan law reads B_crit at its own predicted loss (with the user's
// overrides); any other plan reads it at the loss Kaplan's L(N, D) predicts for the plan's N and D,
// its N taken as Kaplan's non-embedding count. Either way the loss used is part of the answer.
//
//   resources/batch/critical_batch.json + the law it names --BatchModel::fromJson-->
//   BatchModel + plan's law + allocation + batch --planBatch--> PlanBatch (+ warnings)

#include "model/batch/criticalbatch.h"
#include "model/hardware/hf2020speedmodel.h"
#include "model/laws/kaplan.h"
#include "model/laws/law.h"
#include "model/laws/lawcatalog.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontier {

struct BatchModel
{
    std::string lawId;      // the law whose B_crit(L) and L(N, D) are used ("kaplan2020")
    std::string lawSource;  // why that law, in the file's words
    KaplanLaw kaplan;       // its constants as published
    std::string citation;   // the law's
    double farPastRatio = 0; // warn at a batch of at least this many B_crit
    std::string farPastSource;

    // Parses resources/batch/critical_batch.json; the law it names must be of Kaplan's form in `laws`.
    // Throws InputError naming the file.
    static BatchModel fromJson(std::string_view jsonText, const LawCatalog &laws);
};

struct PlanBatch
{
    BatchRun run;            // the plan's tokens at the user's batch
    double loss = 0;         // where B_crit was read
    bool lossFromPlan = false; // the plan's own predicted loss (a Kaplan law), else Kaplan's L(N, D)
    std::string citation;      // of the law B_crit was read from
    std::vector<Message> warnings;
};

// The plan's tokens (`allocation.tokens`) at `batchTokens` a step. Throws InputError for a batch that
// is not positive.
PlanBatch planBatch(const BatchModel &model, const Law &planLaw, const Allocation &allocation, double batchTokens);

// "batch.past_gpu_saturation" when `sequencesPerGpu` exceeds the batch past which the Hugging Face
// 2020 study saw no more speed on `gpu` (64 sequences on the V100 and P100, 16 on the K80 and P4).
std::optional<Message> gpuSaturationWarning(double sequencesPerGpu, const Hf2020Gpu &gpu);

} // namespace frontier
