#include "model/shape/sparsemodel.h"

#include "model/shape/paramcount.h"

#include <algorithm>

namespace frontier {

SparseModel sparseModelOf(const TransformerShape &dense, const MixtureOfExperts &moe)
{
    checkExperts(moe);
    SparseModel sparse;
    sparse.moe = moe;
    sparse.moe.expertFfn = std::max<std::int64_t>(1, (dense.ffn + moe.topK / 2) / moe.topK);
    sparse.shape = dense;
    sparse.shape.moe = sparse.moe;
    sparse.shape.params = countParams(sparse.shape);
    sparse.totalParams = *sparse.shape.params.total;
    sparse.activeParams = *sparse.shape.params.active;
    return sparse;
}

std::optional<SparseModel> sparseModelFor(const std::vector<TransformerShape> &denseShapes, const MixtureOfExperts &moe)
{
    checkExperts(moe);
    const auto llama = std::find_if(denseShapes.begin(), denseShapes.end(),
                                    [](const TransformerShape &s) { return s.family == ShapeFamily::Llama; });
    if (llama == denseShapes.end())
        return std::nullopt;
    return sparseModelOf(*llama, moe);
}

} // namespace frontier
