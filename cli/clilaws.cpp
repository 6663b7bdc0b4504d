// The scaling-law subcommands: laws, loss, optimum (batch is clibatch.cpp).
#include "cli/clicommands.h"

#include "data/lawnames.h"
#include "model/core/units.h"
#include "model/laws/datarange.h"
#include "model/plan/plan.h"
#include "cli/clioutput.h"
#include "cli/clirepetition.h"
#include "model/laws/repeatedoptimum.h"
#include "data/resourcedata.h"

namespace frontier::cli {

namespace {

using nlohmann::json;

const QString kJson = QStringLiteral("json");

void addJsonOption(QCommandLineParser &parser)
{
    parser.addOption({kJson, Cli::tr("Answer as JSON (numbers in base units).")});
}

json constantJson(const Constant &c)
{
    json entry = {{"name", c.name}, {"value", c.value}, {"description", c.description}, {"source", c.source}};
    if (c.standardError)
        entry["standard_error"] = *c.standardError;
    if (c.interval95)
        entry["interval_95"] = {c.interval95->first, c.interval95->second};
    if (c.overridden)
        entry["overridden"] = true;
    return entry;
}

json lawJson(const Law &law)
{
    const LawInfo &info = law.info();
    json capabilities = json::array();
    for (const auto capability : info.capabilities)
        capabilities.push_back(capabilityName(capability));
    json constants = json::array();
    for (const auto &c : law.constants().all())
        constants.push_back(constantJson(c));
    json entry = {{"id", info.id},           {"name", info.name},       {"citation", info.citation},
                  {"description", info.description}, {"family", info.family},
                  {"capabilities", capabilities}, {"constants", constants}, {"notes", info.notes}};
    json range = json::object();
    const auto span = [&](const char *key, const DataSpan &s) {
        if (!s.known())
            return;
        range[key] = {{"min", s.min > 0 ? json(s.min) : json(nullptr)},
                      {"max", s.max > 0 ? json(s.max) : json(nullptr)},
                      {"source", s.source}};
    };
    span("flops", info.dataRange.flops);
    span("params", info.dataRange.params);
    span("tokens", info.dataRange.tokens);
    entry["data_range"] = range;
    if (info.validFlops.min > 0) {
        entry["valid_min_flops"] = info.validFlops.min;
        entry["valid_range_note"] = info.validRangeNote;
    }
    return entry;
}

json allocationJson(const Law &law, const Allocation &a)
{
    json out = {{"law", law.id()},
                {"flops", a.flops},
                {"pfdays", units::flopsToPfDays(a.flops)},
                {"params", a.params},
                {"tokens", a.tokens},
                {"tokens_per_param", a.tokensPerParam()}};
    if (a.loss)
        out["loss"] = *a.loss;
    if (a.batchTokens)
        out["batch_tokens"] = *a.batchTokens;
    if (a.steps)
        out["steps"] = *a.steps;
    return out;
}

void printAllocation(const Law &law, const Allocation &a)
{
    printLine(Cli::tr("Law:               %1").arg(data::lawName(law)));
    printLine(Cli::tr("Compute:           %1 FLOPs (%2 PF-days)")
                  .arg(formatNumber(a.flops), formatNumber(units::flopsToPfDays(a.flops))));
    printLine(Cli::tr("Parameters:        %1").arg(formatCount(a.params)));
    printLine(Cli::tr("Tokens:            %1 (%2 per parameter)")
                  .arg(formatCount(a.tokens), formatNumber(a.tokensPerParam(), 3)));
    if (a.loss)
        printLine(Cli::tr("Loss:              %1 nats/token").arg(formatNumber(*a.loss)));
    if (a.batchTokens)
        printLine(Cli::tr("Batch:             %1 tokens").arg(formatCount(*a.batchTokens)));
    if (a.steps)
        printLine(Cli::tr("Steps:             %1").arg(formatCount(*a.steps)));
}

} // namespace

int lawsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addJsonOption(parser);
    parseOrThrow(parser, arguments);
    const std::vector<const Law *> laws = data::lawCatalog().laws();
    if (parser.isSet(kJson)) {
        json list = json::array();
        for (const Law *law : laws)
            list.push_back(lawJson(*law));
        printJson(list);
        return 0;
    }
    for (const Law *law : laws) {
        QStringList capabilities;
        for (const auto capability : law->info().capabilities)
            capabilities << QString::fromStdString(capabilityName(capability));
        printLine(QStringLiteral("%1  %2").arg(QString::fromStdString(law->id()), -22)
                      .arg(data::lawName(*law)));
        printLine(QStringLiteral("%1  %2").arg(QString(), -22).arg(capabilities.join(QStringLiteral(", "))));
    }
    return 0;
}

int lossCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addLawOptions(parser);
    addJsonOption(parser);
    parser.addOption({QStringLiteral("params"), Cli::tr("Model size N, parameters."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("tokens"), Cli::tr("Training tokens D."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("steps"), Cli::tr("Optimizer steps S (Kaplan L(N, S_min))."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("pfdays"), Cli::tr("Compute in PF-days: loss on the frontier."), QStringLiteral("C")});
    parser.addOption({QStringLiteral("flops"), Cli::tr("Compute in FLOPs: loss on the frontier."), QStringLiteral("C")});
    parser.addOption({QStringLiteral("unique-tokens"),
                      Cli::tr("Unique tokens U, with --params and --tokens: the run repeats them (a law with "
                              "repetition terms, e.g. muennighoff2023)."),
                      QStringLiteral("U")});
    parseOrThrow(parser, arguments);
    const Law law = lawFromOptions(parser);

    LossQuery query;
    query.uniqueTokens = positiveOption(parser, QStringLiteral("unique-tokens"), "tokens");
    query.params = positiveOption(parser, QStringLiteral("params"), "params");
    query.tokens = positiveOption(parser, QStringLiteral("tokens"), "tokens");
    query.steps = positiveOption(parser, QStringLiteral("steps"), "steps");
    const auto pfDays = positiveOption(parser, QStringLiteral("pfdays"), "pfdays");
    const auto flops = positiveOption(parser, QStringLiteral("flops"), "flops");
    if (pfDays && flops)
        throw UsageError(Cli::tr("--pfdays and --flops: give the compute once"));
    if (pfDays)
        query.flops = units::pfDaysToFlops(*pfDays);
    else
        query.flops = flops;
    if (!query.params && !query.tokens && !query.steps && !query.flops)
        throw UsageError(Cli::tr("loss: give --params, --tokens, --steps or --pfdays"));

    const double loss = law.loss(query);
    json out = {{"law", law.id()}, {"loss", loss}};
    if (query.params)
        out["params"] = *query.params;
    if (query.tokens)
        out["tokens"] = *query.tokens;
    if (query.steps)
        out["steps"] = *query.steps;
    if (query.flops) {
        out["flops"] = *query.flops;
        out["pfdays"] = units::flopsToPfDays(*query.flops);
    }
    std::optional<RepeatedRun> run;
    if (query.uniqueTokens) {
        run = repetitionForm(law).repeatedRun(*query.params, *query.tokens, *query.uniqueTokens);
        addRepetitionJson(out, *run);
    }
    requireFiniteAnswer(out);
    if (parser.isSet(kJson)) {
        printJson(out);
    } else {
        printLine(Cli::tr("%1 nats/token (%2)").arg(formatNumber(loss, 6), data::lawName(law)));
        if (run)
            printRepetition(*run);
    }
    return 0;
}

int optimumCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addLawOptions(parser);
    addJsonOption(parser);
    parser.addOption({QStringLiteral("flops"), Cli::tr("Training budget in FLOPs."), QStringLiteral("C")});
    parser.addOption({QStringLiteral("pfdays"), Cli::tr("Training budget in PF-days."), QStringLiteral("C")});
    parser.addOption({QStringLiteral("params"), Cli::tr("Model size: the budget at which it is optimal."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("unique-tokens"),
                      Cli::tr("Unique tokens there are, with --flops or --pfdays: the best run that repeats them (a "
                              "law with repetition terms, e.g. muennighoff2023)."),
                      QStringLiteral("U")});
    parseOrThrow(parser, arguments);
    const Law law = lawFromOptions(parser);

    const auto flops = positiveOption(parser, QStringLiteral("flops"), "flops");
    const auto pfDays = positiveOption(parser, QStringLiteral("pfdays"), "pfdays");
    const auto params = positiveOption(parser, QStringLiteral("params"), "params");
    const auto unique = positiveOption(parser, QStringLiteral("unique-tokens"), "tokens");
    if (int(flops.has_value()) + int(pfDays.has_value()) + int(params.has_value()) != 1)
        throw UsageError(Cli::tr("optimum: give exactly one of --flops, --pfdays, --params"));
    if (unique && params)
        throw UsageError(Cli::tr("optimum: --unique-tokens goes with a budget (--flops or --pfdays), not --params"));
    std::optional<CappedRun> capped;
    if (unique)
        capped = cappedBudgetRun(law, flops ? *flops : units::pfDaysToFlops(*pfDays), *unique);
    const Allocation allocation = capped   ? capped->allocation
                                  : params ? law.optimumForParams(*params)
                                           : law.optimumForFlops(flops ? *flops : units::pfDaysToFlops(*pfDays));
    checkAnswer(allocation, law);
    json out = allocationJson(law, allocation);
    if (capped)
        addRepetitionJson(out, capped->repetition);
    if (std::holds_alternative<KaplanLaw>(law.form())) {
        // Kaplan: the paper's allocation differs from the minimum of its own L(N,D) along C = 6ND.
        const Allocation envelope = law.envelopeOptimum(allocation.flops);
        out["ld_envelope"] = {{"params", envelope.params}, {"tokens", envelope.tokens}, {"loss", *envelope.loss}};
    }
    requireFiniteAnswer(out);
    // Beyond the runs the law was fitted on, the answer is an extrapolation: said as `plan` says it.
    std::vector<Message> warnings = dataRangeWarnings(law.info(), allocation);
    if (capped)
        for (Message &m : repetitionWarnings(law, capped->repetition))
            warnings.push_back(std::move(m));
    out["warnings"] = warningsJson(warnings);
    if (parser.isSet(kJson)) {
        printJson(out);
    } else {
        printAllocation(law, allocation);
        if (capped)
            printRepetition(capped->repetition);
    }
    for (const Message &warning : warnings)
        printWarning(warning);
    return 0;
}

} // namespace frontier::cli
