// The two charts' taps, as the Hugging Face 2020 calculator had them: a plain click on the loss chart
// says "this loss", on the allocation chart "this model size", and the document's current mode
// decides what that sets. Each click is one undo step through the document's setters; a click that
// asks for what no compute gives (a loss at or below the law's floor) changes nothing and says why.
#include "ui/charts/allocationchart.h"
#include "ui/charts/losschart.h"

#include "model/core/errors.h"
#include "ui/document/plandocument.h"

namespace frontier::ui {

namespace {

// The budget, in the user's unit, that buys `flops` on the current setup: one undo step.
void setBudgetForFlops(PlanDocument *document, double flops)
{
    document->setBudget(document->budgetAmountForFlops(flops), document->inputs().budgetUnit);
}

} // namespace

QString LossChart::clickHintAt(const QPoint &viewportPos) const
{
    if (!m_document->hasPlan() || !m_document->plan().allocation.loss || !valueAt(viewportPos))
        return {};
    switch (m_document->inputs().mode) {
    case PlanMode::TargetLoss: return tr("Click to aim for this loss.");
    case PlanMode::Budget: return tr("Click for the budget whose compute-optimal run reaches this loss.");
    case PlanMode::FixedJob: break;
    }
    return {};
}

void LossChart::plotClicked(const QPoint &viewportPos)
{
    const auto value = valueAt(viewportPos);
    if (!value || !m_document->hasPlan() || !m_document->plan().allocation.loss)
        return; // a law without a loss: the chart has no loss to click
    const double loss = value->y();
    try {
        switch (m_document->inputs().mode) {
        case PlanMode::TargetLoss:
            // Taken as it is: a target no run reaches is the plan's problem, said in the readouts.
            m_document->setTargetLoss(loss);
            break;
        case PlanMode::Budget:
            setBudgetForFlops(m_document, m_document->flopsForFrontierLoss(loss));
            break;
        case PlanMode::FixedJob:
            break; // a job's loss follows from its N and D
        }
    } catch (const InputError &e) {
        m_document->sayNotTaken(e.message());
    }
}

QString AllocationChart::clickHintAt(const QPoint &viewportPos) const
{
    if (!m_document->hasPlan() || !valueAt(viewportPos))
        return {};
    switch (m_document->inputs().mode) {
    case PlanMode::FixedJob: return tr("Click to train a model of this size.");
    case PlanMode::Budget: return tr("Click for the budget whose compute-optimal model has this size.");
    case PlanMode::TargetLoss:
        return m_document->plan().allocation.loss ? tr("Click to aim for the loss of the compute-optimal model of this size.")
                                                   : QString();
    }
    return {};
}

void AllocationChart::plotClicked(const QPoint &viewportPos)
{
    const auto value = valueAt(viewportPos);
    if (!value || !m_document->hasPlan())
        return;
    const double params = value->y();
    try {
        switch (m_document->inputs().mode) {
        case PlanMode::FixedJob:
            m_document->setFixedJob(params, m_document->inputs().tokens);
            break;
        case PlanMode::Budget:
            setBudgetForFlops(m_document, m_document->law().optimumForParams(params).flops);
            break;
        case PlanMode::TargetLoss:
            if (const auto loss = m_document->law().optimumForParams(params).loss)
                m_document->setTargetLoss(*loss);
            break;
        }
    } catch (const InputError &e) {
        m_document->sayNotTaken(e.message());
    }
}

} // namespace frontier::ui
