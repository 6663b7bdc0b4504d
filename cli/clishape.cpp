// `frontier shape`: layers and widths to build for a law's N_opt (the 2020 calculator's Transformer-XL,
// GPT-2 and Llama candidates), their exact parameter counts, or their transformers config; and
// `--count`, the exact count of a shape typed in full.
#include "cli/cliplanoptions.h"

#include "data/resourcedata.h"
#include "model/core/errors.h"
#include "model/shape/paramcount.h"
#include "model/shape/shapecandidates.h"
#include "model/shape/shapeconfig.h"
#include "model/shape/sparsemodel.h"
#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "cli/clishapeoutput.h"

#include <limits>

namespace frontier::cli {

namespace {

using nlohmann::json;

QString opt(const char *name) { return QString::fromLatin1(name); }

// A whole number option in [1, 1e6] (the counter's bound), or a UsageError naming it.
std::optional<std::int64_t> countOption(const QCommandLineParser &parser, const char *name)
{
    if (!parser.isSet(opt(name)))
        return std::nullopt;
    const QString text = parser.value(opt(name));
    bool ok = false;
    const qlonglong value = text.trimmed().toLongLong(&ok);
    if (!ok || value < 1 || value > 1'000'000)
        throw UsageError(Cli::tr("--%1: expected a whole number from 1 to 1000000, got '%2'").arg(opt(name), echo(text)));
    return value;
}

std::int64_t requiredCount(const QCommandLineParser &parser, const char *name)
{
    if (const auto value = countOption(parser, name))
        return *value;
    throw UsageError(Cli::tr("--%1: missing").arg(opt(name)));
}

std::optional<ShapeFamily> familyOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(opt("family")))
        return std::nullopt;
    try {
        return parseShapeFamily(parser.value(opt("family")).toStdString());
    } catch (const InputError &e) {
        throw UsageError(QStringLiteral("--family: ") + messageOf(e));
    }
}

int countCommand(const QCommandLineParser &parser)
{
    for (const char *planOption : {"law", "budget", "params", "tokens", "gpu", "session"})
        if (parser.isSet(opt(planOption)))
            throw UsageError(Cli::tr("--count counts the shape typed: --%1 does not go with it").arg(opt(planOption)));
    const auto family = familyOption(parser);
    if (!family || *family == ShapeFamily::TransformerXl)
        throw UsageError(Cli::tr("--count needs --family gpt2 or llama"));
    TransformerShape shape;
    shape.family = *family;
    shape.layers = requiredCount(parser, "layers");
    shape.dModel = requiredCount(parser, "d-model");
    shape.heads = requiredCount(parser, "heads");
    shape.kvHeads = countOption(parser, "kv-heads").value_or(shape.heads);
    shape.ffn = requiredCount(parser, "ffn");
    shape.vocab = requiredCount(parser, "vocab");
    shape.context = countOption(parser, "context").value_or(0);
    if (shape.family == ShapeFamily::Gpt2 && !parser.isSet(opt("context")))
        throw UsageError(Cli::tr("--context: missing; GPT-2 learns a position embedding per context token"));
    shape.tiedEmbeddings = parser.isSet(opt("tied-embeddings"));
    shape.qkvBias = parser.isSet(opt("qkv-bias"));
    shape.moe = moeFromOptions(parser);
    const auto expertFfn = countOption(parser, "expert-ffn"), sharedFfn = countOption(parser, "shared-ffn");
    if ((expertFfn || sharedFfn) && !shape.moe)
        throw UsageError(Cli::tr("--%1 shapes the experts: give --experts and --top-k too").arg(opt(expertFfn ? "expert-ffn" : "shared-ffn")));
    if (shape.moe) {
        shape.moe->expertFfn = expertFfn.value_or(0);
        shape.moe->sharedFfn = sharedFfn.value_or(0);
    }
    try {
        shape.params = countParams(shape);
    } catch (const InputError &e) {
        throw UsageError(messageOf(e));
    }
    json answer = countJson(shape.params);
    answer["family"] = shapeFamilyName(shape.family);
    if (parser.isSet(opt("json"))) {
        printJson(answer);
    } else {
        printLine(Cli::tr("Parameters:     %1 (%2 without the embeddings)")
                      .arg(QString::number(*shape.params.total), QString::number(shape.params.nonEmbedding)));
        if (shape.params.active)
            printLine(Cli::tr("Per token:      %1 (%2 without the embeddings): %3 of the %4 experts in each layer")
                          .arg(QString::number(*shape.params.active), QString::number(*shape.params.activeNonEmbedding))
                          .arg(shape.moe->topK)
                          .arg(shape.moe->experts));
    }
    return 0;
}

// --experts and --top-k without --count: the law's N is what a token uses (as in `frontier plan`), so
// each Llama candidate for it becomes the mixture of that width (model/shape/sparsemodel.h): its experts
// share the dense MLP's width out among the top-k, and its count is the whole model's. Frontier counts
// experts for the Llama family only, so the other families are left out (refused when asked for).
std::vector<TransformerShape> mixturesOf(const std::vector<TransformerShape> &dense, const MixtureOfExperts &moe,
                                         std::optional<ShapeFamily> family)
{
    if (family && *family != ShapeFamily::Llama)
        throw UsageError(Cli::tr("--experts: Frontier counts experts for the llama family only; use --family llama or leave --family out"));
    std::vector<TransformerShape> sparse;
    try {
        for (const TransformerShape &s : dense)
            if (s.family == ShapeFamily::Llama)
                sparse.push_back(sparseModelOf(s, moe).shape);
    } catch (const InputError &e) {
        throw UsageError(messageOf(e));
    }
    if (sparse.empty())
        throw UsageError(Cli::tr("--experts: no llama shape for this law and size to make a mixture of experts of"));
    return sparse;
}

} // namespace

int shapeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addPlanOptions(parser);
    addSessionOption(parser);
    parser.addOption({opt("family"), Cli::tr("Only this family: txl (the 2020 calculator's Transformer-XL), gpt2 or llama."),
                      QStringLiteral("NAME")});
    parser.addOption({opt("config"), Cli::tr("Print the first shape's transformers config JSON instead.")});
    parser.addOption({opt("count"), Cli::tr("Count the parameters of the shape given by the options below.")});
    parser.addOption({opt("layers"), Cli::tr("With --count: number of layers."), QStringLiteral("L")});
    parser.addOption({opt("d-model"), Cli::tr("With --count: the model width."), QStringLiteral("D")});
    parser.addOption({opt("heads"), Cli::tr("With --count: attention heads."), QStringLiteral("H")});
    parser.addOption({opt("kv-heads"), Cli::tr("With --count: key-value heads (default: --heads)."), QStringLiteral("K")});
    parser.addOption({opt("ffn"), Cli::tr("With --count: the MLP's inner width."), QStringLiteral("F")});
    parser.addOption({opt("vocab"), Cli::tr("With --count: vocabulary size."), QStringLiteral("V")});
    parser.addOption({opt("context"), Cli::tr("With --count: context length (GPT-2's learned positions)."), QStringLiteral("C")});
    parser.addOption({opt("tied-embeddings"), Cli::tr("With --count: the output matrix is the input embedding.")});
    parser.addOption({opt("qkv-bias"), Cli::tr("With --count: biases on the Q, K and V projections (Qwen2, llama family).")});
    parser.addOption({opt("expert-ffn"), Cli::tr("With --count and --experts: each expert's inner width (default: --ffn)."), QStringLiteral("F")});
    parser.addOption({opt("shared-ffn"), Cli::tr("With --count and --experts: a shared expert every token uses, of this inner width."), QStringLiteral("F")});
    parseOrThrow(parser, arguments);
    if (parser.isSet(opt("count")))
        return countCommand(parser);

    const std::optional<ShapeFamily> family = familyOption(parser);
    std::vector<TransformerShape> shapes;
    const bool justN = parser.isSet(opt("params")) && !parser.isSet(opt("tokens")) && !parser.isSet(opt("budget"))
                       && !parser.isSet(opt("session"));
    if (justN) {
        const Law law = lawFromOptions(parser);
        const double params = *positiveOption(parser, opt("params"), "params");
        shapes = shapesForLaw(law, params, data::shapeRules(), family);
    } else {
        ui::AppCatalogs catalogs = ui::AppCatalogs::fromResources();
        const PlanInputs inputs = planInputsFromOptions(parser, catalogs, {opt("family"), opt("config")});
        const PlannedInputs planned = planInputs(inputs, catalogs.law(inputs.lawId), catalogs.catalogs(), &catalogs.limits());
        for (const TransformerShape &s : planned.plan.shapes)
            if (!family || s.family == *family)
                shapes.push_back(s);
        for (const auto &warning : planned.plan.warnings)
            printWarning(warning);
    }
    if (shapes.empty())
        throw UsageError(Cli::tr("no shape of that family for this law and size (the Transformer-XL comes with an hf2020 law only)"));
    if (const std::optional<MixtureOfExperts> moe = moeFromOptions(parser))
        shapes = mixturesOf(shapes, *moe, family);

    if (parser.isSet(opt("config"))) {
        // The JSON a config class reads (from_json_file), whatever --json says.
        try {
            printJson(transformersConfig(shapes.front(), data::shapeRules().calculator));
        } catch (const InputError &e) {
            throw UsageError(messageOf(e));
        }
        return 0;
    }
    const json answer = {{"shapes", shapesJson(shapes)}};
    requireFiniteAnswer(answer);
    if (parser.isSet(opt("json")))
        printJson(answer);
    else
        printShapes(shapes);
    return 0;
}

} // namespace frontier::cli
