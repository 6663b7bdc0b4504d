// `frontier report`: the plan of `frontier plan` as a paragraph for a paper or a model card, with
// the citation of every source it used, in Markdown or LaTeX (model/plan/report.h). The fixed
// sentences are said in the user's language (data/reporttext.h); numbers and sources stay as they are.
#include "model/plan/report.h"
#include "model/serve/servingreport.h"
#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "cli/cliplanoptions.h"
#include "cli/cliruns.h"
#include "data/reporttext.h"
#include "data/resourcedata.h"
#include "data/servingdata.h"

#include <cstdio>

namespace frontier::cli {

int reportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addPlanOptions(parser, false);
    addSessionOption(parser);
    parser.addOption({QStringLiteral("format"), Cli::tr("md (Markdown, the default) or latex."),
                      QStringLiteral("FORMAT")});
    addCompareRunOption(parser);
    parseOrThrow(parser, arguments);
    ReportFormat format = ReportFormat::Markdown;
    if (parser.isSet(QStringLiteral("format"))) {
        const QString name = parser.value(QStringLiteral("format"));
        if (name == QLatin1String("latex") || name == QLatin1String("tex"))
            format = ReportFormat::Latex;
        else if (name != QLatin1String("md") && name != QLatin1String("markdown"))
            throw UsageError(Cli::tr("--format: expected md or latex, got '%1'").arg(echo(name)));
    }
    ui::AppCatalogs catalogs = ui::AppCatalogs::fromResources();
    const PlanInputs inputs = planInputsFromOptions(parser, catalogs, {QStringLiteral("format"), QStringLiteral("compare-run")});
    // The plan as `frontier plan` computes it, on the same catalogues (the session's files and every
    // --catalog merged over the built-in ones), every input checked against limits.json.
    const PlannedInputs run = planInputs(inputs, catalogs.law(inputs.lawId), catalogs.catalogs(), &catalogs.limits());
    const std::string gpuName = catalogs.catalogs().accelerators.get(run.setup.gpuId).name;
    const KnownRun &compared = data::knownRuns().get(parser.value(QStringLiteral("compare-run")).toStdString());
    Report report = planReport(run.law, planRequest(inputs), run.setup, run.plan, gpuName, &compared);
    addServingSentence(report, run.plan, run.setup, run.law, catalogs.catalogs(), data::servingConstants());
    const std::string text = data::reportText(report, format).toStdString();
    std::fwrite(text.data(), 1, text.size(), stdout);
    for (const auto &warning : run.plan.warnings)
        printWarning(warning);
    return 0;
}

} // namespace frontier::cli
