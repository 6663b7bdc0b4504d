#include "cli/clioutput.h"

#include "model/core/numbers.h"
#include "model/core/quantity.h"
#include "model/plan/planinputs.h"
#include "data/messagetext.h"
#include "data/peopleformat.h"
#include "data/resourcedata.h"

#include <QTextStream>

#include <cmath>
#include <cstdio>

namespace frontier::cli {

namespace {

// "rows[3].cost_usd": where a bad number sits in an answer.
std::optional<std::string> firstNonFinite(const nlohmann::json &value, const std::string &path)
{
    if (value.is_number_float() && !std::isfinite(value.get<double>()))
        return path;
    if (value.is_object()) {
        for (const auto &[key, item] : value.items())
            if (auto found = firstNonFinite(item, path.empty() ? key : path + "." + key))
                return found;
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            if (auto found = firstNonFinite(value[i], path + "[" + std::to_string(i) + "]"))
                return found;
    }
    return std::nullopt;
}

[[noreturn]] void refuseNonFinite(const std::string &field)
{
    throw InputError(message("output.not_finite",
                             "the answer's {field} is out of range (not a finite number): check the inputs",
                             {{"field", field}}));
}

} // namespace

void requireFiniteAnswer(const nlohmann::json &answer)
{
    if (const auto field = firstNonFinite(answer, std::string()))
        refuseNonFinite(field->empty() ? std::string("value") : *field);
}

void printJson(const nlohmann::json &document)
{
    requireFiniteAnswer(document);
    // Text is checked as UTF-8 where it is read; should a byte slip through, it prints as U+FFFD
    // rather than throwing halfway through the answer.
    const std::string text = document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
}

void printLine(const QString &line)
{
    QTextStream(stdout) << line << '\n';
}

void printWarning(const std::string &warning)
{
    std::fflush(stdout);
    QTextStream(stderr) << "frontier: warning: " << QString::fromStdString(warning) << '\n';
}

void printWarning(const Message &warning)
{
    std::fflush(stdout);
    QTextStream(stderr) << Cli::tr("frontier: warning: %1").arg(data::messageText(warning)) << '\n';
}

nlohmann::json warningsJson(const std::vector<Message> &warnings)
{
    nlohmann::json out = nlohmann::json::array();
    for (const auto &w : warnings) {
        nlohmann::json values = nlohmann::json::object();
        for (const auto &arg : w.args)
            values[arg.name] = arg.value;
        out.push_back({{"code", w.code}, {"text", w.text()}, {"values", values}});
    }
    return out;
}

nlohmann::json optionalNumber(const std::optional<double> &value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

QString formatUsd(const std::optional<double> &usd)
{
    if (usd && !std::isfinite(*usd))
        refuseNonFinite("cost_usd");
    return usd ? data::peopleDollars(*usd, data::numberStyle()) : Cli::tr("unknown (no price)");
}

QString formatNumber(double value, int precision)
{
    if (!std::isfinite(value))
        refuseNonFinite("number");
    return QString::number(value, 'g', precision);
}

QString formatCount(double value)
{
    if (!std::isfinite(value))
        refuseNonFinite("number");
    return data::peopleCount(value, data::numberStyle());
}

} // namespace frontier::cli
