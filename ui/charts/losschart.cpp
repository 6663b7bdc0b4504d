#include "ui/charts/losschart.h"

#include "model/core/errors.h"
#include "ui/charts/colorbaritem.h"
#include "ui/charts/colormap.h"
#include "ui/charts/curvefamilyitem.h"
#include "ui/charts/knownrunmarks.h"
#include "ui/charts/logpoints.h"
#include "ui/charts/logticks.h"
#include "ui/document/plandocument.h"

#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>

namespace frontier::ui {

namespace {

constexpr int kMaxCurves = 40;
constexpr int kPointsPerCurve = 200;
const QColor kFrontierColor(214, 39, 40);  // a red that reads on light and dark backgrounds
const QColor kBudgetColor(31, 119, 180);
constexpr int kColorBarGap = 10; // between the plot and the colour bar, and (4) after it

QList<QPointF> toPoints(const std::vector<CurvePoint> &points)
{
    return logPoints(points, &CurvePoint::loss);
}

} // namespace

LossChart::LossChart(PlanDocument *document, QWidget *parent)
    : PlanChart(YLabels::Numbers, document, parent)
{
    setObjectName(QStringLiteral("lossChart"));
    m_curves = new CurveFamilyItem(chart());
    m_curvesLegend = new QLineSeries; // no points: it names the family in the legend
    addSeries(m_curvesLegend);
    m_published = new QLineSeries;
    // Thin and dashed behind the bent one: a lighter red faded into a white plot (2.7:1).
    m_published->setPen(QPen(kFrontierColor, 1.5, Qt::DashLine));
    m_envelope = new QLineSeries;
    m_envelope->setPen(QPen(kFrontierColor, 1.5, Qt::DotLine));
    m_frontier = new QLineSeries;
    m_frontier->setPen(QPen(kFrontierColor, 3));
    m_optimalCurve = new QLineSeries;
    m_budgetLine = new QLineSeries;
    m_budgetLine->setPen(QPen(kBudgetColor, 2));
    m_lossGuide = new QLineSeries;
    m_lossGuide->setPen(QPen(kBudgetColor, 1, Qt::DashLine));
    m_optimum = new QScatterSeries;
    m_optimum->setMarkerSize(11);
    m_optimum->setColor(kBudgetColor);
    m_optimum->setBorderColor(Qt::white);
    m_slopeHandle = new QScatterSeries;
    m_slopeHandle->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_slopeHandle->setMarkerSize(10);
    m_slopeHandle->setColor(kFrontierColor);
    m_slopeHandle->setBorderColor(Qt::white);
    m_runs = new QScatterSeries;
    m_runs->setObjectName(QStringLiteral("importedRuns"));
    m_runs->setMarkerSize(8);
    m_runs->setBorderColor(Qt::black);
    m_knownRuns = new QScatterSeries;
    m_knownRuns->setObjectName(QStringLiteral("knownRuns"));
    m_knownRuns->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_knownRuns->setMarkerSize(9);
    for (QXYSeries *s : std::initializer_list<QXYSeries *>{m_published, m_envelope, m_frontier, m_optimalCurve,
                                                         m_budgetLine, m_lossGuide, m_optimum, m_slopeHandle, m_runs,
                                                         m_knownRuns})
        addSeries(s);
    m_knownMarks = std::make_unique<KnownRunMarks>(chart(), m_knownRuns);
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{m_lossGuide, m_optimum, m_slopeHandle})
        hideFromLegend(s);

    m_colorBar = new ColorBarItem(chart());
    m_noLoss = new QGraphicsSimpleTextItem(chart());
    m_noLoss->setZValue(10);
    m_noLoss->hide();

    connect(document, &PlanDocument::layersChanged, this, [this] {
        rebuildCurves();
        updateBudget();
    });
    connect(chart(), &QChart::plotAreaChanged, this, [this] {
        m_curves->setMapping(chart()->plotArea(), range());
        placeColorBar();
        m_knownMarks->place(range());
    });
    connect(m_colorBar, &ColorBarItem::widthChanged, this, &LossChart::placeColorBar);
    connect(this, &LogChartView::rangeChanged, this, [this](const LogRange &r) {
        if (r.xMin != m_drawnRange.xMin || r.xMax != m_drawnRange.xMax)
            rebuildCurves();
        m_curves->setMapping(chart()->plotArea(), r);
        updateBudget();
        placeColorBar();
        m_knownMarks->place(r);
    });
    applyPalette();
    retranslateUi();
    setHomeRange(homeRangeForPlan());
    resetRange();
    refresh();
    updateAccessibleText();
}

void LossChart::retranslateUi()
{
    setAxisTitles(tr("Training compute (FLOPs)"), tr("Loss (nats per token)"));
    const bool measured = std::holds_alternative<Hf2020Law>(m_document->law().form());
    m_curvesLegend->setName(measured ? tr("Measured runs") : tr("Learning curves"));
    m_frontier->setName(tr("Compute frontier"));
    m_published->setName(tr("Published frontier"));
    m_envelope->setName(tr("Envelope of L(N, D)"));
    m_optimalCurve->setName(tr("Optimal size"));
    m_budgetLine->setName(tr("Budget"));
    m_runs->setName(tr("Imported runs"));
    m_knownRuns->setName(tr("Published runs"));
    m_colorBar->setTitle(tr("Parameters"));
    m_noLoss->setText(tr("This law predicts model sizes, not losses:\nthe allocation chart below carries the plan."));
    m_knownRunsDrawnFor.clear(); // the tooltips' words
    drawKnownRuns();
}

void LossChart::applyPalette()
{
    applyChartPalette();
    const QPalette p = palette();
    m_colorBar->setTextColor(p.color(QPalette::Text));
    m_colorBar->setFonts(axisLabelsFont(), axisTitleFont());
    m_noLoss->setBrush(p.text());
    // The optimal size's curve in the text's colour: black on white, light grey on the dark plot.
    m_optimalCurve->setPen(QPen(p.color(QPalette::Text), 2.5));
    const ColorScale scale = visibleViridis(p.color(QPalette::Base));
    m_curvesLegend->setPen(QPen(scale.at(0.5), 1.5));
    m_runs->setColor(scale.at(0.5)); // the legend's swatch; each point gets its size's colour
    // Published runs in the text's colour, ringed in the plot's: apart from the viridis-coloured runs.
    m_knownRuns->setColor(p.color(QPalette::Text));
    m_knownRuns->setBorderColor(p.color(QPalette::Base));
    m_knownMarks->setTextStyle(p.color(QPalette::Text), axisLabelsFont());
    m_colorBar->setScale(scale);
    if (scale != m_scale) {
        m_scale = scale;
        if (!m_drawnLawKey.empty())
            rebuildCurves();
    }
}

void LossChart::resizeEvent(QResizeEvent *event)
{
    LogChartView::resizeEvent(event);
    placeColorBar();
}

void LossChart::placeColorBar()
{
    // Room on the right for the bar, as wide as its texts, inside the chart so that it is exported
    // with it. A new margin lays the chart out again, which calls this again (plotAreaChanged).
    const QRectF plot = chart()->plotArea();
    m_colorBar->setItemHeight(plot.height());
    m_colorBar->setPos(plot.right() + kColorBarGap, plot.top());
    setRightMargin(int(std::ceil(m_colorBar->width())) + kColorBarGap + 4);
    m_noLoss->setPos(plot.center() - m_noLoss->boundingRect().center());
}

LossChart::~LossChart() = default;

LogRange LossChart::homeRangeForPlan() const
{
    const Law &law = m_document->law();
    const double flops = m_document->hasPlan() ? m_document->plan().allocation.flops : 1e21;
    double xMin = std::log10(flops) - 4, xMax = std::log10(flops) + 3;
    const FlopsRange &valid = law.info().validFlops;
    if (valid.min > 0)
        xMin = std::max(xMin, std::log10(valid.min));
    if (valid.max > 0)
        xMax = std::min(xMax, std::log10(valid.max));
    if (std::holds_alternative<Hf2020Law>(law.form())) {
        const auto &runs = std::get<Hf2020Law>(law.form()).runs;
        xMin = std::log10(runs.front().points.front().flops) - 0.2;
        xMax = std::max(std::log10(runs.back().points.back().flops) + 0.2, std::log10(flops) + 0.5);
    }
    double yMin = 0, yMax = 1;
    if (law.can(Capability::LossOfCompute)) {
        try {
            const double atRight = *law.optimumForFlops(std::pow(10.0, xMax)).loss;
            const double atLeft = *law.optimumForFlops(std::pow(10.0, xMin) * (1 + 1e-6)).loss;
            yMin = std::log10(atRight) - 0.03;
            yMax = std::log10(atLeft) + 0.12;
        } catch (const InputError &) {
        }
    }
    return {xMin, xMax, yMin, yMax};
}

void LossChart::refresh()
{
    if (m_document->lawKey() != m_drawnLawKey || !(m_document->importedRuns() == m_drawnRuns)) {
        const bool newLaw = m_drawnLawKey.substr(0, m_drawnLawKey.find(';')) != m_document->law().id();
        setHomeRange(homeRangeForPlan());
        if (newLaw && !m_drawnLawKey.empty())
            resetRange(); // another law: its own range, drawn through rangeChanged if the range moved
        if (m_document->lawKey() != m_drawnLawKey || !(m_document->importedRuns() == m_drawnRuns))
            rebuildCurves(); // not drawn yet: the range stayed (or the law did)
        retranslateUi();
    } else if (m_document->hasPlan()) {
        // A typed budget outside the view brings the view to it; a drag stays inside anyway.
        const double x = std::log10(m_document->plan().allocation.flops);
        if (x < range().xMin || x > range().xMax) {
            setHomeRange(homeRangeForPlan());
            resetRange();
        }
    }
    updateBudget();
}

void LossChart::rebuildCurves()
{
    ++m_curveBuilds;
    const Law &law = m_document->law();
    m_drawnLawKey = m_document->lawKey();
    m_drawnRange = range();
    const ChartRange span{std::pow(10.0, range().xMin), std::pow(10.0, range().xMax)};
    try {
        m_data = lossChartData(law, span, kPointsPerCurve, kMaxCurves);
    } catch (const InputError &) {
        m_data = {}; // the view lies outside the law's range: nothing to draw there
    }
    const bool measured = std::holds_alternative<Hf2020Law>(law.form());
    double minSize = HUGE_VAL, maxSize = 0;
    for (const auto &c : m_data.curves)
        minSize = std::min(minSize, c.params), maxSize = std::max(maxSize, c.params);
    // Imported runs share the curves' colour map, so a run and the curve of its size match.
    const bool runs = !m_document->importedRuns().empty() && m_document->layerVisible(Layer::ImportedRuns);
    if (runs)
        for (const Observation &o : m_document->importedRuns().runs)
            minSize = std::min(minSize, o.params), maxSize = std::max(maxSize, o.params);
    std::vector<CurveFamilyItem::Curve> curves;
    if (m_document->layerVisible(Layer::LearningCurves))
        for (const auto &c : m_data.curves)
            curves.push_back({toPoints(c.points), colorForSize(c.params, minSize, maxSize, m_scale)});
    m_curves->setCurves(std::move(curves), measured ? 1.2 : 1.0, measured);
    m_curves->setMapping(chart()->plotArea(), range());
    m_colorBar->setSizeRange(minSize, maxSize);
    m_colorBar->setVisible((!m_data.curves.empty() && m_document->layerVisible(Layer::LearningCurves)) || runs);
    drawRuns(minSize, maxSize);
    drawKnownRuns();
    m_frontier->replace(withoutCollinearPoints(toPoints(m_data.frontier)));
    m_envelope->replace(withoutCollinearPoints(toPoints(m_data.envelope)));
    m_envelope->setVisible(!m_data.envelope.empty() && m_document->layerVisible(Layer::Envelope));
    const bool bent = !m_document->inputs().overrides.empty();
    // The published frontier stays put during a drag of the bent one: computed once per law and view.
    const std::string publishedFor = m_document->publishedLaw().id();
    if (!bent || !law.can(Capability::LossOfCompute)) {
        m_publishedPoints.clear();
        m_publishedFor.clear();
    } else if (publishedFor != m_publishedFor || m_drawnRange != m_publishedRange) {
        m_publishedFor = publishedFor;
        m_publishedRange = m_drawnRange;
        try {
            m_publishedPoints = withoutCollinearPoints(toPoints(lossChartData(m_document->publishedLaw(), span, kPointsPerCurve, 0).frontier));
        } catch (const InputError &) {
            m_publishedPoints.clear();
        }
    }
    const QList<QPointF> &published = m_publishedPoints;
    m_published->replace(published);
    m_published->setVisible(bent && m_document->layerVisible(Layer::PublishedFrontier));
    m_frontier->setVisible(!m_data.frontier.empty() && m_document->layerVisible(Layer::Frontier));
    m_noLoss->setVisible(!law.can(Capability::LossOfCompute));
    placeSlopeHandle();
}

void LossChart::placeSlopeHandle()
{
    // Near the frontier's right end, inside the view; near its left end when the budget, the pivot
    // a slope drag turns about, is close to the right one: a lever needs some length.
    if (m_data.frontier.empty()) {
        m_slopeFlops = 0;
        return;
    }
    const std::size_t n = m_data.frontier.size();
    const double right = m_data.frontier[n * 9 / 10].flops, left = m_data.frontier[n / 10].flops;
    if (!m_document->hasPlan()) {
        m_slopeFlops = right;
        return;
    }
    const double budget = std::log10(m_document->plan().allocation.flops);
    const double span = range().xMax - range().xMin;
    const double fromRight = std::abs(std::log10(right) - budget), fromLeft = std::abs(std::log10(left) - budget);
    m_slopeFlops = fromRight >= 0.25 * span || fromRight >= fromLeft ? right : left;
}

void LossChart::updateBudget()
{
    const bool show = m_document->hasPlan() && m_document->layerVisible(Layer::BudgetMarker);
    const LogRange r = range();
    QList<QPointF> line, guide, optimum, handle, curve;
    if (show) {
        const Allocation &a = m_document->plan().allocation;
        const double x = std::log10(a.flops);
        line = {{x, r.yMin}, {x, r.yMax}};
        if (a.loss) {
            guide = {{r.xMin, std::log10(*a.loss)}, {r.xMax, std::log10(*a.loss)}};
            optimum = {{x, std::log10(*a.loss)}};
        }
        const Law &law = m_document->law();
        const ChartRange span{std::pow(10.0, r.xMin), std::pow(10.0, r.xMax)};
        if (law.can(Capability::LossOfParamsTokens)) {
            curve = withoutCollinearPoints(toPoints(curveForSize(law, a.params, span, kPointsPerCurve).points));
        } else if (!m_data.curves.empty()) {
            // hf2020: the measured run nearest in size stands for the optimal one.
            const auto nearest = std::min_element(m_data.curves.begin(), m_data.curves.end(), [&](const auto &p, const auto &q) {
                return std::abs(std::log(p.params / a.params)) < std::abs(std::log(q.params / a.params));
            });
            curve = toPoints(nearest->points);
        }
    }
    m_budgetLine->replace(line);
    m_lossGuide->replace(guide);
    m_optimum->replace(optimum);
    m_optimalCurve->replace(m_document->layerVisible(Layer::OptimalCurve) ? curve : QList<QPointF>());
    placeSlopeHandle();
    if (m_slopeFlops > 0 && m_decorations && m_document->layerVisible(Layer::Frontier)) {
        try {
            handle = {{std::log10(m_slopeFlops), std::log10(*m_document->law().optimumForFlops(m_slopeFlops).loss)}};
        } catch (const InputError &) {
        }
    }
    m_slopeHandle->replace(handle);
}


QList<QColor> LossChart::curveColors() const
{
    return m_curves->colors();
}

int LossChart::visibleCurveCount() const
{
    return m_curves->isVisible() ? m_curves->curveCount() : 0;
}

QPointF LossChart::curvePixel(QPointF value) const
{
    return mapFromScene(m_curves->mapToScene(m_curves->position(value)));
}

void LossChart::setDecorationsVisible(bool visible)
{
    m_decorations = visible;
    LogChartView::setDecorationsVisible(visible);
    updateBudget();
}

} // namespace frontier::ui
