#pragma once
// A run on capped unique data, on the way out (Muennighoff et al. 2023): the fields `loss`,
// `optimum` and `plan` add for --unique-tokens, in JSON and as lines for people.

#include "model/plan/planrepetition.h"

#include <nlohmann/json.hpp>

namespace frontier::cli {

// unique_tokens, epochs, effective_tokens, effective_params, unique_params, and (for a plan or an
// optimum) unlimited_loss, loss_lost, floor_loss.
void addRepetitionJson(nlohmann::json &out, const RepeatedRun &run);
void addRepetitionJson(nlohmann::json &out, const PlanRepetition &repetition);

void printRepetition(const RepeatedRun &run);
void printRepetition(const PlanRepetition &repetition);

} // namespace frontier::cli
