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
        {"input.out_of_range", QT_TRANSLATE_NOOP("Message", "{what}: {value} is outside the plausible range {min} to {max}")},
        // laws
        // fit
        // hardware
        // cost
        // plan
        // cli
        {"output.not_finite", QT_TRANSLATE_NOOP("Message", "the answer's {field} is out of range (not a finite number): check the inputs")},
        {"compare.nothing_left", QT_TRANSLATE_NOOP("Message", "compare: all {count} offers and GPUs were left out: {reasons}")},
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
