#include "model/shape/shapeconfig.h"

#include "model/core/errors.h"

namespace frontier {

std::string configClassName(ShapeFamily family)
{
    switch (family) {
    case ShapeFamily::TransformerXl:
        return "TransfoXLConfig";
    case ShapeFamily::Gpt2:
        return "GPT2Config";
    case ShapeFamily::Llama:
        break;
    }
    return "LlamaConfig";
}

namespace {

// Mixtral's routed experts: more than one, on the Llama layout (the only family Frontier counts
// experts for).
bool isMixture(const TransformerShape &shape)
{
    return shape.family == ShapeFamily::Llama && shape.moe && shape.moe->experts > 1;
}

} // namespace

std::string configClassName(const TransformerShape &shape)
{
    return isMixture(shape) ? "MixtralConfig" : configClassName(shape.family);
}

nlohmann::json transformersConfig(const TransformerShape &shape, const CalculatorShapeRules &calculator)
{
    using nlohmann::json;
    switch (shape.family) {
    case ShapeFamily::TransformerXl:
        // utils.py hf_code: d_embed = d_inner = d_model, n_head 8, d_head = d_model / 8.
        return json{{"model_type", "transfo-xl"},
                    {"architectures", json::array({"TransfoXLLMHeadModel"})},
                    {"d_model", shape.dModel},
                    {"d_embed", shape.dModel},
                    {"n_head", shape.heads},
                    {"d_head", shape.headDim()},
                    {"d_inner", shape.ffn},
                    {"n_layer", shape.layers},
                    {"tgt_len", calculator.tgtLen},
                    {"mem_len", calculator.memLen},
                    {"vocab_size", shape.vocab}};
    case ShapeFamily::Gpt2:
        return json{{"model_type", "gpt2"},
                    {"architectures", json::array({"GPT2LMHeadModel"})},
                    {"n_layer", shape.layers},
                    {"n_embd", shape.dModel},
                    {"n_head", shape.heads},
                    {"n_inner", shape.ffn},
                    {"n_positions", shape.context},
                    {"vocab_size", shape.vocab},
                    {"activation_function", "gelu_new"},
                    {"tie_word_embeddings", shape.tiedEmbeddings}};
    case ShapeFamily::Llama:
        break;
    }
    if (isMixture(shape)) {
        const MixtureOfExperts &moe = *shape.moe;
        if (moe.sharedFfn > 0)
            throw InputError(message("shape.config_shared_expert",
                                     "transformers' MixtralConfig has no shared expert: no config is written for a "
                                     "mixture with one"));
        // MixtralConfig's intermediate_size is each expert's MLP width (14336 in Mixtral 8x7B).
        return json{{"model_type", "mixtral"},
                    {"architectures", json::array({"MixtralForCausalLM"})},
                    {"num_hidden_layers", shape.layers},
                    {"hidden_size", shape.dModel},
                    {"num_attention_heads", shape.heads},
                    {"num_key_value_heads", shape.kvHeads},
                    {"intermediate_size", moe.expertFfn > 0 ? moe.expertFfn : shape.ffn},
                    {"num_local_experts", moe.experts},
                    {"num_experts_per_tok", moe.topK},
                    {"max_position_embeddings", shape.context},
                    {"vocab_size", shape.vocab},
                    {"hidden_act", "silu"},
                    {"tie_word_embeddings", shape.tiedEmbeddings}};
    }
    return json{{"model_type", "llama"},
                {"architectures", json::array({"LlamaForCausalLM"})},
                {"num_hidden_layers", shape.layers},
                {"hidden_size", shape.dModel},
                {"num_attention_heads", shape.heads},
                {"num_key_value_heads", shape.kvHeads},
                {"intermediate_size", shape.ffn},
                {"max_position_embeddings", shape.context},
                {"vocab_size", shape.vocab},
                {"hidden_act", "silu"},
                {"tie_word_embeddings", shape.tiedEmbeddings}};
}

std::string transformersConfigText(const TransformerShape &shape, const CalculatorShapeRules &calculator)
{
    return transformersConfig(shape, calculator).dump(2) + "\n";
}

} // namespace frontier
