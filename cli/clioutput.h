#pragma once
// What every subcommand shares on the way out: answers as JSON (numbers stay numbers, in base units)
// or as a short table for people, and warnings on stderr.

#include "cli/clioptions.h"
#include "model/core/message.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace frontier::cli {

// Every number Frontier prints is finite: throws InputError "output.not_finite" naming the first
// field of `answer` that is not (JSON would print it as null, text as inf).
void requireFiniteAnswer(const nlohmann::json &answer);

// Writes JSON (pretty, 2 spaces; checked by requireFiniteAnswer first) or plain text to stdout.
void printJson(const nlohmann::json &document);
void printLine(const QString &line);
// "frontier: warning: ..." on stderr, after whatever stdout holds so the two do not interleave.
void printWarning(const std::string &warning);
// A model warning in the user's language.
void printWarning(const Message &warning);
// Warnings for scripts: [{"code": ..., "text": English sentence, "values": {name: value}}].
nlohmann::json warningsJson(const std::vector<Message> &warnings);

// A JSON number, or null when the value is unknown (no price, no loss): never a made-up zero.
nlohmann::json optionalNumber(const std::optional<double> &value);

// For people (data/peopleformat.h, in the translation's number style): "$20,000", "$6.48", "$1.2 M",
// or "unknown (no price)".
QString formatUsd(const std::optional<double> &usd);

// "70 B", "1.4 T" (or "700 亿", "1.4 万亿" in Chinese): for people, never for scripts. A non-finite value is refused
// (InputError), the last guard behind requireFiniteAnswer.
QString formatCount(double value);
QString formatNumber(double value, int precision = 4);

} // namespace frontier::cli
