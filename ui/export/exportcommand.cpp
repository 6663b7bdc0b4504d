#include "ui/export/exportcommand.h"

#include "model/core/errors.h"
#include "model/plan/comparisontable.h"
#include "ui/charts/allocationchart.h"
#include "ui/export/chartexport.h"
#include "ui/charts/chartviewstate.h"
#include "ui/charts/losschart.h"
#include "cli/cli.h"
#include "cli/clioutput.h"
#include "cli/cliplanoptions.h"
#include "data/resourcedata.h"
#include "data/appcatalogs.h"
#include "ui/document/plandocument.h"
#include "ui/export/exporttargets.h"
#include "ui/compare/comparedock.h"

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

std::optional<ExportTarget> targetNamed(const QString &name)
{
    const std::pair<const char *, ExportTarget> names[] = {
        {"loss", ExportTarget::LossChart},        {"allocation", ExportTarget::AllocationChart},
        {"compare", ExportTarget::CompareBars},   {"pareto", ExportTarget::ParetoScatter},
        {"table", ExportTarget::CompareTable}};
    for (const auto &[text, target] : names)
        if (name == QLatin1String(text))
            return target;
    return std::nullopt;
}

CompareModel::Column metricNamed(const QString &name)
{
    // The short names `frontier compare --sort` knows, for the dock's columns of the same figures.
    const std::pair<const char *, CompareModel::Column> columns[] = {{"cost_usd", CompareModel::Cost},
                                                                     {"wall_clock_hours", CompareModel::WallClock},
                                                                     {"energy_kwh", CompareModel::Energy},
                                                                     {"co2_kg", CompareModel::Co2},
                                                                     {"loss", CompareModel::Loss}};
    QStringList names;
    for (const ComparisonMetric &metric : kComparisonMetrics) {
        names << QLatin1String(metric.name);
        if (name != QLatin1String(metric.name))
            continue;
        for (const auto &[column, modelColumn] : columns)
            if (std::string_view(column) == metric.column)
                return modelColumn;
    }
    throw UsageError(Cli::tr("--metric: expected one of %1, got '%2'").arg(names.join(QStringLiteral(", ")), cli::echo(name)));
}

} // namespace

int exportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("chart"),
                      Cli::tr("What to draw: loss, allocation, compare (the offers' bar chart), pareto (their "
                              "scatter) or table (the comparison as CSV)."),
                      QStringLiteral("CHART")});
    parser.addOption({QStringLiteral("out"),
                      Cli::tr("The file to write; its suffix (.png, .svg, .pdf, .csv) is the format."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("size"), Cli::tr("Width x height in pixels (default 1200x800)."),
                      QStringLiteral("WxH")});
    parser.addOption({QStringLiteral("scale"),
                      Cli::tr("Pixels per pixel of --size in a PNG, 1 to 4 (default 1)."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("metric"),
                      Cli::tr("The bars of --chart compare: cost, time, energy, co2 or loss (default: loss for a "
                              "budget, cost for a job)."),
                      QStringLiteral("METRIC")});
    cli::addPlanOptions(parser, false);
    cli::addSessionOption(parser);
    cli::parseOrThrow(parser, arguments);

    const QString chartName = parser.value(QStringLiteral("chart"));
    const auto target = targetNamed(chartName);
    if (!target)
        throw UsageError(Cli::tr("--chart: expected loss, allocation, compare, pareto or table, got '%1'")
                             .arg(cli::echo(chartName)));
    if (!parser.isSet(QStringLiteral("out")))
        throw UsageError(Cli::tr("--out: missing; the file to write"));
    const QString path = parser.value(QStringLiteral("out"));
    const auto format = exportFormatForPath(path);
    if (!format)
        throw UsageError(
            Cli::tr("--out: '%1' has no known suffix; use .png, .svg, .pdf or .csv").arg(cli::echo(path)));
    if (*target == ExportTarget::CompareTable && *format != ExportFormat::Csv)
        throw UsageError(Cli::tr("--chart table: the comparison table is written as CSV; use a .csv file"));
    const QSize size = sizeOption(parser);
    const double scale =
        parser.isSet(QStringLiteral("scale"))
            ? cli::parsePositive(parser.value(QStringLiteral("scale")), QStringLiteral("--scale"))
            : 1.0;
    ComparisonView comparison;
    if (parser.isSet(QStringLiteral("metric"))) {
        if (*target != ExportTarget::CompareBars)
            throw UsageError(Cli::tr("--metric: only --chart compare draws bars of a metric"));
        comparison.metric = metricNamed(parser.value(QStringLiteral("metric")));
    }
    if (*format != ExportFormat::Csv) {
        try {
            checkExportSize(path, *format, size, scale);
        } catch (const InputError &e) {
            throw UsageError(cli::messageOf(e)); // a bad option: exit code 2
        }
    }
    // The plan as `frontier plan` computes it, on the same catalogues (read once): the same checks,
    // the same errors. Then what the window would hold for this session: the same document and
    // charts, zoomed as it saved them, and its comparison filters.
    AppCatalogs catalogs = AppCatalogs::fromResources();
    const Session session = cli::sessionFromOptions(parser, catalogs,
                                                    {QStringLiteral("chart"), QStringLiteral("out"), QStringLiteral("size"),
                                                     QStringLiteral("scale"), QStringLiteral("metric")});
    PlanDocument document(catalogs, session.inputs);
    if (const auto &problem = document.problem())
        throw InputError(*problem);
    document.setChartView(session.chart);
    LossChart loss(&document);
    AllocationChart allocation(&document);
    bindChartView(document, loss, allocation);
    comparison.filter = session.compare;
    exportTarget(document, loss, allocation, comparison, {*target, path, size, scale});
    for (const auto &warning : document.plan().warnings)
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
