#pragma once
// What every subcommand shares on the way in: reading numbers and law settings from its arguments,
// and the errors a bad argument raises (clioutput.h is the way out).

#include "model/core/errors.h"
#include "model/laws/law.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <map>
#include <optional>
#include <stdexcept>

namespace frontier::cli {

// Holds the translation context of the command line's own sentences.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// A bad or missing argument: exit code 2, one line on stderr naming it. The whole text is kept to
// one line of sane length too (clipValue), whatever a caller forgot to clip.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message);
};

// `--help` given to a subcommand: cli::run prints its usage and `options` to stdout, exit 0.
struct HelpRequested
{
    QString options;
};

// A model error in the user's language (data/messagetext).
QString messageOf(const InputError &error);

// A user's value echoed into a message: one line, at most clipValue's length.
QString echo(const QString &value);

// A positive, finite number; "70e9", "70B", "1.4T", "2k" are all accepted, in every locale. Throws
// UsageError naming the option for anything else (NaN, inf, 0, negative, text), and, when `limit`
// names a range of limits.json, for a value outside it.
double parsePositive(const QString &text, const QString &option, const char *limit = nullptr);
std::optional<double> positiveOption(const QCommandLineParser &parser, const QString &option,
                                     const char *limit = nullptr);
// The same, zero allowed (a free price, a zero-carbon grid).
std::optional<double> nonNegativeOption(const QCommandLineParser &parser, const QString &option, const char *limit);
// A whole number in [minimum, maximum].
std::optional<int> wholeOption(const QCommandLineParser &parser, const QString &option, int minimum, int maximum);
// Throws UsageError naming `option` unless `value` lies in limits.json's range `limit`.
double requireInLimits(double value, const QString &option, const char *limit);

// Parses the subcommand's arguments. Unknown options, stray positional arguments and an option given
// twice (other than --set and those in `repeatable`) are UsageErrors; --help throws HelpRequested.
// `positional` is how many positional arguments the subcommand takes.
void parseOrThrow(QCommandLineParser &parser, const QStringList &arguments, int positional = 0,
                  const QStringList &repeatable = {});
// Two options that cannot go together: a UsageError naming both.
void rejectTogether(const QCommandLineParser &parser, const QString &first, const QString &second);

// The law named by --law (required) with the --set NAME=VALUE overrides applied.
Law lawFromOptions(const QCommandLineParser &parser);
// The two halves of lawFromOptions: --law's id (a UsageError when missing) and the --set values.
std::string lawIdFromOptions(const QCommandLineParser &parser);
std::map<std::string, double> overridesFromOptions(const QCommandLineParser &parser);
void addLawOptions(QCommandLineParser &parser);

} // namespace frontier::cli
