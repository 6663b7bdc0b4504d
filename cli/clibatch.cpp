// `frontier batch`: Kaplan et al. 2020's critical batch at a loss and, for a batch, the steps and
// data it costs against their minimum (model/batch/criticalbatch.h).
#include "cli/clicommands.h"

#include "cli/clioptions.h"
#include "cli/clioutput.h"
#include "data/resourcedata.h"
#include "model/batch/criticalbatch.h"

namespace frontier::cli {

namespace {

using nlohmann::json;

json factorsJson(const BatchRun &run)
{
    return {{"batch", run.batchTokens},
            {"steps_factor", run.stepsFactor},
            {"tokens_factor", run.tokensFactor}};
}

} // namespace

int batchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addLawOptions(parser);
    parser.addOption({QStringLiteral("json"), Cli::tr("Answer as JSON (numbers in base units).")});
    parser.addOption({QStringLiteral("loss"), Cli::tr("Loss in nats/token."), QStringLiteral("L")});
    parser.addOption({QStringLiteral("batch"), Cli::tr("Your batch in tokens per step: shows S/S_min and E/E_min."),
                      QStringLiteral("B")});
    parser.addOption({QStringLiteral("steps"), Cli::tr("Steps trained at --batch: shows the tokens and the least steps "
                                                       "and tokens that reach the same loss."),
                      QStringLiteral("S")});
    parseOrThrow(parser, arguments);
    const Law law = lawFromOptions(parser);
    const auto loss = positiveOption(parser, QStringLiteral("loss"), "loss");
    if (!loss)
        throw UsageError(Cli::tr("--loss: missing"));
    const auto batch = positiveOption(parser, QStringLiteral("batch"), "batch_tokens");
    const auto steps = positiveOption(parser, QStringLiteral("steps"), "steps");
    if (steps && !batch)
        throw UsageError(Cli::tr("--steps: needs --batch, the tokens of each step"));

    const double critical = law.criticalBatchTokens(*loss);
    // Kaplan's B_crit is a fit to the loss on WebText2: said with every answer, since a loss from
    // another law or data set is on another scale.
    const QString scale = Cli::tr("B_crit(L) = B_*/L^(1/alpha_B) is Kaplan et al. 2020's fit (Eq. 5.3) to the loss in "
                                  "nats/token on WebText2; a loss measured on other data is on another scale.");
    // "batch_tokens" is B_crit as this command said it before it took a batch of the user's: kept, so
    // scripts written then still read it.
    json out = {{"law", law.id()},          {"loss", *loss}, {"b_crit_tokens", critical},
                {"batch_tokens", critical}, {"note", scale.toStdString()}};
    std::vector<Message> warnings;
    std::optional<BatchRun> run;
    if (batch) {
        // Factors alone need no token count: any run at this batch has them.
        run = steps ? batchRunOfSteps(*steps, *batch, critical) : batchRunOfTokens(*batch, *batch, critical);
        out.update(factorsJson(*run));
        // What twice the batch would cost in data and save in steps, for the same loss.
        out["doubled_batch"] = factorsJson(atBatch(*run, 2 * *batch));
        if (steps) {
            out["steps"] = run->steps;
            out["tokens"] = run->tokens;
            out["min_steps"] = run->minSteps;
            out["min_tokens"] = run->minTokens;
        }
        if (auto warning = farPastCriticalWarning(*run, data::batchModel().farPastRatio, *loss))
            warnings.push_back(*warning);
    }
    out["warnings"] = warningsJson(warnings);
    requireFiniteAnswer(out);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(out);
    } else {
        printLine(Cli::tr("Critical batch at loss %1: %2 tokens").arg(formatNumber(*loss), formatCount(critical)));
        if (run) {
            printLine(Cli::tr("At a batch of %1 tokens: %2 x the least steps, %3 x the least tokens")
                          .arg(formatCount(*batch), formatNumber(run->stepsFactor, 4), formatNumber(run->tokensFactor, 4)));
            const BatchRun doubled = atBatch(*run, 2 * *batch);
            printLine(Cli::tr("Twice the batch: %1 x the steps, %2 x the tokens")
                          .arg(formatNumber(doubled.stepsFactor / run->stepsFactor, 4),
                               formatNumber(doubled.tokensFactor / run->tokensFactor, 4)));
        }
        if (steps)
            printLine(Cli::tr("%1 steps process %2 tokens; the same loss takes at least %3 steps or %4 tokens")
                          .arg(formatCount(run->steps), formatCount(run->tokens), formatCount(run->minSteps),
                               formatCount(run->minTokens)));
        printLine(scale);
    }
    for (const Message &warning : warnings)
        printWarning(warning);
    return 0;
}

} // namespace frontier::cli
