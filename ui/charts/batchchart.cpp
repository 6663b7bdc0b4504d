#include "ui/charts/batchchart.h"

#include "data/peopleformat.h"
#include "ui/document/plandocument.h"

#include <QLineSeries>
#include <QScatterSeries>

#include <cmath>

namespace frontier::ui {

namespace {

constexpr int kCurvePoints = 41;
constexpr double kDecadesEachSide = 2; // the curve spans B_crit / 100 to B_crit x 100

} // namespace

BatchChart::BatchChart(PlanDocument *document, QWidget *parent)
    : PlanCurveChart(document, YLabels::Counts, QStringLiteral("batchChart"), Qt::DashLine, parent)
{
    retranslateUi(); // and draws the plan it opens on
}

void BatchChart::retranslateUi()
{
    setAxisTitles(tr("Batch (tokens)"), tr("Steps"));
    m_curve->setName(tr("Steps to the plan's loss"));
    m_marks->setName(tr("Critical batch"));
    m_point->setName(tr("Your batch"));
    setAccessibleName(tr("Steps against batch size, with the critical batch marked"));
    refresh();
}

void BatchChart::refresh()
{
    const bool shown = m_document->hasPlan() && m_document->plan().batch.has_value();
    setVisible(shown);
    if (!shown) {
        m_critical.reset();
        return;
    }
    const BatchRun &run = m_document->plan().batch->run;
    m_critical = run.criticalTokens;
    m_minSteps = run.minSteps;
    const double lo = std::log10(std::min(run.criticalTokens / std::pow(10.0, kDecadesEachSide), run.batchTokens / 3));
    const double hi = std::log10(std::max(run.criticalTokens * std::pow(10.0, kDecadesEachSide), run.batchTokens * 3));
    QList<QPointF> points;
    points.reserve(kCurvePoints);
    for (int i = 0; i < kCurvePoints; ++i) {
        const double batch = std::pow(10.0, lo + (hi - lo) * i / (kCurvePoints - 1));
        points << toChart(batch, atBatch(run, batch).steps);
    }
    m_curve->replace(points);
    const double yLo = std::log10(run.minSteps) - 0.15;
    const double yHi = std::log10(atBatch(run, std::pow(10.0, lo)).steps) + 0.15;
    m_marks->replace({QPointF(std::log10(run.criticalTokens), yLo), QPointF(std::log10(run.criticalTokens), yHi)});
    m_point->replace({toChart(run.batchTokens, run.steps)});
    const LogRange range{lo, hi, yLo, yHi};
    setHomeRange(range);
    // On log axes S = S_min(1 + B_crit/B) keeps its shape as the plan changes: it only slides. While
    // a drag previews plans the axes, whose ticks cost most of a refresh, stay put until the curve has
    // slid a decade (it spans four); once the plan is set they fit it again.
    const double slack = m_document->previewing() ? 1.0 : 0.0;
    const auto near = [slack](double a, double b) { return std::abs(a - b) <= slack; };
    if (!(near(range.xMin, m_axesRange.xMin) && near(range.xMax, m_axesRange.xMax) && near(range.yMin, m_axesRange.yMin)
          && near(range.yMax, m_axesRange.yMax))) {
        setRange(range);
        m_axesRange = range;
    }
}

QString BatchChart::hoverText(double batch, double) const
{
    if (!m_critical || m_minSteps <= 0)
        return {};
    const double steps = m_minSteps * (1 + *m_critical / batch);
    return tr("Batch %1 tokens: %2 steps, %3 × the least data")
        .arg(data::peopleNumber(batch), data::peopleNumber(steps), data::peopleNumber(1 + batch / *m_critical));
}

} // namespace frontier::ui
