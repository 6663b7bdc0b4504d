// The subcommands that work on data and hardware: fit (your own scaling law) and speed (the 2020 GPU model).
#include "cli/clicommands.h"

#include "model/core/errors.h"
#include "model/fit/fit.h"
#include "model/hardware/hf2020speedmodel.h"
#include "cli/clioutput.h"
#include "data/messagetext.h"
#include "data/resourcedata.h"
#include "data/runsfile.h"

#include <cstdio>

namespace frontier::cli {

namespace {

const QString kJson = QStringLiteral("json");

} // namespace

int fitCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), Cli::tr("Training runs: parameters, tokens or FLOPs, loss."));
    parser.addOption({QStringLiteral("method"), Cli::tr("hoffmann (default) or epoch-mle."), QStringLiteral("METHOD"),
                      QStringLiteral("hoffmann")});
    parser.addOption({QStringLiteral("exclude-highest"), Cli::tr("Leave out the K highest-loss runs."), QStringLiteral("K"),
                      QStringLiteral("0")});
    parser.addOption({kJson, Cli::tr("Answer as JSON.")});
    parseOrThrow(parser, arguments, 1);

    FitOptions options;
    try {
        options.method = parseFitMethod(parser.value(QStringLiteral("method")).toStdString());
    } catch (const InputError &e) {
        throw UsageError(QStringLiteral("--method: ") + QString::fromStdString(e.what()));
    }
    bool ok = false;
    const int exclude = parser.value(QStringLiteral("exclude-highest")).toInt(&ok);
    if (!ok || exclude < 0)
        throw UsageError(Cli::tr("--exclude-highest: expected a whole number >= 0, got '%1'")
                             .arg(parser.value(QStringLiteral("exclude-highest"))));

    const QString path = parser.positionalArguments().constFirst();
    const FitProcedure &procedure = data::fitProcedure();
    auto observations = data::readRuns(path, procedure.limits);
    observations = excludeHighestLoss(std::move(observations), exclude);
    const FitResult fit = fitParametricLaw(observations, procedure, options);

    if (parser.isSet(kJson)) {
        nlohmann::json out = {{"method", fitMethodName(options.method)},
                              {"points", observations.size()},
                              {"E", fit.E},
                              {"A", fit.A},
                              {"B", fit.B},
                              {"alpha", fit.alpha},
                              {"beta", fit.beta},
                              {"objective", fit.objective},
                              {"starts", fit.startsTried},
                              {"failed_starts", fit.startsFailed},
                              {"warnings", nlohmann::json::array()}};
        for (const Message &warning : fit.warnings)
            out["warnings"].push_back(warning.text());
        if (fit.nll)
            out["nll"] = *fit.nll;
        if (fit.logSigma)
            out["log_sigma"] = *fit.logSigma;
        printJson(out);
    } else {
        printLine(Cli::tr("L(N, D) = E + A/N^alpha + B/D^beta fitted to %1 runs (%2):")
                      .arg(observations.size())
                      .arg(QString::fromStdString(fitMethodName(options.method))));
        printLine(QStringLiteral("  E = %1   A = %2   B = %3   alpha = %4   beta = %5")
                      .arg(formatNumber(fit.E, 5), formatNumber(fit.A, 5), formatNumber(fit.B, 5),
                           formatNumber(fit.alpha, 4), formatNumber(fit.beta, 4)));
        printLine(Cli::tr("  objective %1; %2 starts, %3 failed")
                      .arg(formatNumber(fit.objective, 6))
                      .arg(fit.startsTried)
                      .arg(fit.startsFailed));
    }
    for (const Message &warning : fit.warnings)
        printWarning(data::messageText(warning).toStdString()); // in the user's language
    return 0;
}

int speedCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("gpu"), Cli::tr("V100, P100, P4 or K80."), QStringLiteral("GPU")});
    parser.addOption({QStringLiteral("amp"), Cli::tr("Mixed precision: O0, O1 or O2."), QStringLiteral("LEVEL"),
                      QStringLiteral("O0")});
    parser.addOption({QStringLiteral("width"), Cli::tr("d_model."), QStringLiteral("W")});
    parser.addOption({QStringLiteral("depth"), Cli::tr("Number of layers."), QStringLiteral("L")});
    parser.addOption({QStringLiteral("batch"), Cli::tr("Sequences per GPU (default: the study's)."), QStringLiteral("B")});
    parser.addOption({kJson, Cli::tr("Answer as JSON.")});
    parseOrThrow(parser, arguments);

    if (!parser.isSet(QStringLiteral("gpu")))
        throw UsageError(Cli::tr("--gpu: missing; one of V100, P100, P4, K80"));
    const Hf2020Gpu &gpu = data::hf2020SpeedModel().gpu(parser.value(QStringLiteral("gpu")).toStdString());
    Amp amp{};
    try {
        amp = parseAmp(parser.value(QStringLiteral("amp")).toStdString());
    } catch (const InputError &e) {
        throw UsageError(QStringLiteral("--amp: ") + messageOf(e));
    }
    const auto width = positiveOption(parser, QStringLiteral("width"), "width");
    const auto depth = positiveOption(parser, QStringLiteral("depth"), "depth");
    if (!width)
        throw UsageError(Cli::tr("--width: missing"));
    if (!depth)
        throw UsageError(Cli::tr("--depth: missing"));
    const double batch = positiveOption(parser, QStringLiteral("batch"), "batch").value_or(gpu.batch);

    const double speed = nonEmbeddingFlopsPerSecond(gpu, amp, *width, *depth, batch);
    const nlohmann::json out = {{"gpu", gpu.id},
                                {"amp", ampName(amp)},
                                {"width", *width},
                                {"depth", *depth},
                                {"batch", batch},
                                {"params", transformerXlParams(*width, *depth)},
                                {"nonembedding_flops_per_s", speed}};
    requireFiniteAnswer(out);
    if (parser.isSet(kJson)) {
        printJson(out);
    } else {
        printLine(Cli::tr("%1 (%2), %3 layers x width %4, batch %5: %6 non-embedding FLOP/s")
                      .arg(QString::fromStdString(gpu.id), QString::fromStdString(ampName(amp)))
                      .arg(*depth)
                      .arg(*width)
                      .arg(batch)
                      .arg(formatNumber(speed)));
    }
    return 0;
}

} // namespace frontier::cli
