#include "cli/cli.h"

#include "model/core/errors.h"
#include "cli/clicommands.h"
#include "cli/clioutput.h"

#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cerrno>
#include <cstring>

namespace frontier::cli {

namespace {

struct Subcommand
{
    const char *name;
    const char *summary; // one line, translated in context "Cli"
    const char *usage;
    int (*run)(const QStringList &);
};

const Subcommand kSubcommands[] = {
    {"laws", QT_TRANSLATE_NOOP("Cli", "List the scaling laws, their constants and sources."), "frontier laws [--json]",
     lawsCommand},
    {"loss", QT_TRANSLATE_NOOP("Cli", "Predicted loss for a model size, token count, step count or compute."),
     "frontier loss --law ID [--set NAME=VALUE]... [--params N] [--tokens D [--unique-tokens U]] [--steps S] [--pfdays C | --flops C] [--json]",
     lossCommand},
    {"optimum", QT_TRANSLATE_NOOP("Cli", "Compute-optimal model size and tokens for a budget, or the budget for a size."),
     "frontier optimum --law ID [--set NAME=VALUE]... (--flops C | --pfdays C | --params N) [--unique-tokens U] [--json]", optimumCommand},
    {"batch", QT_TRANSLATE_NOOP("Cli", "Critical batch at a loss, and what a batch costs in steps and data (Kaplan et al. 2020)."),
     "frontier batch --law kaplan2020 --loss L [--batch B [--steps S]] [--json]", batchCommand},
    {"fit", QT_TRANSLATE_NOOP("Cli", "Fit L(N, D) = E + A/N^alpha + B/D^beta to your own training runs."),
     "frontier fit FILE.csv [--method hoffmann|epoch-mle] [--exclude-highest K] [--json]", fitCommand},
    {"speed", QT_TRANSLATE_NOOP("Cli", "Training speed of a Transformer-XL on a 2020 GPU (the Hugging Face study)."),
     "frontier speed --gpu V100|P100|P4|K80 --amp O0|O1|O2 --width W --depth L [--batch B] [--json]", speedCommand},
    {"shape", QT_TRANSLATE_NOOP("Cli", "Layers and widths for a law's optimal size, their exact parameter counts and transformers config."),
     "frontier shape (--law ID (--params N | plan options) [--family txl|gpt2|llama] [--config] | --count --family gpt2|llama "
     "--layers L --d-model D --heads H [--kv-heads K] --ffn F --vocab V [--context C] [--tied-embeddings]) "
     "[--experts E --top-k K] [--json]",
     shapeCommand},
    {"plan", QT_TRANSLATE_NOOP("Cli", "A budget in any unit, a fixed job or a target loss, as model size, time, money, energy and CO2."),
     "frontier plan (--law ID (--budget X --unit UNIT | --params N --tokens D | --target-loss L) --gpu ID [options] | --session FILE.json) [--json]", planCommand},
    {"report", QT_TRANSLATE_NOOP("Cli", "The plan as a paragraph for a paper or a model card, with its sources."),
     "frontier report (--law ID (--budget X --unit UNIT | --params N --tokens D | --target-loss L) --gpu ID [options] | --session FILE.json) "
     "[--format md|latex] [--compare-run ID]",
     reportCommand},
    {"export", QT_TRANSLATE_NOOP("Cli", "A chart of the plan, or its data, to PNG, SVG, PDF or CSV (no display needed)."),
     "frontier export --chart loss|allocation|compare|pareto|table --out FILE.png|.svg|.pdf|.csv [--size WxH] [--scale S] "
     "[--metric cost|time|energy|co2|loss] "
     "(--law ID (--budget X --unit UNIT | --params N --tokens D | --target-loss L) --gpu ID [options] | --session FILE.json)",
     nullptr}, // drawn by the window's library: cli::run's exportCommand
    {"compare", QT_TRANSLATE_NOOP("Cli", "The same plan on every cloud offer, one row each, sortable."),
     "frontier compare --law ID (--budget X --unit UNIT | --params N --tokens D | --target-loss L) [options] [--json | --csv]",
     compareCommand},
    {"gpus", QT_TRANSLATE_NOOP("Cli", "List the accelerators with their peak FLOP/s, memory and power."),
     "frontier gpus [--json]", gpusCommand},
    {"offers", QT_TRANSLATE_NOOP("Cli", "List the dated cloud GPU prices."), "frontier offers [--gpu ID] [--json]",
     offersCommand},
    {"regions", QT_TRANSLATE_NOOP("Cli", "List the grid carbon intensity of cloud regions."),
     "frontier regions [--grid-dataset mlco2|codecarbon] [--json]", regionsCommand},
    {"inference", QT_TRANSLATE_NOOP("Cli", "The model of least training + serving cost at a loss, for a lifetime of inference tokens (Sardana et al. 2024)."),
     "frontier inference --law ID [--set NAME=VALUE]... (--params N | --target-loss L | --budget X --unit UNIT) --inference-tokens T [--gpu ID [plan options] [--serving-gpu ID] [--serving-offer ID] [--serving-model decode|sardana-mfu] [--serving-bits B] [--serving-context T] [--serving-batch B] [--serving-mfu F] [--objective flops|usd|kwh|co2]] [--json]", inferenceCommand},
    {"runs", QT_TRANSLATE_NOOP("Cli", "Published training runs (GPT-3, Chinchilla, Llama 2, ...) with their sources."),
     "frontier runs [--json]", runsCommand},
    {"serve", QT_TRANSLATE_NOOP("Cli", "What a token costs once trained: weights, KV cache, GPUs, tokens/s, $, kWh and CO2 per million tokens."),
     "frontier serve (--params N [--active-params N [--experts E --top-k K]] | plan options | --session FILE.json) --gpu ID [--offer ID] [--bits 16|8|4|B] [--sparsity F] [--context T] [--batch B] [--loss-penalty L] [--json]", serveCommand},
};

QString summaryOf(const Subcommand &command)
{
    return QCoreApplication::translate("Cli", command.summary);
}

void printUsage(QTextStream &out)
{
    out << Cli::tr("Frontier: how big a language model to train on a given budget.") << '\n'
        << Cli::tr("Without arguments it opens the window. Subcommands (no display needed):") << '\n';
    for (const auto &command : kSubcommands)
        out << QStringLiteral("  %1 %2\n").arg(QLatin1String(command.name), -9).arg(summaryOf(command));
    out << Cli::tr("Numbers are parameters, tokens and FLOPs; 70e9, 70B and 1.4T are all accepted.") << '\n'
        << Cli::tr("Run 'frontier SUBCOMMAND --help' for the options of one subcommand.") << '\n';
}

// QCommandLineParser's help starts "Usage: /path/to/frontier [options]": ours names the subcommand.
void printSubcommandHelp(const Subcommand &command, const QString &options)
{
    QTextStream out(stdout);
    out << Cli::tr("Usage: %1").arg(QLatin1String(command.usage)) << '\n' << summaryOf(command) << '\n';
    const qsizetype body = options.indexOf(QLatin1Char('\n'));
    out << (body < 0 ? QString() : options.mid(body + 1));
}

void reportError(const QString &message)
{
    QTextStream(stderr) << "frontier: " << message << '\n';
}

// The command line speaks the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as
// QLocale::system() reads them); the .qm files are embedded under :/i18n by frontier_data.
void installSystemTranslator()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QLocale::system(), QStringLiteral("frontier"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
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

bool drawsCharts(const QStringList &arguments)
{
    return arguments.value(1) == QLatin1String("export");
}

int run(const QStringList &arguments, CommandFunction exportCommand)
{
    if (QCoreApplication::instance())
        installSystemTranslator();
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
            const CommandFunction function = command.run ? command.run : exportCommand;
            if (!function)
                throw UsageError(Cli::tr("%1 draws charts: run it through the frontier program").arg(echo(name)));
            return function(rest);
        } catch (const HelpRequested &help) {
            printSubcommandHelp(command, help.options);
            return 0;
        } catch (const UsageError &e) {
            reportError(QString::fromStdString(e.what()));
            return 2;
        } catch (const InputError &e) {
            reportError(messageOf(e));
            // An id nobody knows (a law, a GPU, an offer, a region) is a bad argument, not a failed answer.
            return e.message().code.rfind("id.", 0) == 0 ? 2 : 1;
        } catch (const std::exception &e) {
            // Not the user's input but a fault (a JSON writer, memory): one line and a failure, never
            // an abort past main().
            reportError(Cli::tr("internal error: %1").arg(QString::fromUtf8(e.what())));
            return 1;
        }
    }
    reportError(Cli::tr("unknown subcommand '%1'; try 'frontier --help'").arg(echo(name)));
    return 2;
}

int reportMissingGui(const QString &path)
{
    installSystemTranslator();
    reportError(Cli::tr("cannot start the window program %1: %2; reinstall Frontier, or use a subcommand "
                        "(see 'frontier --help')")
                    .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    return 1;
}

} // namespace frontier::cli
