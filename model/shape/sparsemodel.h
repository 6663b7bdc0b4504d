#pragma once
// A plan's model made sparse: the dense Llama candidate for the plan's N (shapecandidates.h) with
// each layer's MLP turned into E experts, of which a token uses K. Each expert is 1/K of the dense
// MLP's width (fine-grained experts, as DeepSeekMoE and Qwen1.5-MoE cut theirs), so the K experts a
// token uses hold as many weights as the dense MLP did: the active parameters stay the plan's N
// (plus the router's d x E per layer), the training FLOPs stay 6·N·D, and the total grows to about
// N + (E/K − 1) x the MLPs. The counts are the exact counter's (paramcount.h).

#include "model/shape/mixtureofexperts.h"
#include "model/shape/modelshape.h"

#include <optional>
#include <vector>

namespace frontier {

struct SparseModel
{
    MixtureOfExperts moe;   // as applied: expertFfn set to the dense ffn / K
    TransformerShape shape; // the sparse shape, counted
    std::int64_t totalParams = 0;
    std::int64_t activeParams = 0;
};

// The dense shape with E experts of width round(ffn / K) each; throws InputError for a bad mixture
// or a non-Llama shape (checkExperts, checkShape).
SparseModel sparseModelOf(const TransformerShape &dense, const MixtureOfExperts &moe);

// From the plan's candidates, the first Llama one made sparse; nothing when there is none.
std::optional<SparseModel> sparseModelFor(const std::vector<TransformerShape> &denseShapes, const MixtureOfExperts &moe);

} // namespace frontier
