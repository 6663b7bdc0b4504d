#include "cli/clishapeoutput.h"

#include "cli/clioutput.h"
#include "model/shape/shapeconfig.h"

namespace frontier::cli {

using nlohmann::json;

json countJson(const ParamCount &count)
{
    // active_params: what one token uses (a mixture of experts' top-k); the total for a dense shape.
    const auto perToken = count.perToken();
    return {{"params", count.total ? json(*count.total) : json(nullptr)},
            {"non_embedding_params", count.nonEmbedding},
            {"active_params", perToken ? json(*perToken) : json(nullptr)},
            {"active_non_embedding_params", count.perTokenNonEmbedding()}};
}

json shapeJson(const TransformerShape &s)
{
    json out = {{"family", shapeFamilyName(s.family)},
                {"role", shapeRoleName(s.role)},
                {"config_class", configClassName(s)},
                {"layers", s.layers},
                {"width", s.dModel},
                {"d_model", s.dModel},
                {"heads", s.heads},
                {"kv_heads", s.kvHeads},
                {"head_dim", s.headDim()},
                {"ffn", s.ffn},
                {"vocab", s.vocab},
                {"context", s.context},
                {"tied_embeddings", s.tiedEmbeddings},
                {"aspect_ratio", s.aspectRatio()}};
    out.update(countJson(s.params));
    if (s.moe) {
        out["experts"] = s.moe->experts;
        out["top_k"] = s.moe->topK;
        out["expert_ffn"] = s.moe->expertFfn > 0 ? s.moe->expertFfn : s.ffn;
    }
    return out;
}

json shapesJson(const std::vector<TransformerShape> &shapes)
{
    json list = json::array();
    for (const TransformerShape &s : shapes)
        list.push_back(shapeJson(s));
    return list;
}

void printShapes(const std::vector<TransformerShape> &shapes)
{
    for (const TransformerShape &s : shapes) {
        printLine(Cli::tr("%1 (%2): %3 layers x %4, %5 heads (%6 KV) of %7, FFN %8, vocabulary %9")
                      .arg(QString::fromStdString(shapeFamilyName(s.family)), QString::fromStdString(shapeRoleName(s.role)))
                      .arg(s.layers)
                      .arg(s.dModel)
                      .arg(s.heads)
                      .arg(s.kvHeads)
                      .arg(s.headDim())
                      .arg(s.ffn)
                      .arg(s.vocab));
        const QString config = QString::fromStdString(configClassName(s));
        if (s.params.total)
            printLine(Cli::tr("    %1 parameters, %2 without the embeddings; %3 (d_model / layers %4)")
                          .arg(formatCount(double(*s.params.total)), formatCount(double(s.params.nonEmbedding)), config,
                               formatNumber(s.aspectRatio(), 3)));
        else // the 2020 calculator never sized the Transformer-XL's adaptive embeddings
            printLine(Cli::tr("    %1 non-embedding parameters (the calculator's count); %2 (d_model / layers %3)")
                          .arg(formatCount(double(s.params.nonEmbedding)), config, formatNumber(s.aspectRatio(), 3)));
        if (s.moe && s.params.active)
            printLine(Cli::tr("    %1 parameters per token: %2 of the %3 experts (FFN %4 each) in each layer")
                          .arg(formatCount(double(*s.params.active)))
                          .arg(s.moe->topK)
                          .arg(s.moe->experts)
                          .arg(s.moe->expertFfn > 0 ? s.moe->expertFfn : s.ffn));
    }
}

} // namespace frontier::cli
