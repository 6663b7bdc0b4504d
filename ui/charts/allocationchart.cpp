#include "ui/charts/allocationchart.h"

#include "model/core/errors.h"
#include "model/core/numbers.h"
#include "model/laws/whatif.h"
#include "data/peopleformat.h"
#include "ui/charts/knownrunmarks.h"
#include "ui/charts/logpoints.h"
#include "ui/charts/logticks.h"
#include "ui/document/plandocument.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>

#include <cmath>

namespace frontier::ui {

namespace {

constexpr int kPoints = 200;
const QColor kParamsColor(68, 1, 84);    // viridis' dark end: the size, as on the loss chart's bar
const QColor kParamsOnDark(177, 132, 212); // the same hue, light enough to read on a dark plot
const QColor kTokensColor(33, 145, 140); // viridis' middle
const QColor kBudgetColor(31, 119, 180);

QList<QPointF> toPoints(const std::vector<ValuePoint> &points)
{
    return logPoints(points, &ValuePoint::value);
}

std::string key(const PlanDocument &d, const LogRange &r)
{
    return d.lawKey() + "|" + formatExact(r.xMin) + ":" + formatExact(r.xMax);
}

} // namespace

AllocationChart::AllocationChart(PlanDocument *document, QWidget *parent)
    : PlanChart(YLabels::Counts, document, parent)
{
    setObjectName(QStringLiteral("allocationChart"));
    m_publishedParams = new QLineSeries;
    m_params = new QLineSeries;
    m_tokens = new QLineSeries;
    m_tokens->setPen(QPen(kTokensColor, 3));
    m_budgetLine = new QLineSeries;
    m_budgetLine->setPen(QPen(kBudgetColor, 2));
    m_points = new QScatterSeries;
    m_points->setMarkerSize(10);
    m_points->setColor(kBudgetColor);
    m_points->setBorderColor(Qt::white);
    m_knownSizeSeries = new QScatterSeries;
    m_knownSizeSeries->setObjectName(QStringLiteral("knownRunSizes"));
    m_knownTokenSeries = new QScatterSeries;
    m_knownTokenSeries->setObjectName(QStringLiteral("knownRunTokens"));
    for (QScatterSeries *s : {m_knownSizeSeries, m_knownTokenSeries}) {
        s->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
        s->setMarkerSize(9);
    }
    for (QXYSeries *s : std::initializer_list<QXYSeries *>{m_publishedParams, m_params, m_tokens, m_budgetLine, m_points,
                                                         m_knownSizeSeries, m_knownTokenSeries})
        addSeries(s);
    hideFromLegend(m_points);
    hideFromLegend(m_knownTokenSeries); // one legend entry for the runs: their sizes
    m_knownSizes = std::make_unique<KnownRunMarks>(chart(), m_knownSizeSeries);
    m_knownTokens = std::make_unique<KnownRunMarks>(chart(), m_knownTokenSeries, false);
    connect(this, &LogChartView::rangeChanged, this, [this](const LogRange &r) {
        rebuild();
        updateBudget();
        m_knownSizes->place(r);
        m_knownTokens->place(r);
    });
    connect(chart(), &QChart::plotAreaChanged, this, [this] {
        m_knownSizes->place(range());
        m_knownTokens->place(range());
    });
    connect(document, &PlanDocument::layersChanged, this, &AllocationChart::drawKnownRuns);
    // About the loss chart's colour bar: the window gives it the loss chart's own, so the two FLOP
    // axes line up.
    setRightMargin(74);
    applyPalette();
    retranslateUi();
    setHomeRange(homeRangeForPlan());
    resetRange();
    refresh();
    drawKnownRuns();
    updateAccessibleText();
}

AllocationChart::~AllocationChart() = default;

LogRange AllocationChart::homeRangeForPlan() const
{
    // x as the loss chart's home; y from the smallest N_opt to the largest D_opt over it.
    LogRange r = range();
    if (!m_document->hasPlan())
        return r;
    const double x = std::log10(m_document->plan().allocation.flops);
    r.xMin = x - 4, r.xMax = x + 3;
    try {
        const auto data = allocationChartData(m_document->law(), {std::pow(10.0, r.xMin), std::pow(10.0, r.xMax)}, 20);
        r.yMin = std::log10(data.params.front().value) - 0.3;
        r.yMax = std::log10(data.tokens.back().value) + 0.3;
    } catch (const InputError &) {
    }
    return r;
}

void AllocationChart::retranslateUi()
{
    setAxisTitles(tr("Training compute (FLOPs)"), tr("Parameters / tokens"));
    m_params->setName(tr("N_opt (parameters)"));
    m_tokens->setName(tr("D_opt (tokens)"));
    m_publishedParams->setName(tr("Published N_opt"));
    m_budgetLine->setName(tr("Budget"));
    m_knownSizeSeries->setName(tr("Published runs (size; tokens as hollow)"));
    drawKnownRuns(); // the tooltips' words
}

void AllocationChart::applyPalette()
{
    applyChartPalette();
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor params = dark ? kParamsOnDark : kParamsColor;
    m_params->setPen(QPen(params, 3));
    // darker(170) on the dark plot was 2.4:1; 130 keeps the dashes at 3:1 and apart from the line.
    m_publishedParams->setPen(QPen(dark ? params.darker(130) : params.lighter(250), 1.5, Qt::DashLine));
    // The runs' sizes filled in the size's colour, their tokens hollow in the tokens' colour.
    m_knownSizeSeries->setColor(params);
    m_knownSizeSeries->setBorderColor(palette().color(QPalette::Base));
    m_knownTokenSeries->setColor(palette().color(QPalette::Base));
    m_knownTokenSeries->setBorderColor(kTokensColor);
    m_knownSizes->setTextStyle(palette().color(QPalette::Text), axisLabelsFont());
}

void AllocationChart::refresh()
{
    const std::string law = m_document->law().id();
    if (law != m_drawnLaw) { // another law: its own y range
        m_drawnLaw = law;
        const LogRange home = homeRangeForPlan();
        setHomeRange({range().xMin, range().xMax, home.yMin, home.yMax});
        setRange({range().xMin, range().xMax, home.yMin, home.yMax});
    }
    rebuild();
    updateBudget();
}

void AllocationChart::rebuild()
{
    const std::string k = key(*m_document, range());
    if (k == m_drawnKey)
        return;
    m_drawnKey = k;
    const ChartRange span{std::pow(10.0, range().xMin), std::pow(10.0, range().xMax)};
    try {
        m_data = allocationChartData(m_document->law(), span, kPoints);
    } catch (const InputError &) {
        m_data = {};
    }
    m_params->replace(withoutCollinearPoints(toPoints(m_data.params)));
    m_tokens->replace(withoutCollinearPoints(toPoints(m_data.tokens)));
    QList<QPointF> published;
    if (!m_document->inputs().overrides.empty()) {
        try {
            published = withoutCollinearPoints(toPoints(allocationChartData(m_document->publishedLaw(), span, kPoints).params));
        } catch (const InputError &) {
        }
    }
    m_publishedParams->replace(published);
    m_publishedParams->setVisible(!published.isEmpty());
}

void AllocationChart::updateBudget()
{
    QList<QPointF> line, points;
    if (m_document->hasPlan()) {
        const Allocation &a = m_document->plan().allocation;
        const double x = std::log10(a.flops);
        line = {{x, range().yMin}, {x, range().yMax}};
        points = {{x, std::log10(a.params)}, {x, std::log10(a.tokens)}};
    }
    m_budgetLine->replace(line);
    m_points->replace(points);
}

void AllocationChart::setDecorationsVisible(bool visible)
{
    LogChartView::setDecorationsVisible(visible);
}

QPointF AllocationChart::paramsPixelAt(double flops) const
{
    return pixelOf(flops, m_document->law().optimumForFlops(flops).params);
}

bool AllocationChart::nearParamsLine(const QPoint &pos) const
{
    if (!supportsGesture(m_document->law(), FrontierGesture::Allocation))
        return false;
    const auto value = valueAt(pos);
    if (!value)
        return false;
    try {
        return std::abs(paramsPixelAt(value->x()).y() - pos.y()) <= kHitPixels;
    } catch (const InputError &) {
        return false;
    }
}

QString AllocationChart::dragHintAt(const QPoint &viewportPos) const
{
    if (!nearParamsLine(viewportPos))
        return {};
    return tr("Drag up or down to tilt the optimal size N_opt: how fast it grows with compute. It turns about the "
              "budget's point on it, which stays where it is (ringed while you drag); the loss frontier stays too.");
}

bool AllocationChart::pressHandle(QMouseEvent *event)
{
    if (!nearParamsLine(event->pos()))
        return false;
    m_gesture.begin();
    m_pivotFlops = 0;
    if (m_document->hasPlan()) {
        try {
            const double flops = m_document->plan().allocation.flops;
            showPivot(QPointF(flops, m_gesture.law().optimumForFlops(flops).params));
            m_pivotFlops = flops;
        } catch (const InputError &) {
        }
    }
    setHandleCursor(Qt::ClosedHandCursor);
    return true;
}

bool AllocationChart::moveHandle(QMouseEvent *event)
{
    if (!m_gesture.active()) {
        setHandleCursor(nearParamsLine(event->pos()) ? std::optional(Qt::SizeVerCursor) : std::nullopt);
        return false;
    }
    dragTo(event->pos());
    return true;
}

bool AllocationChart::releaseHandle(QMouseEvent *event)
{
    if (!m_gesture.active())
        return false;
    dragTo(event->pos());
    dragCancelled(); // the drag's own state; the gesture commits
    m_gesture.finish(tr("Tilt the optimal size"));
    setHandleCursor(nearParamsLine(event->pos()) ? std::optional(Qt::SizeVerCursor) : std::nullopt);
    return true;
}

void AllocationChart::dragCancelled()
{
    m_pivotFlops = 0;
    showPivot(std::nullopt);
    setHandleCursor(std::nullopt);
}

void AllocationChart::dragTo(const QPoint &pos)
{
    const auto value = dragValueAt(pos);
    if (!value || !m_gesture.active())
        return;
    PlanInputs next = m_document->inputs();
    try {
        const double flops = std::max(value->x(), m_gesture.law().info().validFlops.min * (1 + 1e-6));
        const Law &law = m_gesture.law();
        next.overrides = overridesBetween(m_document->publishedLaw(), m_pivotFlops > 0 ? allocationAbout(law, m_pivotFlops, flops, value->y())
                                                                                       : allocationThrough(law, flops, value->y()));
    } catch (const InputError &) {
        return; // e.g. the pointer at the pivot's compute: this move changes nothing
    }
    m_document->preview(next);
}

QString AllocationChart::hoverText(double flops, double count) const
{
    // Over a published run: its figures and sources.
    for (const KnownRunMarks *marks : {m_knownSizes.get(), m_knownTokens.get()})
        if (const QString run = marks->detailsNear(*this, flops, count); !run.isEmpty())
            return run;
    QString text = tr("Compute: %1 FLOPs").arg(scientificText(flops));
    text += QLatin1Char('\n') + tr("Pointer: %1").arg(shortCount(count));
    try {
        const Allocation a = m_document->law().optimumForFlops(flops);
        text += QLatin1Char('\n') + tr("N_opt %1 parameters, D_opt %2 tokens").arg(shortCount(a.params), shortCount(a.tokens));
    } catch (const InputError &) {
    }
    return text;
}

} // namespace frontier::ui

namespace frontier::ui {

QString AllocationChart::accessibleTitle() const
{
    return tr("Allocation chart");
}

QString AllocationChart::accessibleSummary() const
{
    // The numbers as the readouts print them (data/peopleformat.h).
    const QString law = QString::fromStdString(m_document->law().info().name);
    QString text = tr("Compute-optimal parameters N_opt and tokens D_opt against training compute, log-log. Law: %1.").arg(law);
    if (!m_document->hasPlan())
        return text + QLatin1Char(' ') + tr("No plan for these inputs.");
    const Allocation &a = m_document->plan().allocation;
    const data::NumberStyle style = data::numberStyle();
    return text + QLatin1Char(' ')
           + tr("Budget %1 FLOPs: %2 parameters, %3 tokens.")
                 .arg(data::peopleNumber(a.flops), data::peopleCount(a.params, style), data::peopleCount(a.tokens, style))
           + QLatin1Char(' ') + tr("Drag the N_opt line to tilt it about the budget.");
}

} // namespace frontier::ui
