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
        {"precision.unknown", QT_TRANSLATE_NOOP("Message", "unknown precision '{value}'; expected fp32, tf32, bf16, fp16 or fp8")},
        {"accelerator.no_peak", QT_TRANSLATE_NOOP("Message", "{name} ({id}) has no {precision} peak in the catalogue; it has: {known}")},
        {"accelerator.no_peak_at_all", QT_TRANSLATE_NOOP("Message", "{name} ({id}) has no {precision} peak in the catalogue; it has no FLOP/s figure at all")},
        {"accelerator.no_training_peak", QT_TRANSLATE_NOOP("Message", "no peak FLOP/s is known for {id}: give --peak-flops")},
        {"accelerators.duplicate_id", QT_TRANSLATE_NOOP("Message", "accelerators: duplicate id '{id}'")},
        {"accelerators.no_source", QT_TRANSLATE_NOOP("Message", "accelerators: '{id}' has no source")},
        {"accelerators.empty", QT_TRANSLATE_NOOP("Message", "accelerators: the catalogue is empty")},
        {"accelerators.malformed", QT_TRANSLATE_NOOP("Message", "accelerators: malformed JSON: {detail}")},
        {"pricing.unknown", QT_TRANSLATE_NOOP("Message", "unknown pricing '{value}'; expected on-demand, 1y or 3y")},
        {"offer.no_price_for_pricing", QT_TRANSLATE_NOOP("Message", "offer {id} lists no {pricing} price (as of {date})")},
        {"offers.duplicate_id", QT_TRANSLATE_NOOP("Message", "cloud offers: duplicate id '{id}'")},
        {"offers.no_price", QT_TRANSLATE_NOOP("Message", "cloud offers: '{id}' has no price")},
        {"offers.no_date_or_source", QT_TRANSLATE_NOOP("Message", "cloud offers: '{id}' has no price date or no source")},
        {"offers.malformed", QT_TRANSLATE_NOOP("Message", "cloud offers: malformed JSON: {detail}")},
        {"offers.unknown_accelerator", QT_TRANSLATE_NOOP("Message", "cloud offer {id}: {reason}")},
        {"recompute.unknown", QT_TRANSLATE_NOOP("Message", "unknown recomputation '{value}'; expected none, selective or full")},
        {"memory.malformed", QT_TRANSLATE_NOOP("Message", "memory constants: malformed JSON: {detail}")},
        {"memory.usable_fraction_above_one", QT_TRANSLATE_NOOP("Message", "memory constants: the usable memory fraction must be at most 1, got {value}")},
        {"memory.zero_stage", QT_TRANSLATE_NOOP("Message", "ZeRO stage must be 0, 1, 2 or 3, got {value}")},
        {"memory.gpus_below_one", QT_TRANSLATE_NOOP("Message", "the number of GPUs must be at least 1, got {value}")},
        // cost
        // plan
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
