#include "ui/data/messagetext.h"

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
        {"id.unknown", QT_TRANSLATE_NOOP("Message", "unknown {kind} '{key}'; known: {ids}")},
        {"id.unknown_near", QT_TRANSLATE_NOOP("Message", "unknown {kind} '{key}'; did you mean: {ids}")},
        {"csv.not_a_number", QT_TRANSLATE_NOOP("Message", "{source}: line {line}, column '{column}': expected a number, got '{cell}'")},
        // laws
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
        // hardware
        {"hardware.amp_unknown", QT_TRANSLATE_NOOP("Message", "unknown mixed-precision level '{level}'; expected O0, O1 or O2")},
        {"hardware.hf2020_bad_json", QT_TRANSLATE_NOOP("Message", "hf2020 speed model: malformed JSON: {detail}")},
        {"hardware.hf2020_no_gpus", QT_TRANSLATE_NOOP("Message", "hf2020 speed model: no GPUs")},
        // cost
        {"cost.hf2020_below_range", QT_TRANSLATE_NOOP("Message", "compute {flops} FLOPs is below the hf2020 law's valid range (N_opt is not positive)")},
        {"cost.hf2020_below_tipping_flops", QT_TRANSLATE_NOOP("Message", "on the 2020 {gpu} ({amp}) the speed model stops at its tipping point, width {width}: a narrower model is not faster, so budgets below {flops} FLOPs are not modelled")},
        {"cost.hf2020_below_tipping_time", QT_TRANSLATE_NOOP("Message", "on the 2020 {gpu} ({amp}) no compute-optimal model trains in under {hours} GPU-hours (the speed model's tipping point, width {width})")},
        {"cost.hf2020_width_too_small", QT_TRANSLATE_NOOP("Message", "width {width} is too small for the hf2020 size law: N(w) = {params} is not above its offset f = {offset}")},
        {"cost.mfu_above_one", QT_TRANSLATE_NOOP("Message", "MFU must be in (0, 1], got {value}")},
        // plan
        {"plan.amp_needs_hf2020_law", QT_TRANSLATE_NOOP("Message", "--amp: the 2020 speed model times the Transformer-XL an hf2020-form law calls optimal; law {law} is not one (use hf2020 or hf2020-exact-hull)")},
        {"plan.amp_not_2020_gpu", QT_TRANSLATE_NOOP("Message", "--amp applies to the 2020 GPUs of the Hugging Face study (V100, P100, P4, K80), not {gpu}")},
        {"plan.amp_with_peak", QT_TRANSLATE_NOOP("Message", "--amp selects the 2020 speed model; it cannot be combined with --mfu, --peak-flops or --precision")},
    };
    return table;
}

} // namespace

bool hasMessagePattern(const std::string &code)
{
    return patterns().count(code) > 0;
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
