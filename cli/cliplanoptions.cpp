// The options `plan`, `compare`, `report` and `export` share, and how they become a plan's inputs
// on the catalogues the window would use.
#include "cli/cliplanoptions.h"

#include "model/core/errors.h"
#include "model/shape/paramcount.h"
#include "cli/clioutput.h"
#include "data/sessionfile.h"

namespace frontier::cli {

namespace {

using nlohmann::json;

QString opt(const char *name) { return QString::fromLatin1(name); }

std::string text(const QCommandLineParser &p, const char *name) { return p.value(opt(name)).toStdString(); }

// Model errors for option values read as usage errors naming the option.
template <class F> auto asOption(const char *option, F parse)
{
    try {
        return parse();
    } catch (const InputError &e) {
        throw UsageError(QStringLiteral("--%1: %2").arg(QLatin1String(option), messageOf(e)));
    }
}

} // namespace

void addPlanOptions(QCommandLineParser &parser, bool json, bool trainingBatch)
{
    addLawOptions(parser);
    struct Valued
    {
        const char *name;
        const char *value;
        const char *description; // translated in context "Cli"
    };
    static const Valued valued[] = {
        {"budget", "X", QT_TRANSLATE_NOOP("Cli", "The budget, in the unit given by --unit.")},
        {"unit", "UNIT", QT_TRANSLATE_NOOP("Cli", "Unit of --budget: usd, gpu-hours, hours, days, flops, pfdays, kwh or kgco2.")},
        {"params", "N", QT_TRANSLATE_NOOP("Cli", "A fixed job instead of a budget: model size in parameters (with --tokens).")},
        {"tokens", "D", QT_TRANSLATE_NOOP("Cli", "A fixed job instead of a budget: training tokens (with --params).")},
        {"target-loss", "L", QT_TRANSLATE_NOOP("Cli", "Instead of a budget or a job: the cheapest compute-optimal run that reaches this loss (nats/token).")},
        {"gpu", "ID", QT_TRANSLATE_NOOP("Cli", "Accelerator id (see 'frontier gpus').")},
        {"gpus", "N", QT_TRANSLATE_NOOP("Cli", "Number of GPUs training together (default 1).")},
        {"offer", "ID", QT_TRANSLATE_NOOP("Cli", "Cloud offer id for the price (see 'frontier offers'); default: the cheapest.")},
        {"usd-per-gpu-hour", "P", QT_TRANSLATE_NOOP("Cli", "Your own price in USD per GPU-hour instead of an offer's.")},
        {"pricing", "BASIS", QT_TRANSLATE_NOOP("Cli", "Offer price basis: on-demand, 1y or 3y.")},
        {"precision", "P", QT_TRANSLATE_NOOP("Cli", "Training precision for the peak FLOP/s: bf16, fp16, tf32, fp32 or fp8.")},
        {"amp", "LEVEL", QT_TRANSLATE_NOOP("Cli", "Mixed precision of the 2020 GPUs (V100, P100, P4, K80): O0, O1 or O2.")},
        {"mfu", "F", QT_TRANSLATE_NOOP("Cli", "Model FLOPs utilisation, in (0, 1].")},
        {"peak-flops", "F", QT_TRANSLATE_NOOP("Cli", "Peak FLOP/s per GPU, instead of the catalogue's.")},
        {"gpu-watts", "W", QT_TRANSLATE_NOOP("Cli", "Power per GPU in watts, instead of its TDP.")},
        {"power-fraction", "F", QT_TRANSLATE_NOOP("Cli", "Average draw as a fraction of the watts, in (0, 1].")},
        {"pue", "P", QT_TRANSLATE_NOOP("Cli", "Data-centre power usage effectiveness, at least 1.")},
        {"overhead", "F", QT_TRANSLATE_NOOP("Cli", "Billed over useful GPU time (restarts, evaluation), at least 1.")},
        {"region", "PROVIDER/REGION", QT_TRANSLATE_NOOP("Cli", "Cloud region for the grid's carbon intensity (see 'frontier regions').")},
        {"grid-dataset", "NAME", QT_TRANSLATE_NOOP("Cli", "Dataset --region is read from: mlco2 or codecarbon.")},
        {"grid", "G_PER_KWH", QT_TRANSLATE_NOOP("Cli", "Grid carbon intensity in g CO2eq per kWh, instead of a region's.")},
        {"country", "ISO3", QT_TRANSLATE_NOOP("Cli", "Country (ISO 3166 alpha-3) for the grid's carbon intensity.")},
        {"usd-per-kwh", "P", QT_TRANSLATE_NOOP("Cli", "Electricity price in USD per kWh (on-premise bill).")},
        {"zero", "STAGE", QT_TRANSLATE_NOOP("Cli", "ZeRO stage 0-3 for the memory check.")},
        {"micro-batch", "B", QT_TRANSLATE_NOOP("Cli", "Sequences per GPU per micro-step, for the memory check.")},
        {"seq-len", "S", QT_TRANSLATE_NOOP("Cli", "Sequence length in tokens, for the memory check.")},
        {"recompute", "MODE", QT_TRANSLATE_NOOP("Cli", "Activation recomputation: none, selective or full.")},
        {"batch", "B", QT_TRANSLATE_NOOP("Cli", "Tokens per optimizer step: the plan then has its steps and Kaplan et al. 2020's critical batch.")},
        {"experts", "E", QT_TRANSLATE_NOOP("Cli", "A mixture of experts: E experts per layer in place of each MLP (with --top-k).")},
        {"top-k", "K", QT_TRANSLATE_NOOP("Cli", "A mixture of experts: the experts each token is routed to (with --experts).")},
        {"unique-tokens", "U", QT_TRANSLATE_NOOP("Cli", "Unique tokens there are: the plan repeats them (a law with repetition terms, e.g. muennighoff2023).")},
    };
    for (const auto &option : valued)
        if (trainingBatch || qstrcmp(option.name, "batch") != 0)
            parser.addOption({opt(option.name), QCoreApplication::translate("Cli", option.description), opt(option.value)});
    if (json)
        parser.addOption({QStringLiteral("json"), Cli::tr("Answer as JSON.")});
    parser.addOption({QStringLiteral("catalog"),
                      Cli::tr("Your own offers or accelerators (CSV or JSON, docs/user-catalogs.md), merged over the "
                              "built-in ones: a row with a known id replaces it. Repeatable."),
                      QStringLiteral("FILE")});
}

void mergeCatalogFiles(const QCommandLineParser &parser, ui::AppCatalogs &catalogs, const std::vector<std::string> &more)
{
    std::vector<std::string> paths = more;
    for (const QString &path : parser.values(QStringLiteral("catalog")))
        paths.push_back(path.toStdString());
    if (paths.empty())
        return; // the built-in catalogues, as fromResources() made them: nothing to merge (or copy)
    try {
        std::vector<UserCatalog> files;
        for (const std::string &path : paths)
            files.push_back(ui::AppCatalogs::readUserCatalog(path));
        catalogs.setUserCatalogs(std::move(files));
    } catch (const InputError &e) {
        throw UsageError(QStringLiteral("--catalog: %1").arg(messageOf(e)));
    }
    for (const UserCatalog &file : catalogs.userCatalogs())
        for (const Message &note : file.notes) // an unknown key: said, as a session's notes are
            printWarning(note);
}

PlanRequest requestFromOptions(const QCommandLineParser &p)
{
    PlanRequest request;
    const bool budget = p.isSet(opt("budget")), job = p.isSet(opt("params")) || p.isSet(opt("tokens"));
    if (p.isSet(opt("target-loss"))) {
        if (budget || job || p.isSet(opt("unit")))
            throw UsageError(Cli::tr("--target-loss: the plan is the cheapest run that reaches the loss; give it "
                                     "without --budget, --unit, --params or --tokens"));
        request.targetLoss = parsePositive(p.value(opt("target-loss")), QStringLiteral("--target-loss"), "target_loss");
        return request;
    }
    if (budget == job)
        throw UsageError(Cli::tr("give either --budget X --unit UNIT, --params N --tokens D or --target-loss L"));
    if (budget) {
        if (!p.isSet(opt("unit")))
            throw UsageError(Cli::tr("--unit: missing; one of usd, gpu-hours, hours, days, flops, pfdays, kwh, kgco2"));
        request.budgetUnit = asOption("unit", [&] { return parseBudgetUnit(text(p, "unit")); });
        request.budgetAmount = parsePositive(p.value(opt("budget")), QStringLiteral("--budget"));
    } else {
        if (!p.isSet(opt("params")) || !p.isSet(opt("tokens")))
            throw UsageError(Cli::tr("a fixed job needs both --params and --tokens"));
        request.params = parsePositive(p.value(opt("params")), QStringLiteral("--params"), "params");
        request.tokens = parsePositive(p.value(opt("tokens")), QStringLiteral("--tokens"), "tokens");
    }
    return request;
}

PlanChoices choicesFromOptions(const QCommandLineParser &p)
{
    PlanChoices c;
    c.gpu = text(p, "gpu");
    c.gpus = wholeOption(p, opt("gpus"), 1, int(data::inputLimits().range("gpus").max));
    c.offer = text(p, "offer");
    c.usdPerGpuHour = nonNegativeOption(p, opt("usd-per-gpu-hour"), "usd_per_gpu_hour");
    if (p.isSet(opt("pricing")))
        c.pricing = asOption("pricing", [&] { return parsePricing(text(p, "pricing")); });
    if (p.isSet(opt("precision")))
        c.precision = asOption("precision", [&] { return parsePrecision(text(p, "precision")); });
    if (p.isSet(opt("amp")))
        c.amp = asOption("amp", [&] { return parseAmp(text(p, "amp")); });
    c.mfu = positiveOption(p, opt("mfu"));
    if (c.mfu && *c.mfu > 1)
        throw UsageError(Cli::tr("--mfu: must be in (0, 1], got %1").arg(echo(p.value(opt("mfu")))));
    c.peakFlops = positiveOption(p, opt("peak-flops"), "peak_flops");
    c.gpuWatts = positiveOption(p, opt("gpu-watts"), "gpu_watts");
    c.powerFraction = positiveOption(p, opt("power-fraction"));
    if (c.powerFraction && *c.powerFraction > 1)
        throw UsageError(Cli::tr("--power-fraction: must be in (0, 1], got %1").arg(echo(p.value(opt("power-fraction")))));
    c.pue = positiveOption(p, opt("pue"), "pue");
    c.overhead = positiveOption(p, opt("overhead"), "overhead");
    c.region = text(p, "region");
    if (p.isSet(opt("grid-dataset"))) {
        // Checked whether or not a region is given: a misspelt dataset is never silently unused.
        c.gridDataset = asOption("grid-dataset", [&] { return data::regions().dataset(text(p, "grid-dataset")).id; });
        if (c.region.empty())
            printWarning(Cli::tr("--grid-dataset has no effect without --region").toStdString());
    }
    c.country = text(p, "country");
    c.gridGramsPerKwh = nonNegativeOption(p, opt("grid"), "grid_g_per_kwh");
    c.usdPerKwh = nonNegativeOption(p, opt("usd-per-kwh"), "usd_per_kwh");
    c.zeroStage = wholeOption(p, opt("zero"), 0, 3);
    c.microBatch = positiveOption(p, opt("micro-batch"), "micro_batch");
    c.sequenceLength = positiveOption(p, opt("seq-len"), "seq_len");
    if (p.isSet(opt("recompute")))
        c.recompute = asOption("recompute", [&] { return parseRecompute(text(p, "recompute")); });
    return c;
}

std::optional<MixtureOfExperts> moeFromOptions(const QCommandLineParser &parser)
{
    const bool experts = parser.isSet(QStringLiteral("experts")), topK = parser.isSet(QStringLiteral("top-k"));
    if (!experts && !topK)
        return std::nullopt;
    if (experts != topK)
        throw UsageError(Cli::tr("--experts and --top-k go together: a mixture of experts needs both"));
    auto whole = [&](const char *name) {
        const QString text = parser.value(opt(name));
        bool ok = false;
        const qlonglong value = text.trimmed().toLongLong(&ok);
        if (!ok || value < 1 || value > 100'000)
            throw UsageError(Cli::tr("--%1: expected a whole number from 1 to 100000, got '%2'").arg(opt(name), echo(text)));
        return std::int64_t(value);
    };
    MixtureOfExperts moe;
    moe.experts = whole("experts");
    moe.topK = whole("top-k");
    try {
        checkExperts(moe);
    } catch (const InputError &e) {
        throw UsageError(QStringLiteral("--top-k: ") + messageOf(e));
    }
    return moe;
}

namespace {

// The plan's inputs as options: --law and --set, the budget or job, and the setup.
PlanInputs inputsFromOptions(const QCommandLineParser &parser)
{
    PlanInputs inputs;
    inputs.lawId = lawIdFromOptions(parser);
    inputs.overrides = overridesFromOptions(parser);
    const PlanRequest request = requestFromOptions(parser);
    if (request.budgetAmount) {
        inputs.mode = PlanMode::Budget;
        inputs.budgetAmount = *request.budgetAmount;
        inputs.budgetUnit = request.budgetUnit;
    } else if (request.targetLoss) {
        inputs.mode = PlanMode::TargetLoss;
        inputs.targetLoss = *request.targetLoss;
    } else {
        inputs.mode = PlanMode::FixedJob;
        inputs.params = *request.params;
        inputs.tokens = *request.tokens;
    }
    inputs.choices = choicesFromOptions(parser);
    inputs.batchTokens = positiveOption(parser, opt("batch"), "batch_tokens");
    inputs.moe = moeFromOptions(parser);
    inputs.uniqueTokens = positiveOption(parser, opt("unique-tokens"), "tokens");
    if (inputs.choices.gpu.empty())
        throw UsageError(Cli::tr("--gpu: missing; see 'frontier gpus'"));
    return inputs;
}

// A session file, alone: a file and options that change its plan would leave the reader guessing
// which won, so the mix is refused (only --json and --catalog go with --session).
Session sessionFromFile(const QCommandLineParser &parser, const QStringList &alsoAllowed, ui::AppCatalogs &catalogs)
{
    for (const QString &name : parser.optionNames())
        if (name != QLatin1String("session") && name != QLatin1String("json") && name != QLatin1String("catalog")
            && !alsoAllowed.contains(name))
            throw UsageError(Cli::tr("--session and --%1: the session file holds the whole plan; edit the file or "
                                     "give the plan as options, not both").arg(echo(name)));
    try {
        const QString path = parser.value(QStringLiteral("session"));
        // The session's own catalogue files first (its offer may be one of them), then any --catalog.
        std::vector<std::string> files = ui::sessionUserCatalogPaths(path);
        mergeCatalogFiles(parser, catalogs, files);
        ui::LoadedSession loaded = ui::readSessionFile(path, catalogs.sessionCatalogs());
        for (const auto &note : loaded.notes)
            printWarning(note);
        if (loaded.session.inputs.choices.gpu.empty())
            throw UsageError(Cli::tr("--session: the session chooses no GPU (hardware.gpu is empty)"));
        for (const QString &file : parser.values(QStringLiteral("catalog")))
            files.push_back(file.toStdString());
        loaded.session.userCatalogPaths = files; // relative ones taken from the session's folder
        return loaded.session;
    } catch (const ui::SessionFileError &e) {
        throw UsageError(QStringLiteral("--session: %1").arg(e.text()));
    }
}

} // namespace

void addSessionOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("session"),
                      Cli::tr("Plan the inputs saved in a session file (File > Save in the window; examples in "
                              "docs/examples/). No option that changes the plan may go with it; --catalog may."),
                      QStringLiteral("FILE.json")});
}

Session sessionFromOptions(const QCommandLineParser &parser, ui::AppCatalogs &catalogs, const QStringList &alsoAllowed)
{
    if (parser.isSet(QStringLiteral("session")))
        return sessionFromFile(parser, alsoAllowed, catalogs);
    mergeCatalogFiles(parser, catalogs);
    Session session;
    session.inputs = inputsFromOptions(parser);
    for (const QString &file : parser.values(QStringLiteral("catalog")))
        session.userCatalogPaths.push_back(file.toStdString());
    return session;
}

PlanInputs planInputsFromOptions(const QCommandLineParser &parser, ui::AppCatalogs &catalogs, const QStringList &alsoAllowed)
{
    return sessionFromOptions(parser, catalogs, alsoAllowed).inputs;
}

} // namespace frontier::cli
