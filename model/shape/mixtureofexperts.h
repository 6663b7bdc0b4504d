#pragma once
// A sparse (mixture-of-experts) feed-forward layer: each layer's MLP becomes `experts` copies, a
// router (a d_model x experts matrix) sends every token to `topK` of them, and the token's output
// is their weighted sum. Attention, norms and embeddings stay shared, so the total grows with the
// experts while the parameters a token uses grow with top-k (Shazeer et al. 2017; Mixtral, Jiang et
// al. 2024, arXiv:2401.04088). A plain value: the plan keeps one, a session stores one.

#include <cstdint>

namespace frontier {

struct MixtureOfExperts
{
    std::int64_t experts = 8; // routed experts per layer (E)
    std::int64_t topK = 2;    // routed experts each token uses (K)
    // Each routed expert's inner width; 0 = the shape's ffn (Mixtral). Qwen1.5-MoE's experts are
    // narrower than its dense width.
    std::int64_t expertFfn = 0;
    // A shared expert every token uses besides its top-k, of this inner width, with a sigmoid gate
    // (a d_model x 1 matrix), as Qwen1.5-MoE builds it; 0 = none.
    std::int64_t sharedFfn = 0;

    bool operator==(const MixtureOfExperts &) const = default;
};

} // namespace frontier
