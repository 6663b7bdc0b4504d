#pragma once
// The batch panel's small chart: the steps a run takes to the plan's loss against its batch,
// S(B) = S_min (1 + B_crit/B) (Kaplan et al. 2020, Section 5.1), log-log, with Kaplan's critical
// batch marked as a vertical line and the user's batch as a dot on the curve. It draws the document's
// plan and nothing else: no drags, only the zoom and hover of every log chart.

#include "ui/charts/logchartview.h"

class QLineSeries;
class QScatterSeries;

namespace frontier::ui {

class PlanDocument;

class BatchChart : public LogChartView
{
    Q_OBJECT

public:
    explicit BatchChart(PlanDocument *document, QWidget *parent = nullptr);

    // The curve as drawn (real batch in tokens, steps), for tests.
    QList<QPointF> curve() const;
    std::optional<double> criticalBatchShown() const { return m_critical; }

protected:
    QString hoverText(double batch, double steps) const override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslateUi();

    PlanDocument *m_document = nullptr;
    QLineSeries *m_steps = nullptr;
    QLineSeries *m_criticalLine = nullptr;
    QScatterSeries *m_batch = nullptr;
    std::optional<double> m_critical;
    double m_minSteps = 0;
    LogRange m_axesRange{0, 0, 0, 0}; // what refresh() last set the axes to
};

} // namespace frontier::ui
