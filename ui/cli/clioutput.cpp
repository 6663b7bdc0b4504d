#include "ui/cli/clioutput.h"

#include "ui/data/messagetext.h"
#include "ui/data/resourcedata.h"

#include <QTextStream>

#include <cmath>
#include <cstdio>

namespace frontier::cli {

double parsePositive(const QString &text, const QString &option)
{
    QString number = text.trimmed();
    double scale = 1;
    // Suffixes people use for model and data sizes.
    static const std::pair<QChar, double> suffixes[] = {
        {QLatin1Char('k'), 1e3}, {QLatin1Char('K'), 1e3}, {QLatin1Char('M'), 1e6},
        {QLatin1Char('B'), 1e9}, {QLatin1Char('G'), 1e9}, {QLatin1Char('T'), 1e12},
    };
    for (const auto &[suffix, factor] : suffixes) {
        if (number.endsWith(suffix)) {
            number.chop(1);
            scale = factor;
            break;
        }
    }
    bool ok = false;
    const double value = number.toDouble(&ok) * scale;
    if (!ok || !std::isfinite(value))
        throw UsageError(Cli::tr("%1: expected a number, got '%2'").arg(option, text));
    if (value <= 0)
        throw UsageError(Cli::tr("%1: must be positive, got %2").arg(option, text));
    return value;
}

std::optional<double> positiveOption(const QCommandLineParser &parser, const QString &option)
{
    if (!parser.isSet(option))
        return std::nullopt;
    return parsePositive(parser.value(option), QLatin1String("--") + option);
}

void parseOrThrow(QCommandLineParser &parser, const QStringList &arguments, int positional)
{
    if (!parser.parse(arguments))
        throw UsageError(parser.errorText());
    const QStringList extra = parser.positionalArguments();
    if (extra.size() > positional)
        throw UsageError(Cli::tr("unexpected argument '%1'").arg(extra.at(positional)));
    if (extra.size() < positional)
        throw UsageError(Cli::tr("missing argument: %1").arg(parser.helpText().section(QLatin1Char('\n'), 0, 0)));
}

void addLawOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("law"), Cli::tr("Scaling law id (see 'frontier laws')."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("set"), Cli::tr("Override a constant of the law, e.g. alpha=0.34."),
                      QStringLiteral("NAME=VALUE")});
}

Law lawFromOptions(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("law")))
        throw UsageError(Cli::tr("--law: missing; choose one of 'frontier laws'"));
    const Law &law = data::lawCatalog().law(parser.value(QStringLiteral("law")).toStdString());
    std::map<std::string, double> overrides;
    for (const QString &assignment : parser.values(QStringLiteral("set"))) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            throw UsageError(Cli::tr("--set: expected NAME=VALUE, got '%1'").arg(assignment));
        bool ok = false;
        const double value = assignment.mid(eq + 1).toDouble(&ok);
        if (!ok || !std::isfinite(value))
            throw UsageError(Cli::tr("--set %1: expected a number after '='").arg(assignment));
        overrides[assignment.left(eq).toStdString()] = value;
    }
    return overrides.empty() ? law : law.withOverrides(overrides);
}

void printJson(const nlohmann::json &document)
{
    const std::string text = document.dump(2);
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
    return usd ? QStringLiteral("$") + QString::number(*usd, 'f', *usd < 100 ? 2 : 0) : Cli::tr("unknown (no price)");
}

QString formatNumber(double value, int precision)
{
    return QString::number(value, 'g', precision);
}

QString formatCount(double value)
{
    static const std::pair<double, const char *> scales[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "k"}};
    if (std::abs(value) >= 1e15)
        return QString::number(value, 'e', 3);
    for (const auto &[scale, suffix] : scales)
        if (std::abs(value) >= scale)
            return QString::number(value / scale, 'f', value / scale >= 100 ? 1 : 2) + QLatin1Char(' ')
                   + QLatin1String(suffix);
    return QString::number(value, 'g', 4);
}

} // namespace frontier::cli
