#pragma once
// What every subcommand shares: reading numbers and law settings from arguments, and writing
// answers as JSON (numbers stay numbers, in base units) or as a short human-readable table.

#include "model/core/message.h"
#include "model/laws/law.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <stdexcept>

namespace frontier::cli {

// Holds the translation context of the command line's own sentences.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// A bad or missing argument: exit code 2, one line on stderr naming it.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message)
        : std::runtime_error(message.toStdString())
    {
    }
};

// A positive, finite number; "70e9", "70B", "1.4T", "2k" are all accepted. Throws UsageError
// naming the option for anything else (NaN, inf, 0, negative, text).
double parsePositive(const QString &text, const QString &option);
std::optional<double> positiveOption(const QCommandLineParser &parser, const QString &option);

// Parses the subcommand's arguments; unknown options and stray positional arguments are
// UsageErrors. `positional` is how many positional arguments the subcommand takes.
void parseOrThrow(QCommandLineParser &parser, const QStringList &arguments, int positional = 0);

// The law named by --law (required) with the --set NAME=VALUE overrides applied.
Law lawFromOptions(const QCommandLineParser &parser);
void addLawOptions(QCommandLineParser &parser);

// Writes JSON (pretty, 2 spaces) or plain text to stdout.
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

// "$20000", "$6.48", or "unknown (no price)".
QString formatUsd(const std::optional<double> &usd);

// "70.0 B", "1.40 T", "5.76e+23": for people, never for scripts.
QString formatCount(double value);
QString formatNumber(double value, int precision = 4);

} // namespace frontier::cli
