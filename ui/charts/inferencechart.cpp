#include "ui/charts/inferencechart.h"

#include "data/peopleformat.h"

#include <QEvent>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace frontier::ui {

namespace {

QList<QPointF> realPoints(const QXYSeries *series)
{
    QList<QPointF> points;
    for (const QPointF &p : series->points())
        points << QPointF(std::pow(10.0, p.x()), std::pow(10.0, p.y()));
    return points;
}

} // namespace

InferenceChart::InferenceChart(QWidget *parent)
    : LogChartView(YLabels::Numbers, parent)
    , m_reference(new QLineSeries)
    , m_optimum(new QLineSeries)
    , m_marks(new QScatterSeries)
{
    setObjectName(QStringLiteral("inferenceChart"));
    setMinimumHeight(140); // the window, dock shown, still fits a 1024 x 640 screen
    addSeries(m_reference);
    addSeries(m_optimum);
    addSeries(m_marks);
    QPen dashed = m_reference->pen();
    dashed.setStyle(Qt::DashLine);
    m_reference->setPen(dashed);
    m_marks->setMarkerSize(9);
    retranslateUi();
}

void InferenceChart::retranslateUi()
{
    const QString total = m_unit == LifetimeObjective::Usd   ? tr("Total (USD)")
                          : m_unit == LifetimeObjective::Kwh ? tr("Total (kWh)")
                          : m_unit == LifetimeObjective::Co2 ? tr("Total (kg CO2)")
                                                             : tr("Total (FLOPs)");
    setAxisTitles(tr("Lifetime inference tokens"), total);
    m_reference->setName(tr("Compute-optimal model"));
    m_optimum->setName(tr("Inference-aware model"));
    m_marks->setName(tr("Your lifetime tokens"));
    setAccessibleName(tr("Total lifetime cost against lifetime inference tokens, compute-optimal and inference-aware"));
}

void InferenceChart::setCurves(const std::vector<InferenceAwareResult> &curve,
                               const std::optional<InferenceAwareResult> &marked, bool dollars)
{
    setCurves(curve, marked, dollars ? LifetimeObjective::Usd : LifetimeObjective::Flops);
}

QString InferenceChart::costText(double value) const
{
    const data::NumberStyle style = data::numberStyle();
    switch (m_unit) {
    case LifetimeObjective::Usd: return data::peopleDollars(value, style);
    case LifetimeObjective::Kwh: return data::peopleEnergy(value, style);
    case LifetimeObjective::Co2: return tr("%1 CO2").arg(data::peopleMass(value, style));
    case LifetimeObjective::Flops: break;
    }
    return tr("%1 FLOPs").arg(data::peopleNumber(value));
}

void InferenceChart::setCurves(const std::vector<InferenceAwareResult> &curve,
                               const std::optional<InferenceAwareResult> &marked, LifetimeObjective unit)
{
    m_curve = curve;
    m_unit = unit;
    retranslateUi();
    QList<QPointF> reference, optimum;
    for (const InferenceAwareResult &r : curve) {
        reference << toChart(r.inferenceTokens, r.reference.totalCost(r.rates));
        optimum << toChart(r.inferenceTokens, r.optimum.totalCost(r.rates));
    }
    m_reference->replace(reference);
    m_optimum->replace(optimum);
    QList<QPointF> marks;
    if (marked && marked->inferenceTokens > 0)
        marks << toChart(marked->inferenceTokens, marked->reference.totalCost(marked->rates))
              << toChart(marked->inferenceTokens, marked->optimum.totalCost(marked->rates));
    m_marks->replace(marks);
    if (reference.isEmpty())
        return;
    double yMin = optimum.front().y(), yMax = reference.back().y();
    for (const QPointF &p : optimum + reference) {
        yMin = std::min(yMin, p.y());
        yMax = std::max(yMax, p.y());
    }
    const LogRange range{reference.front().x(), reference.back().x(), yMin - 0.1, yMax + 0.1};
    setHomeRange(range);
    setRange(range);
    // The first curves arrive as the dock is shown, before the chart is laid out: the ticks, which
    // fit the plot's pixels, are fitted again once it is.
    QTimer::singleShot(0, this, [this] { setRange(this->range()); });
}

QList<QPointF> InferenceChart::referenceCurve() const
{
    return realPoints(m_reference);
}

QList<QPointF> InferenceChart::optimumCurve() const
{
    return realPoints(m_optimum);
}

QList<QPointF> InferenceChart::markers() const
{
    return realPoints(m_marks);
}

QString InferenceChart::hoverText(double tokens, double) const
{
    if (m_curve.empty())
        return {};
    // The computed lifetime nearest the pointer (the curve is dense enough to read).
    const auto nearest = std::min_element(m_curve.begin(), m_curve.end(), [tokens](const auto &a, const auto &b) {
        return std::abs(std::log(a.inferenceTokens / tokens)) < std::abs(std::log(b.inferenceTokens / tokens));
    });
    const data::NumberStyle style = data::numberStyle();
    const auto cost = [this](double value) { return costText(value); };
    return tr("%1 tokens served: compute-optimal %2 (%3 parameters), inference-aware %4 (%5 parameters)")
        .arg(data::peopleCount(nearest->inferenceTokens, style), cost(nearest->reference.totalCost(nearest->rates)),
             data::peopleCount(nearest->reference.params, style), cost(nearest->optimum.totalCost(nearest->rates)),
             data::peopleCount(nearest->optimum.params, style));
}

void InferenceChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    LogChartView::changeEvent(event);
}

} // namespace frontier::ui
