#pragma once
// The unique-data panel's small chart: the loss of the plan's budget against the epochs its unique
// tokens are read, under Muennighoff et al. 2023's law. Each point spends the same compute C on
// D = epochs·U tokens and N = C/(6D) parameters, so the curve's lowest point is the plan's optimum
// under the cap (marked); left of it the run has too few tokens for its size, right of it the repeated
// tokens are worth ever less. The paper's 4, 16 and 40 epochs are marked as vertical lines. Log-log;
// it draws the document's plan and nothing else.

#include "ui/charts/logchartview.h"

class QLineSeries;
class QScatterSeries;

namespace frontier::ui {

class PlanDocument;

class EpochsChart : public LogChartView
{
    Q_OBJECT

public:
    explicit EpochsChart(PlanDocument *document, QWidget *parent = nullptr);

    // The curve as drawn (epochs, loss), and the plan's point, for tests.
    QList<QPointF> curve() const;
    std::optional<QPointF> planPoint() const { return m_plan; }

protected:
    QString hoverText(double epochs, double loss) const override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslateUi();

    PlanDocument *m_document = nullptr;
    QLineSeries *m_loss = nullptr;
    QLineSeries *m_findings = nullptr; // the paper's epochs, as one series of vertical strokes
    QScatterSeries *m_planMark = nullptr;
    std::optional<QPointF> m_plan;
    double m_flops = 0, m_unique = 0;
};

} // namespace frontier::ui
