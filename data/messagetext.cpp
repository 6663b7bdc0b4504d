#include "data/messagetext.h"

#include <QCoreApplication>

#include <map>
#include <string>

namespace frontier::data {

namespace {

// Translation context "Message": one pattern per code, with the model's {placeholders}. Kept in
// sections by the model folder that raises them, so each area adds its codes in one place.
const std::map<std::string, const char *> &patterns()
{
    static const std::map<std::string, const char *> table{
        // core
        {"value.not_finite", QT_TRANSLATE_NOOP("Message", "{what} must be a finite number, got {value}")},
        {"value.not_positive", QT_TRANSLATE_NOOP("Message", "{what} must be positive, got {value}")},
        {"value.negative", QT_TRANSLATE_NOOP("Message", "{what} must not be negative, got {value}")},
        {"id.unknown", QT_TRANSLATE_NOOP("Message", "unknown {kind} '{key}'; known: {ids}")},
        {"id.unknown_near", QT_TRANSLATE_NOOP("Message", "unknown {kind} '{key}'; did you mean: {ids}")},
        {"csv.unterminated_quote", QT_TRANSLATE_NOOP("Message", "{source}: unterminated quoted cell at line {line}")},
        {"csv.empty", QT_TRANSLATE_NOOP("Message", "{source}: the file is empty")},
        {"csv.cell_count", QT_TRANSLATE_NOOP("Message", "{source}: line {line} has {cells} cells, the header has {columns}")},
        {"csv.not_utf8", QT_TRANSLATE_NOOP("Message", "{source}: line {line} is not UTF-8 text (byte {offset})")},
        {"csv.not_a_number", QT_TRANSLATE_NOOP("Message", "{source}: line {line}, column '{column}': expected a number, got '{cell}'")},
        {"json.no_source", QT_TRANSLATE_NOOP("Message", "{context}: '{key}' has no source")},
        {"input.out_of_range", QT_TRANSLATE_NOOP("Message", "{what}: {value} is outside the plausible range {min} to {max}")},
        {"input.bad_zero_stage", QT_TRANSLATE_NOOP("Message", "the ZeRO stage must be 0, 1, 2 or 3, got {value}")},
        {"input.not_fraction", QT_TRANSLATE_NOOP("Message", "{what} must be above 0 and at most 1, got {value}")},
        {"limits.bad_range", QT_TRANSLATE_NOOP("Message", "{file}: '{key}' needs finite min <= max")},
        {"limits.no_reason", QT_TRANSLATE_NOOP("Message", "{file}: '{key}' has no reason")},
        {"limits.no_range", QT_TRANSLATE_NOOP("Message", "limits.json has no range for '{key}'")},
        // laws
        {"kaplan.nd_summary", QT_TRANSLATE_NOOP("Message", "constant nd_summary must be 0 (joint fit, Section 4.2) or 1 (summary constants)")},
        {"whatif.unsupported", QT_TRANSLATE_NOOP("Message", "law {law} cannot be bent by its {gesture}: it has no such constant")},
        {"whatif.no_solution", QT_TRANSLATE_NOOP("Message", "this change of the law has no finite answer at this budget")},
        {"whatif.at_pivot", QT_TRANSLATE_NOOP("Message", "a line turned about {flops} FLOPs cannot be dragged at that compute")},
        {"whatif.allocation_range", QT_TRANSLATE_NOOP("Message", "an allocation exponent of an L(N,D) law must be below 1, got {value}")},
        {"chart.too_few_points", QT_TRANSLATE_NOOP("Message", "a chart series needs at least two points, got {points}")},
        {"chart.outside_range", QT_TRANSLATE_NOOP("Message", "the chart's FLOPs {min} to {max} lie outside where law {law} answers")},
        {"allocation.too_few_rows", QT_TRANSLATE_NOOP("Message", "a power-law allocation needs at least two table rows")},
        {"laws.unknown_form", QT_TRANSLATE_NOOP("Message", "law {law} has an unknown form '{form}'")},
        {"laws.file_invalid", QT_TRANSLATE_NOOP("Message", "{file}: {reason}")},
        {"laws.no_repetition", QT_TRANSLATE_NOOP("Message", "this law has no repetition terms (R_D_star, R_N_star): it cannot weigh repeated data")},
        {"laws.no_repetition_terms", QT_TRANSLATE_NOOP("Message", "law {law} has no terms for repeated data: a unique-token cap needs a law with R_D_star and R_N_star, such as muennighoff2023")},
        {"laws.bad_repetition_epochs", QT_TRANSLATE_NOOP("Message", "repetition_epochs: needs nearly_new < fading < near_zero")},
        {"laws.no_capability", QT_TRANSLATE_NOOP("Message", "law {law} has no {capability}; it answers: {answers}")},
        {"laws.no_loss_formula", QT_TRANSLATE_NOOP("Message", "law {law} has no loss formula for these inputs; it answers: {answers}")},
        {"laws.no_nd", QT_TRANSLATE_NOOP("Message", "law {law} has no L(N,D)")},
        {"laws.curve_too_few_points", QT_TRANSLATE_NOOP("Message", "a learning curve needs at least two points, got {points}")},
        {"laws.outside_range", QT_TRANSLATE_NOOP("Message", "compute {flops} FLOPs is outside the valid range of {law} ({min} to {max} FLOPs)")},
        {"laws.outside_range_note", QT_TRANSLATE_NOOP("Message", "compute {flops} FLOPs is outside the valid range of {law} ({min} to {max} FLOPs): {note}")},
        {"laws.below_range", QT_TRANSLATE_NOOP("Message", "compute {flops} FLOPs is outside the valid range of {law} ({min} to any FLOPs)")},
        {"laws.below_range_note", QT_TRANSLATE_NOOP("Message", "compute {flops} FLOPs is outside the valid range of {law} ({min} to any FLOPs): {note}")},
        {"laws.bad_data_range", QT_TRANSLATE_NOOP("Message", "data_range '{key}': needs 0 <= min <= max, got {min} to {max}")},
        {"laws.data_file_missing", QT_TRANSLATE_NOOP("Message", "data file '{file}' is missing")},
        {"laws.fit_failed", QT_TRANSLATE_NOOP("Message", "the least-squares fit of {what} did not converge")},
        {"laws.hf2020_below_minimum", QT_TRANSLATE_NOOP("Message", "compute {flops} FLOPs is below the hf2020 law's lower limit of {minimum} FLOPs, where the fitted optimal size d*C^e + f stops being positive")},
        {"laws.hf2020_below_offset", QT_TRANSLATE_NOOP("Message", "a model of {params} parameters is smaller than any the hf2020 law calls optimal (its offset f is {offset})")},
        {"laws.hf2020_csv_compute_not_positive", QT_TRANSLATE_NOOP("Message", "{source}: line {line}: compute must be positive, got '{cell}'")},
        {"laws.hf2020_csv_loss_not_positive", QT_TRANSLATE_NOOP("Message", "{source}: line {line}, column '{column}': a loss must be positive, got '{cell}'")},
        {"laws.hf2020_csv_no_compute", QT_TRANSLATE_NOOP("Message", "{source}: no '{column}' column (compute / 86,400 FLOPs) in the header")},
        {"laws.hf2020_csv_no_runs", QT_TRANSLATE_NOOP("Message", "{source}: no run has more than {points} points (runs are the columns named '<run>{suffix}')")},
        {"laws.hf2020_empty_run", QT_TRANSLATE_NOOP("Message", "hf2020: run '{run}' has no points")},
        {"laws.hf2020_few_optima", QT_TRANSLATE_NOOP("Message", "hf2020: only {count} runs touch the frontier; fitting N_opt(C) = d*C^e + f needs at least 3")},
        {"laws.hf2020_no_source", QT_TRANSLATE_NOOP("Message", "hf2020 frontier: '{key}' has no source")},
        {"laws.hf2020_small_hull", QT_TRANSLATE_NOOP("Message", "hf2020: the frontier has {count} points; fitting L(C) = a*C^(-b) + c needs at least 3")},
        {"laws.hf2020_too_few_runs", QT_TRANSLATE_NOOP("Message", "hf2020: the frontier needs at least 4 runs (the procedure leaves out the two smallest and the largest at its ends), got {count}")},
        {"laws.hf2020_unknown_hull", QT_TRANSLATE_NOOP("Message", "hf2020 frontier: unknown hull '{hull}'; expected qhull-facing-point or exact-lower")},
        {"laws.qhull_failed", QT_TRANSLATE_NOOP("Message", "Qhull '{command}' failed with code {code}: {detail}")},
        // fit
        {"fit.id_taken", QT_TRANSLATE_NOOP("Message", "a fitted law cannot take the published id '{id}'")},
        {"fit.no_column", QT_TRANSLATE_NOOP("Message", "{source}: no {what} column (one of: {names}); found: {columns}")},
        {"fit.cell_not_positive", QT_TRANSLATE_NOOP("Message", "{source}: line {line}, column '{column}': must be positive, got {cell}")},
        {"fit.no_rows", QT_TRANSLATE_NOOP("Message", "{source}: the file has a header but no data rows")},
        {"fit.file_too_large", QT_TRANSLATE_NOOP("Message", "{source} is {size} bytes; a fit reads files of at most {limit} bytes")},
        {"fit.too_many_rows", QT_TRANSLATE_NOOP("Message", "{source} has more than {limit} rows; a fit takes at most {limit} runs")},
        {"fit.file_not_found", QT_TRANSLATE_NOOP("Message", "file not found: {path}")},
        {"fit.file_not_regular", QT_TRANSLATE_NOOP("Message", "{path} is not a regular file: a fit reads a CSV file")},
        {"fit.file_unreadable", QT_TRANSLATE_NOOP("Message", "cannot read {path}: {reason}")},
        {"fit.grid_empty", QT_TRANSLATE_NOOP("Message", "fitting procedure: the grid of '{axis}' is empty")},
        {"fit.no_starts", QT_TRANSLATE_NOOP("Message", "fitting procedure: the grid of starts is empty")},
        {"fit.delta_not_positive", QT_TRANSLATE_NOOP("Message", "fitting procedure: huber_delta must be positive")},
        {"fit.limits_invalid", QT_TRANSLATE_NOOP("Message", "fitting procedure: input_limits must be whole numbers of at least 1")},
        {"fit.screening_invalid", QT_TRANSLATE_NOOP("Message", "fitting procedure: grid_screening needs at least 5 sample runs and 1 refined minimum")},
        {"fit.observation_invalid", QT_TRANSLATE_NOOP("Message", "observation {index}: parameters, tokens and loss must be finite and positive")},
        {"fit.too_few_points", QT_TRANSLATE_NOOP("Message", "a fit needs at least {minimum} distinct (N, D) points, got {count} in {runs} runs")},
        {"fit.method_unknown", QT_TRANSLATE_NOOP("Message", "unknown fit method")},
        {"fit.cancelled", QT_TRANSLATE_NOOP("Message", "the fit was cancelled before any start finished")},
        {"fit.no_convergence", QT_TRANSLATE_NOOP("Message", "none of the {starts} starts of the fit converged: check that the losses fall as N and D grow")},
        {"fit.mle_not_finite", QT_TRANSLATE_NOOP("Message", "the maximum-likelihood fit found no finite likelihood from its start")},
        {"fit.exponent_not_positive", QT_TRANSLATE_NOOP("Message", "the fitted {exponent} is {value}, not positive: the loss would not fall with {what}")},
        {"fit.grid_screened", QT_TRANSLATE_NOOP("Message", "{runs} runs: the grid's {starts} starts ran on {sample} of them, spread evenly, and its {refined} best minima were refined on all runs")},
        {"fit.runs_on_one_line", QT_TRANSLATE_NOOP("Message", "the runs' tokens follow their sizes (D = {factor} x N^{exponent}): the effects of N and D cannot be told apart, so the fitted constants are not determined by these runs (add runs off that line)")},
        {"fit.one_token_count", QT_TRANSLATE_NOOP("Message", "every run has the same number of tokens ({tokens}): B and beta cannot be told apart from E, so the fitted constants are not determined by these runs (add runs of other lengths)")},
        {"fit.one_model_size", QT_TRANSLATE_NOOP("Message", "every run has the same model size ({params} parameters): A and alpha cannot be told apart from E, so the fitted constants are not determined by these runs (add runs of other sizes)")},
        // hardware
        {"hardware.hf2020_no_gpus", QT_TRANSLATE_NOOP("Message", "hf2020 speed model: no GPUs")},
        {"accelerator.no_peak", QT_TRANSLATE_NOOP("Message", "{name} ({id}) has no {precision} peak in the catalogue; it has: {known}")},
        {"accelerator.no_peak_at_all", QT_TRANSLATE_NOOP("Message", "{name} ({id}) has no {precision} peak in the catalogue; it has no FLOP/s figure at all")},
        {"accelerator.no_training_peak", QT_TRANSLATE_NOOP("Message", "no peak FLOP/s is known for {id}: give --peak-flops")},
        {"accelerators.no_source", QT_TRANSLATE_NOOP("Message", "accelerators: '{id}' has no source")},
        {"accelerators.empty", QT_TRANSLATE_NOOP("Message", "accelerators: the catalogue is empty")},
        {"offer.no_price_for_pricing", QT_TRANSLATE_NOOP("Message", "offer {id} lists no {pricing} price (as of {date})")},
        {"offers.no_price", QT_TRANSLATE_NOOP("Message", "cloud offers: '{id}' has no price")},
        {"offers.no_date_or_source", QT_TRANSLATE_NOOP("Message", "cloud offers: '{id}' has no price date or no source")},
        {"offers.unknown_accelerator", QT_TRANSLATE_NOOP("Message", "cloud offer {id}: {reason}")},
        {"memory.usable_fraction_above_one", QT_TRANSLATE_NOOP("Message", "memory constants: the usable memory fraction must be at most 1, got {value}")},
        {"memory.zero_stage", QT_TRANSLATE_NOOP("Message", "ZeRO stage must be 0, 1, 2 or 3, got {value}")},
        {"memory.gpus_below_one", QT_TRANSLATE_NOOP("Message", "the number of GPUs must be at least 1, got {value}")},
        // user catalogues (model/hardware/usercatalog.h, data/usercatalogfile.h)
        {"usercatalog.invalid", QT_TRANSLATE_NOOP("Message", "{file}: {reason}")},
        {"usercatalog.unknown_key", QT_TRANSLATE_NOOP("Message", "{file}: {where}unknown key '{key}' ignored")},
        {"usercatalog.csv_not_positive", QT_TRANSLATE_NOOP("Message", "{source}: line {line}, column '{column}': must be positive, got {cell}")},
        {"usercatalog.file_not_found", QT_TRANSLATE_NOOP("Message", "file not found: {path}")},
        {"usercatalog.file_unreadable", QT_TRANSLATE_NOOP("Message", "cannot read {path}: {reason}")},
        // batch (model/batch)
        {"batch.far_past_critical", QT_TRANSLATE_NOOP("Message", "a batch of {batch} tokens is {ratio} x the critical batch of {b_crit} tokens at loss {loss} (Kaplan et al. 2020): it processes {tokens_factor} x the least data for that loss, and a larger batch saves almost no steps")},
        {"batch.past_gpu_saturation", QT_TRANSLATE_NOOP("Message", "{sequences} sequences per GPU: the Hugging Face 2020 study saw the {gpu}'s speed stop growing past {saturation}, so a larger batch per GPU buys no throughput")},
        {"batch.law_not_kaplan", QT_TRANSLATE_NOOP("Message", "{file}: law {law} has no critical batch B_crit(L)")},
        {"batch.bad_ratio", QT_TRANSLATE_NOOP("Message", "{file}: far_past_ratio must be above 1, got {value}")},
        // cost
        {"energy.negative_hours", QT_TRANSLATE_NOOP("Message", "GPU-hours must not be negative")},
        {"energy.power_fraction_above_one", QT_TRANSLATE_NOOP("Message", "power fraction must be at most 1")},
        {"energy.pue_below_one", QT_TRANSLATE_NOOP("Message", "PUE must be at least 1")},
        {"energy.negative", QT_TRANSLATE_NOOP("Message", "energy and grid carbon intensity must not be negative")},
        {"cost.overhead_below_one", QT_TRANSLATE_NOOP("Message", "the overhead factor must be at least 1, got {value}")},
        {"cost.budget_absurd", QT_TRANSLATE_NOOP("Message", "budget in {unit} is absurd: more than 1e36 FLOPs")},
        {"cost.budget_buys_absurd", QT_TRANSLATE_NOOP("Message", "budget in {unit} is absurd: it buys more than 1e36 FLOPs")},
        {"cost.usd_budget_needs_price", QT_TRANSLATE_NOOP("Message", "a budget in dollars needs a price per GPU-hour (an offer or a typed price)")},
        {"cost.co2_budget_needs_grid", QT_TRANSLATE_NOOP("Message", "a budget in kg CO2 needs a grid carbon intensity (a region, a country or g/kWh)")},
        {"cost.no_price", QT_TRANSLATE_NOOP("Message", "no price per GPU-hour: the cost in dollars is unknown")},
        {"cost.no_grid", QT_TRANSLATE_NOOP("Message", "no grid carbon intensity: the CO2 is unknown")},
        {"carbon.bad_intensity", QT_TRANSLATE_NOOP("Message", "{file}: {id} has a negative or missing carbon intensity")},
        {"catalog.duplicate_id", QT_TRANSLATE_NOOP("Message", "{file}: duplicate id '{id}'")},
        // published runs (resources/runs/runs.json)
        {"runs.no_gap_reason", QT_TRANSLATE_NOOP("Message", "{file}: run '{id}': '{field}' is null without a reason under 'gaps'")},
        {"runs.not_positive", QT_TRANSLATE_NOOP("Message", "{file}: run '{id}': '{field}' must be positive, got {value}")},
        {"runs.no_source", QT_TRANSLATE_NOOP("Message", "{file}: run '{id}': '{field}' has no source")},
        {"runs.no_id", QT_TRANSLATE_NOOP("Message", "{file}: a run has an empty id")},
        {"runs.no_co2_basis", QT_TRANSLATE_NOOP("Message", "{file}: run '{id}': a CO2 figure needs 'co2_basis' (how it was counted)")},
        {"runs.empty", QT_TRANSLATE_NOOP("Message", "{file}: the catalogue of published runs is empty")},
        {"runs.no_flops", QT_TRANSLATE_NOOP("Message", "{name} has no published training compute to compare with")},
        {"accelerators.duplicate_id", QT_TRANSLATE_NOOP("Message", "accelerators: duplicate id '{id}'")},
        {"offers.duplicate_id", QT_TRANSLATE_NOOP("Message", "cloud offers: duplicate id '{id}'")},
        {"pue.below_one", QT_TRANSLATE_NOOP("Message", "{file}: {provider} has PUE {pue}, below 1")},
        {"pue.no_fallback", QT_TRANSLATE_NOOP("Message", "{file}: default provider '{provider}' has no entry")},
        // plan
        {"document.no_setup", QT_TRANSLATE_NOOP("Message", "no plan has been computed yet")},
        {"plan.one_request", QT_TRANSLATE_NOOP("Message", "a plan needs exactly one of: a budget (amount and unit), a job (parameters and tokens) or a target loss")},
        {"plan.target_no_loss", QT_TRANSLATE_NOOP("Message", "law {law} predicts no loss, only the compute-optimal size: it cannot plan for a target loss")},
        {"plan.target_below_irreducible", QT_TRANSLATE_NOOP("Message", "a loss of {loss} is at or below the irreducible loss {floor} of law {law}: no amount of compute reaches it; aim above {floor}")},
        {"plan.target_above_frontier", QT_TRANSLATE_NOOP("Message", "a loss of {loss} is above the loss {reached} that law {law} gives at its smallest compute, {flops} FLOPs: any run it plans does better")},
        {"plan.target_no_answer", QT_TRANSLATE_NOOP("Message", "law {law} gives no finite loss between {min} and {max} FLOPs: check its constants")},
        {"plan.target_unreachable", QT_TRANSLATE_NOOP("Message", "a loss of {loss} takes more than {flops} FLOPs under law {law} (it reaches {reached} there): aim higher")},
        // inference-aware size (model/inference)
        {"inference.no_loss_of_params_tokens", QT_TRANSLATE_NOOP("Message", "law {law} has no loss L(N, D) of size and tokens: it cannot trade one for the other")},
        {"inference.params_too_small", QT_TRANSLATE_NOOP("Message", "{params} parameters do not reach a loss of {loss} under law {law} on any amount of data")},
        {"inference.loss_below_floor", QT_TRANSLATE_NOOP("Message", "a loss of {loss} is at or below what any model reaches under law {law}: aim higher")},
        {"inference.no_loss", QT_TRANSLATE_NOOP("Message", "law {law} predicts no loss for the reference run: there is no quality to match")},
        {"inference.no_answer", QT_TRANSLATE_NOOP("Message", "law {law} gives no least lifetime cost for a loss of {loss}: check its constants")},
        {"inference.mfu_range", QT_TRANSLATE_NOOP("Message", "{what} must be in (0, 1], got {value}")},
        {"inference.no_training_price", QT_TRANSLATE_NOOP("Message", "the training setup has no price per GPU-hour: choose an offer or type a price")},
        {"inference.no_serving_price", QT_TRANSLATE_NOOP("Message", "the serving setup has no price per GPU-hour: choose a serving offer or type a price")},
        {"plan.job_incomplete", QT_TRANSLATE_NOOP("Message", "a fixed job needs both parameters and tokens")},
        {"plan.memory_unknown", QT_TRANSLATE_NOOP("Message", "the GPU's memory is unknown: whether the model fits was not checked")},
        {"plan.does_not_fit", QT_TRANSLATE_NOOP("Message", "does not fit: {needed} per GPU needed on {gpus} GPUs with ZeRO-{stage}, {usable} usable ({share} of {capacity}); it fits on {min_gpus} GPUs with ZeRO-{min_stage}")},
        {"plan.does_not_fit_anywhere", QT_TRANSLATE_NOOP("Message", "does not fit: {needed} per GPU needed, {usable} usable ({share} of {capacity}), and no number of GPUs holds it at any ZeRO stage: the activations alone are too large (use a smaller micro-batch, shorter sequences or full recomputation)")},
        {"plan.region_provider_mismatch", QT_TRANSLATE_NOOP("Message", "region {region} belongs to {region_provider}, but offer {offer} is sold by {offer_provider}: its grid may not be where the offer runs")},
        {"plan.offer_region_not_in_dataset", QT_TRANSLATE_NOOP("Message", "offer {offer} runs in {region}, which grid dataset {dataset} does not list: the grid falls back to the default")},
        {"plan.no_peak", QT_TRANSLATE_NOOP("Message", "no peak FLOP/s is known for {gpu}: give --peak-flops")},
        {"plan.amp_not_2020_gpu", QT_TRANSLATE_NOOP("Message", "--amp applies to the 2020 GPUs of the Hugging Face study (V100, P100, P4, K80), not {gpu}")},
        {"plan.amp_with_peak", QT_TRANSLATE_NOOP("Message", "--amp selects the 2020 speed model; it cannot be combined with --mfu, --peak-flops or --precision")},
        {"plan.price_twice", QT_TRANSLATE_NOOP("Message", "--offer and --usd-per-gpu-hour: give the price once")},
        {"plan.offer_other_gpu", QT_TRANSLATE_NOOP("Message", "offer {offer} is for {offer_gpu}, not {gpu}")},
        {"plan.no_tdp", QT_TRANSLATE_NOOP("Message", "no TDP is known for {gpu}: give --gpu-watts")},
        {"plan.no_gpu", QT_TRANSLATE_NOOP("Message", "no GPU chosen: give --gpu (see 'frontier gpus')")},
        {"json.malformed", QT_TRANSLATE_NOOP("Message", "{file}: malformed JSON: {detail}")},
        {"json.too_deep", QT_TRANSLATE_NOOP("Message", "{file}: JSON nested more than {limit} levels deep (arrays and objects within each other)")},
        {"cost.hf2020_below_range", QT_TRANSLATE_NOOP("Message", "compute {flops} FLOPs is below the hf2020 law's valid range (N_opt is not positive)")},
        {"cost.hf2020_below_tipping_flops", QT_TRANSLATE_NOOP("Message", "on the 2020 {gpu} ({amp}) the speed model stops at its tipping point, width {width}: a narrower model is not faster, so budgets below {flops} FLOPs are not modelled")},
        {"cost.hf2020_below_tipping_time", QT_TRANSLATE_NOOP("Message", "on the 2020 {gpu} ({amp}) no compute-optimal model trains in under {hours} GPU-hours (the speed model's tipping point, width {width})")},
        {"cost.hf2020_width_too_small", QT_TRANSLATE_NOOP("Message", "width {width} is too small for the hf2020 size law: N(w) = {params} is not above its offset f = {offset}")},
        {"cost.mfu_above_one", QT_TRANSLATE_NOOP("Message", "MFU must be in (0, 1], got {value}")},
        {"plan.amp_needs_hf2020_law", QT_TRANSLATE_NOOP("Message", "--amp: the 2020 speed model times the Transformer-XL an hf2020-form law calls optimal; law {law} is not one (use hf2020 or hf2020-exact-hull)")},
        // shape (model/shape)
        {"shape.not_positive", QT_TRANSLATE_NOOP("Message", "the shape's {field} must be at least 1, got {value}")},
        {"shape.too_large", QT_TRANSLATE_NOOP("Message", "the shape's {field} is {value}: more than any model Frontier counts")},
        {"shape.heads_divide", QT_TRANSLATE_NOOP("Message", "{heads} heads do not divide d_model {d_model} into equal heads")},
        {"shape.kv_heads_divide", QT_TRANSLATE_NOOP("Message", "{kv_heads} KV heads do not divide the {heads} query heads into equal groups")},
        {"shape.gpt2_kv_heads", QT_TRANSLATE_NOOP("Message", "GPT-2 has no grouped-query attention: KV heads must equal the heads ({heads})")},
        {"shape.count_too_large", QT_TRANSLATE_NOOP("Message", "the shape has more than 4e18 parameters: more than any model Frontier counts")},
        {"shape.gpt2_moe", QT_TRANSLATE_NOOP("Message", "Frontier counts experts and Q/K/V biases for the Llama family only, not GPT-2")},
        {"moe.experts_range", QT_TRANSLATE_NOOP("Message", "the number of experts must be a whole number from 1 to 100000, got {value}")},
        {"moe.top_k_range", QT_TRANSLATE_NOOP("Message", "top-k must be from 1 to the number of experts ({experts}), got {value}")},
        {"session.moe_incomplete", QT_TRANSLATE_NOOP("Message", "{key}: missing; a mixture of experts needs {experts} and {top_k}")},
        {"plan.moe_no_loss_law", QT_TRANSLATE_NOOP("Message", "no scaling law Frontier ships predicts the loss of a mixture of experts: {law} is a law of dense models, so its loss for {params} parameters is not shown as this model's")},
        {"plan.moe_target_loss", QT_TRANSLATE_NOOP("Message", "a mixture of experts cannot be planned for a target loss: no scaling law Frontier ships predicts its loss")},
        {"plan.moe_not_counted", QT_TRANSLATE_NOOP("Message", "the mixture of experts was not counted: Frontier has no Llama shape for {params} parameters, so the total parameters and the memory check are those of a dense model")},
        {"shape.config_shared_expert", QT_TRANSLATE_NOOP("Message", "transformers' MixtralConfig has no shared expert: no config is written for a mixture with one")},
        {"shape.unknown_family", QT_TRANSLATE_NOOP("Message", "unknown model family '{key}'; known: txl, gpt2, llama")},
        {"shapes.not_whole", QT_TRANSLATE_NOOP("Message", "{file}: '{key}' must be a positive whole number")},
        {"shapes.not_positive", QT_TRANSLATE_NOOP("Message", "{file}: '{key}' must be positive")},
        // serve (model/serve/serving.h)
        {"serve.file_not_positive", QT_TRANSLATE_NOOP("Message", "{file}: '{key}' must be positive")},
        {"serve.file_fraction", QT_TRANSLATE_NOOP("Message", "{file}: serving_mfu and memory_fraction must be at most 1")},
        {"serve.shape_count", QT_TRANSLATE_NOOP("Message", "the served model's {field} must be a whole number from 1 to 1000000, got {value}")},
        {"serve.top_k_range", QT_TRANSLATE_NOOP("Message", "top-k must be from 1 to the {experts} experts, got {top_k}")},
        {"serve.bits_range", QT_TRANSLATE_NOOP("Message", "bits per weight must be above 0 and at most {max}, got {value}")},
        {"serve.pruned_range", QT_TRANSLATE_NOOP("Message", "the pruned share of the weights must be at least 0 and below 1, got {value}")},
        {"serve.context_range", QT_TRANSLATE_NOOP("Message", "the context must be a whole number of tokens from 1 to {max}, got {value}")},
        {"serve.batch_range", QT_TRANSLATE_NOOP("Message", "the serving batch must be a whole number of sequences from 1 to {max}, got {value}")},
        {"serve.active_above_total", QT_TRANSLATE_NOOP("Message", "active parameters ({active}) cannot exceed the model's total parameters ({total})")},
        {"serve.bandwidth", QT_TRANSLATE_NOOP("Message", "the GPU's memory bandwidth must be a positive number of bytes per second, got {value}")},
        {"serve.too_many_gpus", QT_TRANSLATE_NOOP("Message", "weights and KV cache need {gpus} GPUs to hold them, more than {max}: serve a smaller model, batch or context")},
        {"serve.no_figure", QT_TRANSLATE_NOOP("Message", "{gpu} has no known {field}: type the figure in a catalogue of your own to serve on it")},
        {"serve.no_shapes", QT_TRANSLATE_NOOP("Message", "no shape rules to size the served model's attention with")},
        {"serve.loss_penalty", QT_TRANSLATE_NOOP("Message", "the loss penalty must be from 0 to {max} nats per token, got {value}")},
        // session (model/plan/session.h; data/sessionfile.h)
        {"session.malformed", QT_TRANSLATE_NOOP("Message", "not a session: malformed JSON: {detail}")},
        {"session.too_deep", QT_TRANSLATE_NOOP("Message", "not a session: JSON nested more than {limit} levels deep")},
        {"session.nul_byte", QT_TRANSLATE_NOOP("Message", "a NUL byte at byte offset {offset}: a session is text")},
        {"session.no_schema", QT_TRANSLATE_NOOP("Message", "schema_version: missing; this is not a Frontier session")},
        {"session.newer_schema", QT_TRANSLATE_NOOP("Message", "schema_version {version} is newer than this Frontier reads (up to {supported}); update Frontier to open it")},
        {"session.wrong_type", QT_TRANSLATE_NOOP("Message", "{key}: expected {expected}, got {type}")},
        {"session.not_fraction", QT_TRANSLATE_NOOP("Message", "{key} must be in (0, 1], got {value}")},
        {"session.not_whole", QT_TRANSLATE_NOOP("Message", "{key} must be a whole number from {min} to {max}, got {value}")},
        {"session.bad_range", QT_TRANSLATE_NOOP("Message", "{key}: [{min}, {max}] is not an axis range (log10, min below max)")},
        {"session.unknown_id", QT_TRANSLATE_NOOP("Message", "{field}: unknown {kind} '{key}'; known: {ids}")},
        {"session.unknown_id_near", QT_TRANSLATE_NOOP("Message", "{field}: unknown {kind} '{key}'; did you mean: {ids}")},
        {"session.missing_key", QT_TRANSLATE_NOOP("Message", "{key}: missing; the default is used")},
        {"session.unknown_key", QT_TRANSLATE_NOOP("Message", "{key}: not a session key; ignored")},
        {"session.unknown_choice", QT_TRANSLATE_NOOP("Message", "{key}: unknown value '{value}'; known: {values}")},
        {"session.unknown_mode", QT_TRANSLATE_NOOP("Message", "{key}: unknown plan mode '{mode}'; known: {modes}")},
        {"session.serving_incomplete", QT_TRANSLATE_NOOP("Message", "{key}: missing; the serving settings need it")},
        {"session.bad_bits", QT_TRANSLATE_NOOP("Message", "{key} must be above 0 and at most {max}, got {value}")},
        {"session.bad_pruned", QT_TRANSLATE_NOOP("Message", "{key} must be at least 0 and below 1, got {value}")},
        {"session.out_of_range", QT_TRANSLATE_NOOP("Message", "{key} must be from {min} to {max}, got {value}")},
        {"session.mode_conflict", QT_TRANSLATE_NOOP("Message", "{fixed_key}: {fixed} contradicts {key}: '{mode}'; make the two agree or leave out {fixed_key}")},
        // ui data
        {"resource.missing", QT_TRANSLATE_NOOP("Message", "missing resource file {path}: {reason}")},
        // cli
        {"output.not_finite", QT_TRANSLATE_NOOP("Message", "the answer's {field} is out of range (not a finite number): check the inputs")},
        // compare
        {"pareto.lengths", QT_TRANSLATE_NOOP("Message", "Pareto front: {x} x values but {y} y values")},
        {"compare.nothing_left", QT_TRANSLATE_NOOP("Message", "compare: all {count} offers and GPUs were left out: {reasons}")},
        {"plan.above_law_data", QT_TRANSLATE_NOOP("Message", "{what} {value} is {factor}× the largest of the runs law {law} was fitted on ({range}): its answer here is an extrapolation")},
        {"plan.below_law_data", QT_TRANSLATE_NOOP("Message", "{what} {value} is {factor}× below the smallest of the runs law {law} was fitted on ({range}): its answer here is an extrapolation")},
        {"plan.loss_implausible", QT_TRANSLATE_NOOP("Message", "the predicted loss {loss} is outside the plausible range {min} to {max}: the law is used far from the runs it was fitted on")},
        {"plan.loss_impossible", QT_TRANSLATE_NOOP("Message", "the law predicts a loss of {loss}, which is no loss: it must be positive and at least the law's irreducible loss {floor}; check the law's constants")},
        {"plan.target_below_cap_floor", QT_TRANSLATE_NOOP("Message", "a loss of {loss} is at or below {floor}, the least loss {unique} unique tokens give under law {law} however long the run: aim above {floor}, or find more unique data")},
        {"plan.repeat_nearly_new", QT_TRANSLATE_NOOP("Message", "{epochs} epochs of the unique data: up to about {nearly_new} epochs repeated tokens are nearly as good as new ones ({source})")},
        {"plan.repeat_fading", QT_TRANSLATE_NOOP("Message", "{epochs} epochs of the unique data: past about {nearly_new} epochs each repetition is worth less than new data, and the returns fade towards {fading} epochs ({source})")},
        {"plan.repeat_diminishing", QT_TRANSLATE_NOOP("Message", "{epochs} epochs of the unique data: past about {fading} epochs repetition brings sharply diminishing returns, near zero by {near_zero} epochs ({source})")},
        {"plan.repeat_near_zero", QT_TRANSLATE_NOOP("Message", "{epochs} epochs of the unique data: past about {near_zero} epochs more repetition is worth almost nothing; more unique data, not more compute, would lower the loss ({source})")},
        {"plan.below_one", QT_TRANSLATE_NOOP("Message", "the plan has {params} parameters and {tokens} tokens: a model needs at least one of each (the budget is too small for any model, or the law's constants are far from any fit)")},
        {"compare.row_implausible", QT_TRANSLATE_NOOP("Message", "{offer} left out of the comparison: {reason}")},
        // export (ui/export/chartexport.cpp, ui/export/exporttargets.cpp, ui/export/comparisonexport.cpp)
        {"export.unknown_format", QT_TRANSLATE_NOOP("Message", "{path}: unknown export format '{suffix}'; use .png, .svg, .pdf or .csv")},
        {"export.bad_size", QT_TRANSLATE_NOOP("Message", "export size {width} x {height}: each side must be from {min} to {max} pixels")},
        {"export.bad_scale", QT_TRANSLATE_NOOP("Message", "export scale {value}: must be from {min} to {max}")},
        {"export.too_many_pixels", QT_TRANSLATE_NOOP("Message", "{path}: {width} x {height} pixels at scale {scale} is more than {max} pixels a side")},
        {"export.no_data", QT_TRANSLATE_NOOP("Message", "{path}: this chart has no data to write as CSV")},
        {"export.draw_failed", QT_TRANSLATE_NOOP("Message", "cannot draw the chart into {path}")},
        {"export.write_failed", QT_TRANSLATE_NOOP("Message", "cannot write {path}: {reason}")},
        {"export.table_is_csv", QT_TRANSLATE_NOOP("Message", "{path}: the comparison table is written as CSV only; use a .csv file")},
        {"export.no_plan", QT_TRANSLATE_NOOP("Message", "the inputs give no plan to compare")},
        {"export.no_points", QT_TRANSLATE_NOOP("Message", "the scatter has no point: no offer shown has both of its values (a law without a loss predicts none for a budget)")},
        {"export.nothing_compared", QT_TRANSLATE_NOOP("Message", "no offer can run this plan: {count} were left out")},
    };
    return table;
}

} // namespace

std::string messagePattern(const std::string &code)
{
    const auto found = patterns().find(code);
    return found == patterns().end() ? std::string() : std::string(found->second);
}

bool hasMessagePattern(const std::string &code)
{
    return patterns().count(code) > 0;
}

std::vector<std::string> messageCodes()
{
    std::vector<std::string> codes;
    for (const auto &[code, pattern] : patterns())
        codes.push_back(code);
    return codes;
}

QString messageText(const Message &message)
{
    const auto found = patterns().find(message.code);
    if (found == patterns().end())
        return QString::fromStdString(message.text());
    // Words a person reads ("compute", "accelerator") are translated from context "Quantity"; the
    // rest (numbers, ids, option names) go in as they are.
    std::vector<MessageArg> args = message.args;
    for (auto &arg : args)
        if (arg.kind == MessageArg::Kind::Quantity)
            arg.value = QCoreApplication::translate("Quantity", arg.value.c_str()).toStdString();
    const QString pattern = QCoreApplication::translate("Message", found->second);
    return QString::fromStdString(fillPlaceholders(pattern.toStdString(), args));
}

} // namespace frontier::data
