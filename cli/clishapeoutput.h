#pragma once
// Shapes (model/shape) on the way out: as JSON objects for scripts and as two lines each for people.
// `frontier shape` prints them, and `frontier plan` carries its plan's.

#include "model/shape/modelshape.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace frontier::cli {

// {"family", "role", "config_class", "layers", "width" (= "d_model"), "heads", "kv_heads", "head_dim",
// "ffn", "vocab", "context", "tied_embeddings", "aspect_ratio", "params" (total; null when not
// counted), "non_embedding_params", "active_params" (per token: a mixture of experts' top-k, a dense
// shape's total), "active_non_embedding_params"}.
nlohmann::json countJson(const ParamCount &count);
nlohmann::json shapeJson(const TransformerShape &shape);
nlohmann::json shapesJson(const std::vector<TransformerShape> &shapes);
void printShapes(const std::vector<TransformerShape> &shapes);

} // namespace frontier::cli
