#pragma once
// The unique-data panel's small chart: the loss of the plan's budget against the epochs its unique
// tokens are read, under Muennighoff et al. 2023's law. Each point spends the same compute C on
// D = epochs·U tokens and N = C/(6D) parameters, so the curve's lowest point is the plan's optimum
// under the cap (marked); left of it the run has too few tokens for its size, right of it the repeated
// tokens are worth ever less. The paper's 4, 16 and 40 epochs are marked as vertical lines. Log-log;
// it draws the document's plan and nothing else.

#include "ui/charts/plancurvechart.h"

namespace frontier::ui {

// curve(): (epochs, loss); the marks: the paper's epochs, as one series of vertical strokes; the
// point: the plan.
class EpochsChart : public PlanCurveChart
{
    Q_OBJECT

public:
    explicit EpochsChart(PlanDocument *document, QWidget *parent = nullptr);

    // The plan's point (epochs, loss), for tests.
    std::optional<QPointF> planPoint() const { return m_plan; }

protected:
    QString hoverText(double epochs, double loss) const override;

private:
    void refresh() override;
    void retranslateUi() override;

    std::optional<QPointF> m_plan;
    double m_flops = 0, m_unique = 0;
};

} // namespace frontier::ui
