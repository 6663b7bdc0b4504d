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
        // fit
        // hardware
        // cost
        {"carbon.bad_intensity", QT_TRANSLATE_NOOP("Message", "{file}: {id} has a negative or missing carbon intensity")},
        {"catalog.duplicate_id", QT_TRANSLATE_NOOP("Message", "{file}: duplicate id '{id}'")},
        {"pue.below_one", QT_TRANSLATE_NOOP("Message", "{file}: {provider} has PUE {pue}, below 1")},
        {"pue.no_fallback", QT_TRANSLATE_NOOP("Message", "{file}: default provider '{provider}' has no entry")},
        // plan
        {"plan.budget_or_job", QT_TRANSLATE_NOOP("Message", "a plan needs either a budget (amount and unit) or a job (parameters and tokens)")},
        {"plan.job_incomplete", QT_TRANSLATE_NOOP("Message", "a fixed job needs both parameters and tokens")},
        {"plan.memory_unknown", QT_TRANSLATE_NOOP("Message", "the GPU's memory is unknown: whether the model fits was not checked")},
        {"plan.does_not_fit", QT_TRANSLATE_NOOP("Message", "does not fit: {needed} per GPU needed on {gpus} GPUs with ZeRO-{stage}, {available} available; it fits on {min_gpus} GPUs with ZeRO-{min_stage}")},
        {"plan.does_not_fit_anywhere", QT_TRANSLATE_NOOP("Message", "does not fit: {needed} per GPU needed, {available} available, and no number of GPUs holds it at any ZeRO stage: the activations alone are too large (use a smaller micro-batch, shorter sequences or full recomputation)")},
        {"plan.region_provider_mismatch", QT_TRANSLATE_NOOP("Message", "region {region} belongs to {region_provider}, but offer {offer} is sold by {offer_provider}: its grid may not be where the offer runs")},
        {"plan.offer_region_not_in_dataset", QT_TRANSLATE_NOOP("Message", "offer {offer} runs in {region}, which grid dataset {dataset} does not list: the grid falls back to the default")},
        {"json.malformed", QT_TRANSLATE_NOOP("Message", "{file}: malformed JSON: {detail}")},
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
