#include "cli/clirepetition.h"

#include "cli/clicommands.h"
#include "cli/clioutput.h"

namespace frontier::cli {

void addRepetitionJson(nlohmann::json &out, const RepeatedRun &run)
{
    out["unique_tokens"] = run.uniqueTokens;
    out["epochs"] = run.epochs;
    out["effective_tokens"] = run.effectiveTokens;
    out["unique_params"] = run.uniqueParams;
    out["effective_params"] = run.effectiveParams;
}

void addRepetitionJson(nlohmann::json &out, const PlanRepetition &repetition)
{
    addRepetitionJson(out, repetition.run);
    out["unlimited_loss"] = repetition.unlimitedLoss;
    out["loss_lost"] = repetition.lossLost;
    out["floor_loss"] = repetition.floorLoss;
}

void printRepetition(const RepeatedRun &run)
{
    printLine(Cli::tr("Repetition:     %1 epochs of %2 unique tokens: worth %3 new tokens; %4 parameters worth %5")
                  .arg(formatNumber(run.epochs, 3), formatCount(run.uniqueTokens), formatCount(run.effectiveTokens),
                       formatCount(run.params), formatCount(run.effectiveParams)));
}

void printRepetition(const PlanRepetition &repetition)
{
    printRepetition(repetition.run);
    printLine(Cli::tr("                %1 nats/token lost against unlimited unique data (%2); no compute on this "
                      "data goes below %3")
                  .arg(formatNumber(repetition.lossLost, 3), formatNumber(repetition.unlimitedLoss),
                       formatNumber(repetition.floorLoss)));
}

} // namespace frontier::cli
