#include "cli/clioptions.h"

#include "model/core/numbers.h"
#include "model/core/quantity.h"
#include "model/plan/planinputs.h"
#include "data/messagetext.h"
#include "data/peopleformat.h"
#include "data/quantityfaulttext.h"
#include "data/resourcedata.h"

#include <QTextStream>

#include <cmath>
#include <cstdio>

namespace frontier::cli {

namespace {

// Room for an option name, a clipped value and the sentence around them.
constexpr std::size_t kMostMessageBytes = 400;

std::string oneLine(const QString &message)
{
    return clipValue(message.toStdString(), kMostMessageBytes);
}

// The value of an option's text; a number beyond double's range is said to be so.
std::optional<double> numberIn(const QString &text, const QString &option)
{
    const QuantityReading reading = readQuantity(text.trimmed().toStdString());
    // Not a number at all is the caller's to say (it knows what was expected); out of range is said here.
    if (!reading.value && reading.fault != QuantityFault::NotANumber)
        throw UsageError(Cli::tr("%1: %2").arg(option, data::quantityFaultText(reading.fault, echo(text))));
    return reading.value;
}

} // namespace

UsageError::UsageError(const QString &message)
    : std::runtime_error(oneLine(message))
{
}

QString messageOf(const InputError &error)
{
    return data::messageText(error.message());
}

QString echo(const QString &value)
{
    return QString::fromStdString(clipValue(value.toStdString()));
}

double requireInLimits(double value, const QString &option, const char *limit)
{
    try {
        return data::inputLimits().check(limit, value, {"what", option.toStdString()});
    } catch (const InputError &e) {
        throw UsageError(messageOf(e));
    }
}

double parsePositive(const QString &text, const QString &option, const char *limit)
{
    const auto value = numberIn(text, option);
    if (!value)
        throw UsageError(Cli::tr("%1: expected a number, got '%2'").arg(option, echo(text)));
    if (*value <= 0)
        throw UsageError(Cli::tr("%1: must be positive, got %2").arg(option, echo(text)));
    return limit ? requireInLimits(*value, option, limit) : *value;
}

std::optional<double> positiveOption(const QCommandLineParser &parser, const QString &option, const char *limit)
{
    if (!parser.isSet(option))
        return std::nullopt;
    return parsePositive(parser.value(option), QLatin1String("--") + option, limit);
}

std::optional<double> nonNegativeOption(const QCommandLineParser &parser, const QString &option, const char *limit)
{
    if (!parser.isSet(option))
        return std::nullopt;
    const QString name = QLatin1String("--") + option;
    const QString text = parser.value(option);
    const auto value = numberIn(text, name);
    if (!value)
        throw UsageError(Cli::tr("%1: expected a number, got '%2'").arg(name, echo(text)));
    if (*value < 0)
        throw UsageError(Cli::tr("%1: must not be negative, got %2").arg(name, echo(text)));
    return requireInLimits(*value, name, limit);
}

std::optional<int> wholeOption(const QCommandLineParser &parser, const QString &option, int minimum, int maximum)
{
    if (!parser.isSet(option))
        return std::nullopt;
    const QString text = parser.value(option);
    bool ok = false;
    const int value = text.trimmed().toInt(&ok); // digits only: the same in every locale
    if (!ok || value < minimum || value > maximum)
        throw UsageError(Cli::tr("--%1: expected a whole number from %2 to %3, got '%4'")
                             .arg(option).arg(minimum).arg(maximum).arg(echo(text)));
    return value;
}

void parseOrThrow(QCommandLineParser &parser, const QStringList &arguments, int positional,
                  const QStringList &repeatable)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        throw UsageError(parser.errorText());
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all")))
        throw HelpRequested{parser.helpText()};
    // optionNames() lists an option once per occurrence: a second --gpus would silently win.
    QStringList seen;
    for (const QString &name : parser.optionNames()) {
        if (seen.contains(name) && !repeatable.contains(name) && name != QLatin1String("set") && name != QLatin1String("catalog"))
            throw UsageError(Cli::tr("--%1: given more than once; give it once").arg(echo(name)));
        seen << name;
    }
    const QStringList extra = parser.positionalArguments();
    if (extra.size() > positional)
        throw UsageError(Cli::tr("unexpected argument '%1'").arg(echo(extra.at(positional))));
    if (extra.size() < positional)
        throw UsageError(Cli::tr("missing argument: %1").arg(parser.helpText().section(QLatin1Char('\n'), 0, 0)));
}

void rejectTogether(const QCommandLineParser &parser, const QString &first, const QString &second)
{
    if (parser.isSet(first) && parser.isSet(second))
        throw UsageError(Cli::tr("--%1 and --%2: choose one").arg(first, second));
}

void addLawOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("law"), Cli::tr("Scaling law id (see 'frontier laws')."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("set"), Cli::tr("Override a constant of the law, e.g. alpha=0.34 (repeatable)."),
                      QStringLiteral("NAME=VALUE")});
}

std::map<std::string, double> overridesFromOptions(const QCommandLineParser &parser)
{
    std::map<std::string, double> overrides;
    for (const QString &assignment : parser.values(QStringLiteral("set"))) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            throw UsageError(Cli::tr("--set: expected NAME=VALUE, got '%1'").arg(echo(assignment)));
        const auto value = parseNumber(assignment.mid(eq + 1).toStdString());
        if (!value)
            throw UsageError(Cli::tr("--set %1: expected a number after '='").arg(echo(assignment)));
        overrides[assignment.left(eq).toStdString()] = *value;
    }
    return overrides;
}

std::string lawIdFromOptions(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("law")))
        throw UsageError(Cli::tr("--law: missing; choose one of 'frontier laws'"));
    return parser.value(QStringLiteral("law")).toStdString();
}

Law lawFromOptions(const QCommandLineParser &parser)
{
    const Law &law = data::lawCatalog().law(lawIdFromOptions(parser));
    const std::map<std::string, double> overrides = overridesFromOptions(parser);
    return lawWithOverrides(law, overrides, data::inputLimits()); // as the window and a session take them
}

} // namespace frontier::cli
