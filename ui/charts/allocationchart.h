#pragma once
// The allocation chart, below the loss chart: N_opt(C) and D_opt(C) against training FLOPs, log-log,
// with the same budget marker and the same x range (zoom or pan one chart, the other follows).
// Dragging the N_opt line tilts the allocation exponent a (how fast the optimal size grows with
// compute) while the loss frontier stays; N_opt turns about the budget's point on it (ringed while
// dragging), so the plan's size moves only when the budget does. One undo step on release. A click
// elsewhere in the plot sets the model size to the one clicked: the job's N, or the budget (the
// target loss) whose compute-optimal run has that N.

#include "model/laws/chartdata.h"
#include "ui/charts/planchart.h"
#include "ui/document/chartlayer.h"

#include <memory>
#include <optional>

class QLineSeries;
class QScatterSeries;

namespace frontier::ui {

class KnownRunMarks;
class PlanDocument;

class AllocationChart : public PlanChart
{
    Q_OBJECT

public:
    using Layer = ChartLayer; // the document holds which are on

    explicit AllocationChart(PlanDocument *document, QWidget *parent = nullptr);
    ~AllocationChart() override;

    QPointF paramsPixelAt(double flops) const;
    const AllocationChartData &data() const { return m_data; }
    // The published runs as marked: their sizes (labelled) and their tokens (allocationchartknownruns.cpp).
    const KnownRunMarks &knownRunSizes() const { return *m_knownSizes; }
    const KnownRunMarks &knownRunTokens() const { return *m_knownTokens; }
    void setDecorationsVisible(bool visible) override;
    QString dragHintAt(const QPoint &viewportPos) const override;
    QString clickHintAt(const QPoint &viewportPos) const override;

    // ExportableChart: the title names the law, the small print cites it, the CSV is data().
    QString exportTitle() const override;
    QString exportCitation() const override;
    std::string exportCsv() const override;
    LogRange homeRangeForPlan() const override;
    void refresh() override;

protected:
    QString accessibleTitle() const override;
    QString accessibleSummary() const override;
    void dragCancelled() override;
    QString hoverText(double flops, double count) const override;
    bool pressHandle(QMouseEvent *event) override;
    bool moveHandle(QMouseEvent *event) override;
    bool releaseHandle(QMouseEvent *event) override;
    void plotClicked(const QPoint &viewportPos) override; // chartclicks.cpp
    void retranslateUi() override;
    void applyPalette() override;

private:
    void rebuild();
    void updateBudget();
    bool nearParamsLine(const QPoint &pos) const;
    void dragTo(const QPoint &pos);
    void drawKnownRuns(); // allocationchartknownruns.cpp

    AllocationChartData m_data;
    QLineSeries *m_params = nullptr;
    QLineSeries *m_tokens = nullptr;
    QLineSeries *m_publishedParams = nullptr;
    QLineSeries *m_budgetLine = nullptr;
    QScatterSeries *m_points = nullptr;
    QScatterSeries *m_knownSizeSeries = nullptr;
    QScatterSeries *m_knownTokenSeries = nullptr;
    std::unique_ptr<KnownRunMarks> m_knownSizes, m_knownTokens;
    double m_pivotFlops = 0; // what a tilt turns N_opt about: the budget at the press
    std::string m_drawnKey;
    std::string m_drawnLaw;
};

} // namespace frontier::ui
