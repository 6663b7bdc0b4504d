#pragma once
// The batch panel's small chart: the steps a run takes to the plan's loss against its batch,
// S(B) = S_min (1 + B_crit/B) (Kaplan et al. 2020, Section 5.1), log-log, with Kaplan's critical
// batch marked as a vertical line and the user's batch as a dot on the curve. It draws the document's
// plan and nothing else: no drags, only the zoom and hover of every log chart.

#include "ui/charts/plancurvechart.h"

namespace frontier::ui {

// curve(): (batch in tokens, steps); the marks: the critical batch; the point: the user's batch.
class BatchChart : public PlanCurveChart
{
    Q_OBJECT

public:
    explicit BatchChart(PlanDocument *document, QWidget *parent = nullptr);

    std::optional<double> criticalBatchShown() const { return m_critical; }

protected:
    QString hoverText(double batch, double steps) const override;

private:
    void refresh() override;
    void retranslateUi() override;

    std::optional<double> m_critical;
    double m_minSteps = 0;
    LogRange m_axesRange{0, 0, 0, 0}; // what refresh() last set the axes to
};

} // namespace frontier::ui
