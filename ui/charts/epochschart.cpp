#include "ui/charts/epochschart.h"

#include "data/peopleformat.h"
#include "model/laws/repeatedoptimum.h"
#include "ui/document/plandocument.h"

#include <QLineSeries>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>

namespace frontier::ui {

namespace {

constexpr int kCurvePoints = 61;

} // namespace

EpochsChart::EpochsChart(PlanDocument *document, QWidget *parent)
    : PlanCurveChart(document, YLabels::Numbers, QStringLiteral("epochsChart"), Qt::DotLine, parent)
{
    retranslateUi(); // and draws the plan it opens on
}

void EpochsChart::retranslateUi()
{
    setAxisTitles(tr("Epochs"), tr("Loss"));
    m_curve->setName(tr("The plan's compute, N = C / (6 · epochs · U)"));
    m_marks->setName(tr("4, 16 and 40 epochs (Muennighoff et al. 2023)"));
    m_point->setName(tr("The plan"));
    setAccessibleName(tr("Loss against epochs at the plan's compute, with the plan marked"));
    refresh();
}

void EpochsChart::refresh()
{
    const bool shown = m_document->hasPlan() && !m_document->problem() && m_document->plan().repetition.has_value();
    setVisible(shown);
    if (!shown) {
        m_plan.reset();
        return;
    }
    const Plan &plan = m_document->plan();
    const RepeatedRun &run = plan.repetition->run;
    m_flops = plan.allocation.flops;
    m_unique = run.uniqueTokens;
    const double lo = std::min(1.0, run.epochs / 3), hi = std::max(100.0, run.epochs * 10);
    const std::vector<EpochPoint> points = lossAgainstEpochs(m_document->law(), m_flops, m_unique, lo, hi, kCurvePoints);
    QList<QPointF> drawn;
    double yMin = *plan.allocation.loss, yMax = *plan.allocation.loss;
    for (const EpochPoint &p : points) {
        drawn << toChart(p.epochs, p.loss);
        yMin = std::min(yMin, p.loss);
        yMax = std::max(yMax, p.loss);
    }
    m_curve->replace(drawn);
    m_plan = QPointF(run.epochs, *plan.allocation.loss);
    m_point->replace({toChart(run.epochs, *plan.allocation.loss)});
    const double y0 = std::log10(yMin) - 0.01, y1 = std::log10(yMax) + 0.01;
    QList<QPointF> strokes;
    if (const auto &f = m_document->law().info().repetitionFindings) {
        // One series of three strokes: down the first, across below the plot (clipped, unseen), up the
        // second, across above it, down the third.
        bool down = true;
        for (const double epochs : {f->nearlyNew.epochs, f->fading.epochs, f->nearZero.epochs}) {
            const double x = std::log10(epochs);
            strokes << QPointF(x, down ? y1 + 1 : y0 - 1) << QPointF(x, down ? y0 - 1 : y1 + 1);
            down = !down;
        }
    }
    m_marks->replace(strokes);
    const LogRange range{std::log10(lo), std::log10(hi), y0, y1};
    setHomeRange(range);
    setRange(range);
}

QString EpochsChart::hoverText(double epochs, double) const
{
    if (!m_plan || m_unique <= 0)
        return {};
    const double tokens = epochs * m_unique;
    const double params = m_flops / 6 / tokens;
    const auto &p = std::get<ParametricLaw>(m_document->law().form());
    return tr("%1 epochs: %2 parameters on %3 tokens, loss %4")
        .arg(data::peopleNumber(epochs), data::peopleNumber(params), data::peopleNumber(tokens),
             data::peopleNumber(p.loss(params, tokens, m_unique)));
}

} // namespace frontier::ui
