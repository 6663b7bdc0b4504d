#include "ui/exportcommand.h"

#include "model/core/errors.h"
#include "ui/charts/allocationchart.h"
#include "ui/charts/chartexport.h"
#include "ui/charts/losschart.h"
#include "ui/cli/cli.h"
#include "ui/cli/clioutput.h"
#include "ui/cli/cliplan.h"
#include "ui/data/resourcedata.h"
#include "ui/document/appcatalogs.h"
#include "ui/document/plandocument.h"

#include <QApplication>
#include <QRegularExpression>
#include <QTextStream>

namespace frontier::ui {

namespace {

using cli::Cli;
using cli::UsageError;

const QSize kDefaultSize(1200, 800);

QSize sizeOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("size")))
        return kDefaultSize;
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(\d{1,5})\s*[xX]\s*(\d{1,5})\s*$)"));
    const QString text = parser.value(QStringLiteral("size"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        throw UsageError(
            Cli::tr("--size: expected WIDTHxHEIGHT in pixels, e.g. 1200x800, got '%1'").arg(cli::echo(text)));
    return {match.captured(1).toInt(), match.captured(2).toInt()};
}

} // namespace

int exportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("chart"), Cli::tr("The chart: loss or allocation."), QStringLiteral("CHART")});
    parser.addOption({QStringLiteral("out"),
                      Cli::tr("The file to write; its suffix (.png, .svg, .pdf, .csv) is the format."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("size"), Cli::tr("Width x height in pixels (default 1200x800)."),
                      QStringLiteral("WxH")});
    parser.addOption({QStringLiteral("scale"),
                      Cli::tr("Pixels per pixel of --size in a PNG, 1 to 4 (default 1)."),
                      QStringLiteral("S")});
    cli::addPlanOptions(parser, false);
    cli::addSessionOption(parser);
    cli::parseOrThrow(parser, arguments);

    const QString chartName = parser.value(QStringLiteral("chart"));
    if (chartName != QLatin1String("loss") && chartName != QLatin1String("allocation"))
        throw UsageError(Cli::tr("--chart: expected loss or allocation, got '%1'").arg(cli::echo(chartName)));
    if (!parser.isSet(QStringLiteral("out")))
        throw UsageError(Cli::tr("--out: missing; the file to write"));
    const QString path = parser.value(QStringLiteral("out"));
    const auto format = exportFormatForPath(path);
    if (!format)
        throw UsageError(
            Cli::tr("--out: '%1' has no known suffix; use .png, .svg, .pdf or .csv").arg(cli::echo(path)));
    const QSize size = sizeOption(parser);
    const double scale =
        parser.isSet(QStringLiteral("scale"))
            ? cli::parsePositive(parser.value(QStringLiteral("scale")), QStringLiteral("--scale"))
            : 1.0;

    if (*format != ExportFormat::Csv) {
        try {
            checkExportSize(path, *format, size, scale);
        } catch (const InputError &e) {
            throw UsageError(cli::messageOf(e)); // a bad option: exit code 2
        }
    }
    // The plan as `frontier plan` computes it: the same checks, the same errors.
    const PlanInputs inputs = cli::planInputsFromOptions(
        parser, {QStringLiteral("chart"), QStringLiteral("out"), QStringLiteral("size"), QStringLiteral("scale")});
    const PlannedInputs run = planInputs(inputs, data::lawCatalog().law(inputs.lawId), data::catalogs(), &data::inputLimits());
    // What the window would hold for these inputs: the same document, so the same chart.
    AppCatalogs catalogs = AppCatalogs::fromResources();
    PlanDocument document(catalogs, inputs);
    if (const auto &problem = document.problem())
        throw InputError(*problem);
    LossChart loss(&document);
    if (chartName == QLatin1String("loss")) {
        exportChart(loss, path, *format, size, scale);
    } else {
        AllocationChart allocation(&document);
        // As in the window: the allocation chart shows the loss chart's FLOPs.
        allocation.setXRange(loss.range().xMin, loss.range().xMax);
        exportChart(allocation, path, *format, size, scale);
    }
    for (const auto &warning : run.plan.warnings)
        cli::printWarning(warning);
    return 0;
}

namespace {

// Qt's own notes about the platform ("XDG_RUNTIME_DIR not set", font fallbacks) are not the
// command's answer: stderr keeps the one-line errors and warnings of the command line only.
void quietQtNotes(QtMsgType type, const QMessageLogContext &, const QString &text)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        QTextStream(stderr) << "frontier: " << text << '\n';
}

} // namespace

int runDrawingCommand(int &argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietQtNotes);
    // Taken before QApplication: it removes its own options from argv, -session FILE among them
    // (X11 session management), which is also the command's --session.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Frontier"));
    return cli::run(arguments, &exportCommand);
}

} // namespace frontier::ui
