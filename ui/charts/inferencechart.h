#pragma once
// Total lifetime cost (training + serving) against the tokens a model serves over its life, log-log:
// the compute-optimal model at the plan's loss (a straight rise: its size is fixed, serving grows
// with the tokens) and the inference-aware one (Sardana et al. 2024, model/inference), which bends
// away below it as serving comes to dominate. A dot on each curve marks the user's lifetime tokens.
// The chart draws what its owner (ui/compare/inferencedock.h) hands it: no drags, only the zoom and
// hover of every log chart.

#include "model/inference/lifetimecost.h"
#include "ui/charts/logchartview.h"

#include <vector>

class QLineSeries;
class QScatterSeries;

namespace frontier::ui {

class InferenceChart : public LogChartView
{
    Q_OBJECT

public:
    explicit InferenceChart(QWidget *parent = nullptr);

    // The curves over lifetimes (each result's rates price its FLOPs: dollars or FLOPs, `dollars`
    // says which) and the user's lifetime tokens; an empty curve clears the chart.
    void setCurves(const std::vector<InferenceAwareResult> &curve, const std::optional<InferenceAwareResult> &marked,
                   bool dollars);
    // The same with the unit the rates count: dollars, kWh, kg CO2 or FLOPs.
    void setCurves(const std::vector<InferenceAwareResult> &curve, const std::optional<InferenceAwareResult> &marked,
                   LifetimeObjective unit);

    // As drawn, in real units (tokens, cost), for tests.
    QList<QPointF> referenceCurve() const;
    QList<QPointF> optimumCurve() const;
    QList<QPointF> markers() const;

protected:
    QString hoverText(double tokens, double cost) const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLineSeries *m_reference = nullptr;
    QLineSeries *m_optimum = nullptr;
    QScatterSeries *m_marks = nullptr;
    std::vector<InferenceAwareResult> m_curve;
    LifetimeObjective m_unit = LifetimeObjective::Flops;
    QString costText(double value) const;
};

} // namespace frontier::ui
