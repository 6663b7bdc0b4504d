// LossChart's direct manipulation: hit-testing in pixels through the chart's own mapping, drags as
// document previews committed once on release, keyboard nudges, the pointer's shape and the hover
// tooltip that say what can be dragged, and the accessible description.

#include "ui/charts/losschart.h"

#include "model/core/errors.h"
#include "model/laws/whatif.h"
#include "data/peopleformat.h"
#include "model/core/numbers.h"
#include "ui/charts/knownrunmarks.h"
#include "ui/charts/logticks.h"
#include "ui/document/plandocument.h"

#include <QKeyEvent>
#include <QMouseEvent>

#include <cmath>
#include <limits>

namespace frontier::ui {

namespace {

constexpr double kHandlePixels = 9;

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF nearest = a + t * ab;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

} // namespace

QPointF LossChart::budgetHandlePixel() const
{
    if (!m_document->hasPlan())
        return {};
    const Allocation &a = m_document->plan().allocation;
    const double loss = a.loss ? *a.loss : std::pow(10.0, (range().yMin + range().yMax) / 2);
    return pixelOf(a.flops, loss);
}

QPointF LossChart::frontierPixelAt(double flops) const
{
    return pixelOf(flops, *m_document->law().optimumForFlops(flops).loss);
}

double LossChart::slopeHandleFlops() const
{
    return m_slopeFlops;
}

QPointF LossChart::slopeHandlePixel() const
{
    return m_slopeFlops > 0 ? frontierPixelAt(m_slopeFlops) : QPointF();
}

LossChart::Drag LossChart::handleAt(const QPoint &pos) const
{
    if (!m_document->hasPlan() || !plotAreaInViewport().adjusted(-2, -2, 2, 2).contains(pos))
        return Drag::None;
    const Law &law = m_document->law();
    const QPointF p(pos);
    if (m_slopeFlops > 0 && supportsGesture(law, FrontierGesture::ComputeSlope)) {
        const QPointF h = slopeHandlePixel();
        if (std::hypot(p.x() - h.x(), p.y() - h.y()) <= kHandlePixels)
            return Drag::Slope;
    }
    if (m_document->inputs().mode == PlanMode::Budget && std::abs(p.x() - budgetHandlePixel().x()) <= kHitPixels)
        return Drag::Budget;
    if (supportsGesture(law, FrontierGesture::ReducibleLoss) && m_document->layerVisible(Layer::Frontier)) {
        for (std::size_t i = 1; i < m_data.frontier.size(); ++i) {
            const auto &a = m_data.frontier[i - 1], &b = m_data.frontier[i];
            if (distanceToSegment(p, pixelOf(a.flops, a.loss), pixelOf(b.flops, b.loss)) <= kHitPixels)
                return Drag::Frontier;
        }
    }
    return Drag::None;
}

QString LossChart::dragHintAt(const QPoint &viewportPos) const
{
    switch (handleAt(viewportPos)) {
    case Drag::Budget: return tr("Drag left or right to change the budget.");
    case Drag::Frontier: return tr("Drag up or down to move the frontier: its reducible loss, the same factor at every compute.");
    case Drag::Slope:
        return tr("Drag up or down to change the frontier's slope. It turns about the budget's point on the frontier, "
                  "which stays where it is (ringed while you drag).");
    case Drag::None: break;
    }
    return {};
}

bool LossChart::pressHandle(QMouseEvent *event)
{
    m_drag = handleAt(event->pos());
    if (m_drag == Drag::None)
        return false;
    m_gesture.begin();
    if (m_drag == Drag::Slope) {
        // The budget's point on the frontier stays: the plan the user looks at keeps its loss.
        m_pivotFlops = m_document->plan().allocation.flops;
        try {
            showPivot(QPointF(m_pivotFlops, *m_gesture.law().optimumForFlops(m_pivotFlops).loss));
        } catch (const InputError &) {
            m_pivotFlops = 0; // a budget outside the law's range: the slope turns about nothing then
        }
    }
    setHandleCursor(Qt::ClosedHandCursor);
    dragTo(event->pos());
    return true;
}

bool LossChart::moveHandle(QMouseEvent *event)
{
    if (m_drag == Drag::None) {
        showHoverCursor(event->pos());
        return false;
    }
    dragTo(event->pos());
    return true;
}

bool LossChart::releaseHandle(QMouseEvent *event)
{
    if (m_drag == Drag::None)
        return false;
    dragTo(event->pos());
    const Drag finished = m_drag;
    dragCancelled(); // the drag's own state; the gesture commits
    m_gesture.finish(finished == Drag::Budget     ? tr("Drag budget")
                              : finished == Drag::Frontier ? tr("Move frontier")
                                                           : tr("Change frontier slope"));
    showHoverCursor(event->pos());
    return true;
}

void LossChart::showHoverCursor(const QPoint &pos)
{
    // What a press would grab, and which way it goes.
    switch (handleAt(pos)) {
    case Drag::Budget: setHandleCursor(Qt::SizeHorCursor); break;
    case Drag::Frontier:
    case Drag::Slope: setHandleCursor(Qt::SizeVerCursor); break;
    case Drag::None: setHandleCursor(std::nullopt); break;
    }
}

void LossChart::dragCancelled()
{
    m_drag = Drag::None;
    m_pivotFlops = 0;
    showPivot(std::nullopt);
    setHandleCursor(std::nullopt);
}

void LossChart::dragTo(const QPoint &pos)
{
    const auto value = dragValueAt(pos);
    if (!value)
        return;
    const Law &law = m_gesture.law();
    const FlopsRange &valid = law.info().validFlops;
    double flops = std::max(value->x(), valid.min * (1 + 1e-6));
    if (valid.max > 0)
        flops = std::min(flops, valid.max);
    PlanInputs next = m_document->inputs();
    try {
        switch (m_drag) {
        case Drag::Budget:
            next.budgetAmount = m_document->budgetAmountForFlops(flops);
            break;
        case Drag::Frontier:
            next.overrides = overridesBetween(m_document->publishedLaw(), reducibleLossThrough(law, flops, value->y()));
            break;
        case Drag::Slope:
            next.overrides = overridesBetween(m_document->publishedLaw(),
                                              m_pivotFlops > 0 ? computeSlopeAbout(law, m_pivotFlops, flops, value->y())
                                                               : computeSlopeThrough(law, flops, value->y()));
            break;
        case Drag::None:
            return;
        }
    } catch (const InputError &) {
        return; // e.g. a dollar budget without a price, a pointer at the pivot: this move changes nothing
    }
    m_document->preview(next);
}

void LossChart::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left: nudgeBudget(-0.05); return;
    case Qt::Key_Right: nudgeBudget(0.05); return;
    case Qt::Key_PageDown: nudgeBudget(-0.5); return;
    case Qt::Key_PageUp: nudgeBudget(0.5); return;
    default: PlanChart::keyPressEvent(event);
    }
}

void LossChart::nudgeBudget(double decades)
{
    if (!m_document->hasPlan() || m_document->inputs().mode != PlanMode::Budget)
        return;
    const double flops = m_document->plan().allocation.flops * std::pow(10.0, decades);
    try {
        m_document->setBudget(m_document->budgetAmountForFlops(flops), m_document->inputs().budgetUnit);
    } catch (const InputError &) {
    }
}

QString LossChart::hoverText(double flops, double loss) const
{
    QString text = tr("Compute: %1 FLOPs").arg(scientificText(flops)) + QLatin1Char('\n')
                   + tr("Loss: %1 nats/token").arg(QString::number(loss, 'f', 3));
    // The curve nearest the pointer at this compute, in log loss.
    const LearningCurve *nearest = nullptr;
    double best = std::numeric_limits<double>::infinity();
    for (const auto &curve : m_data.curves) {
        for (std::size_t i = 1; i < curve.points.size(); ++i) {
            const auto &a = curve.points[i - 1], &b = curve.points[i];
            if (flops < a.flops || flops > b.flops)
                continue;
            const double t = std::log(flops / a.flops) / std::log(b.flops / a.flops);
            const double at = std::log(a.loss) + t * (std::log(b.loss) - std::log(a.loss));
            if (const double d = std::abs(at - std::log(loss)); d < best)
                best = d, nearest = &curve;
            break;
        }
    }
    if (nearest && best < 0.05)
        text += QLatin1Char('\n') + tr("Nearest curve: %1 parameters").arg(shortCount(nearest->params));
    // Over a published run: its figures and sources first, the pointer's values after.
    if (const QString run = m_knownMarks->detailsNear(*this, flops, loss); !run.isEmpty())
        return run + QStringLiteral("\n\n") + text;
    return text;
}

} // namespace frontier::ui

namespace frontier::ui {

QString LossChart::accessibleTitle() const
{
    return tr("Loss chart");
}

QString LossChart::accessibleSummary() const
{
    // The numbers as the readouts print them (data/peopleformat.h).
    const QString law = QString::fromStdString(m_document->law().info().name);
    QString text = tr("Loss against training compute, log-log. Law: %1.").arg(law);
    if (!m_document->hasPlan())
        return text + QLatin1Char(' ') + tr("No plan for these inputs.");
    const Allocation &a = m_document->plan().allocation;
    const data::NumberStyle style = data::numberStyle();
    text += QLatin1Char(' ') + tr("Budget %1 FLOPs; compute-optimal: %2 parameters, %3 tokens")
                                   .arg(data::peopleNumber(a.flops), data::peopleCount(a.params, style),
                                        data::peopleCount(a.tokens, style));
    text += a.loss ? tr(", loss %1.").arg(QString::fromStdString(formatNumber(*a.loss, 4))) : tr("; this law predicts no loss.");
    if (m_document->inputs().mode == PlanMode::TargetLoss)
        return text + QLatin1Char(' ')
               + tr("Planned for a target loss of %1: type another in the budget panel, or click the chart at a loss.")
                     .arg(QString::fromStdString(formatNumber(m_document->inputs().targetLoss, 4)));
    return text + QLatin1Char(' ')
           + tr("Left and Right arrows change the budget; drag the budget line, the frontier or its square handle.");
}

} // namespace frontier::ui
