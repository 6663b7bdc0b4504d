#pragma once
// A shape as the JSON of the transformers configuration class that builds it, with the field names
// those classes use: GPT2Config (n_layer, n_embd, n_head, n_inner, n_positions, vocab_size),
// LlamaConfig (num_hidden_layers, hidden_size, num_attention_heads, num_key_value_heads,
// intermediate_size, max_position_embeddings, vocab_size, tie_word_embeddings), MixtralConfig for a
// Llama-family mixture of more than one expert (LlamaConfig's fields, intermediate_size being each
// expert's width, plus num_local_experts and num_experts_per_tok, as transformers' MixtralConfig and
// mistralai/Mixtral-8x7B-v0.1's config.json name them) and TransfoXLConfig
// with the fields the 2020 calculator's "Initialize in transformers" snippet fills (d_model,
// d_embed, n_head, d_head, d_inner, n_layer, tgt_len, mem_len). Written by a config class's
// to_json_file, read back by from_pretrained / from_json_file.

#include "model/shape/modelshape.h"
#include "model/shape/shaperules.h"

#include <nlohmann/json.hpp>

#include <string>

namespace frontier {

// "GPT2Config", "LlamaConfig", "TransfoXLConfig".
std::string configClassName(ShapeFamily family);
// The same for one shape: "MixtralConfig" for a Llama-family mixture of experts.
std::string configClassName(const TransformerShape &shape);

// The configuration's fields, plus "model_type" and "architectures" as transformers writes them.
// Throws InputError for a mixture with a shared expert, which MixtralConfig cannot describe.
nlohmann::json transformersConfig(const TransformerShape &shape, const CalculatorShapeRules &calculator);

// The same, as text: two-space indented, a final newline (what a config.json file holds).
std::string transformersConfigText(const TransformerShape &shape, const CalculatorShapeRules &calculator);

} // namespace frontier
