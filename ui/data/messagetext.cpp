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
        {"fit.procedure_malformed", QT_TRANSLATE_NOOP("Message", "fitting procedure: malformed JSON: {detail}")},
        {"fit.observation_invalid", QT_TRANSLATE_NOOP("Message", "observation {index}: parameters, tokens and loss must be finite and positive")},
        {"fit.too_few_points", QT_TRANSLATE_NOOP("Message", "a fit needs at least {minimum} distinct (N, D) points, got {count} in {runs} runs")},
        {"fit.method_unknown", QT_TRANSLATE_NOOP("Message", "unknown fit method")},
        {"fit.cancelled", QT_TRANSLATE_NOOP("Message", "the fit was cancelled before any start finished")},
        {"fit.no_convergence", QT_TRANSLATE_NOOP("Message", "none of the {starts} starts of the fit converged: check that the losses fall as N and D grow")},
        {"fit.mle_not_finite", QT_TRANSLATE_NOOP("Message", "the maximum-likelihood fit found no finite likelihood from its start")},
        {"fit.exponent_not_positive", QT_TRANSLATE_NOOP("Message", "the fitted {exponent} is {value}, not positive: the loss would not fall with {what}")},
        // hardware
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
