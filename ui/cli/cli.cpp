#include "ui/cli/cli.h"

#include "model/core/errors.h"
#include "ui/cli/clicommands.h"
#include "ui/cli/clioutput.h"

#include <QTextStream>

#include <functional>

namespace frontier::cli {

namespace {

struct Subcommand
{
    const char *name;
    const char *usage;
    int (*run)(const QStringList &);
};

const Subcommand kSubcommands[] = {
    {"laws", "frontier laws [--json]", lawsCommand},
    {"loss", "frontier loss --law ID [--set NAME=VALUE]... [--params N] [--tokens D] [--steps S] [--pfdays C] [--json]",
     lossCommand},
    {"optimum", "frontier optimum --law ID [--set NAME=VALUE]... (--flops C | --pfdays C | --params N) [--json]",
     optimumCommand},
    {"batch", "frontier batch --law kaplan2020 --loss L [--json]", batchCommand},
    {"fit", "frontier fit FILE.csv [--method hoffmann|epoch-mle] [--exclude-highest K] [--json]", fitCommand},
    {"speed", "frontier speed --gpu V100|P100|P4|K80 --amp O0|O1|O2 --width W --depth L [--batch B] [--json]",
     speedCommand},
    {"plan",
     "frontier plan --law ID (--budget X --unit usd|gpu-hours|hours|days|flops|pfdays|kwh|kgco2 | --params N --tokens D)\n"
     "              --gpu ID [--gpus N] [--offer ID | --usd-per-gpu-hour P] [--pricing on-demand|1y|3y]\n"
     "              [--precision bf16|fp16|tf32|fp32|fp8] [--amp O0|O1|O2] [--mfu F] [--peak-flops F] [--overhead F]\n"
     "              [--gpu-watts W] [--power-fraction F] [--pue P] [--usd-per-kwh P]\n"
     "              [--region PROVIDER/REGION] [--grid-dataset mlco2|codecarbon] [--country ISO3] [--grid G_PER_KWH]\n"
     "              [--zero 0-3] [--micro-batch B] [--seq-len S] [--recompute none|selective|full] [--json]",
     planCommand},
    {"compare", "frontier compare --law ID (--budget X --unit U | --params N --tokens D) [plan overrides] [--sort COLUMN] [--descending] [--json | --csv]",
     compareCommand},
    {"gpus", "frontier gpus [--json]", gpusCommand},
    {"offers", "frontier offers [--gpu ID] [--json]", offersCommand},
    {"regions", "frontier regions [--grid-dataset mlco2|codecarbon] [--json]", regionsCommand},
};

void printUsage(QTextStream &out)
{
    out << Cli::tr("Frontier: how big a language model to train on a given budget.") << '\n'
        << Cli::tr("Without arguments it opens the window. Subcommands (no display needed):") << '\n';
    for (const auto &command : kSubcommands)
        out << "  " << command.usage << '\n';
    out << Cli::tr("Numbers are parameters, tokens and FLOPs; 70e9, 70B and 1.4T are all accepted.") << '\n';
}

void reportError(const QString &message)
{
    QTextStream(stderr) << "frontier: " << message << '\n';
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    // Qt's own window options (-style, -platform ...) start the window; everything else is ours.
    return !first.startsWith(QLatin1Char('-')) || first == QLatin1String("--help")
           || first == QLatin1String("-h") || first == QLatin1String("--version");
}

int run(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        QTextStream out(stdout);
        printUsage(out);
        return 0;
    }
    if (name == QLatin1String("--version")) {
        QTextStream(stdout) << "frontier " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    for (const auto &command : kSubcommands) {
        if (name != QLatin1String(command.name))
            continue;
        QStringList rest = arguments;
        rest.removeAt(1);
        try {
            return command.run(rest);
        } catch (const UsageError &e) {
            reportError(QString::fromStdString(e.what()));
            return 2;
        } catch (const InputError &e) {
            reportError(QString::fromStdString(e.what()));
            return 1;
        }
    }
    reportError(Cli::tr("unknown subcommand '%1'; try 'frontier --help'").arg(name));
    return 2;
}

} // namespace frontier::cli
