#pragma once
// The loss chart: loss against training FLOPs, log-log, for the document's law.
//   - the learning-curve family (hf2020: the study's measured runs, points and lines; other laws
//     with L(N, D): one curve per size on a fixed grid), coloured by size on viridis, with a bar;
//   - the compute frontier as one strong line (faint behind it: the published frontier, when the
//     user bent the law; for kaplan2020 also the envelope of its L(N, D) curves);
//   - the budget: a vertical line at the plan's FLOPs, the optimum on the frontier, the curve of the
//     optimal size highlighted, a horizontal guide at the predicted loss;
//   - the runs the user imported (File ▸ Import runs…), as points at C = 6ND coloured by size on
//     the curves' colour map.
// Direct manipulation: drag the budget line (the budget changes in the user's unit), drag the
// frontier up or down (its reducible loss), drag the square handle near one of its ends (its slope
// gamma: the frontier turns about the budget's point on it, which stays, ringed while dragging);
// arrow keys nudge the budget by 10^±0.05, Page Up/Down by 10^±0.5; Escape cancels a drag. A click
// elsewhere in the plot sets the target loss to the loss clicked (planning for a target loss) or the
// budget to the compute whose frontier reaches it (planning for a budget). The pointer and a tooltip
// say what each can do.
// Each drag is one undo step, committed on release. The chart owns no science: it reads the
// document and the model's chart data (model/laws/chartdata.h, whatif.h).

#include "model/laws/chartdata.h"
#include "ui/charts/colormap.h"
#include "ui/charts/planchart.h"
#include "ui/document/chartlayer.h"
#include "ui/document/importedruns.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;

namespace frontier::ui {

class ColorBarItem;
class CurveFamilyItem;
class KnownRunMarks;
class PlanDocument;

class LossChart : public PlanChart
{
    Q_OBJECT

public:
    using Layer = ChartLayer; // the document holds which are on

    explicit LossChart(PlanDocument *document, QWidget *parent = nullptr);
    ~LossChart() override;


    // Where the handles are, in viewport pixels (for tests and accessibility).
    QPointF budgetHandlePixel() const;
    QPointF frontierPixelAt(double flops) const;
    QPointF slopeHandlePixel() const;
    double slopeHandleFlops() const;
    // What is drawn (for tests): number of visible curves and the frontier's points.
    int visibleCurveCount() const;
    // Where the curve family draws a (log10 FLOPs, log10 loss) value, in viewport pixels.
    QPointF curvePixel(QPointF value) const;
    // The learning curves' colours as drawn.
    QList<QColor> curveColors() const;
    // The imported runs as drawn: (log10 FLOPs, log10 loss) and each point's colour.
    QList<QPointF> runPoints() const;
    QList<QColor> runColors() const;
    // The published runs as marked (View > Chart layers > Published runs; losschartknownruns.cpp).
    const KnownRunMarks &knownRunMarks() const { return *m_knownMarks; }
    // The legend's visible entries, in order (for tests: each names what it stands for).
    QStringList legendEntries() const;
    const LossChartData &data() const { return m_data; }
    // How many times the curves were computed since construction (for tests: one change, one build,
    // as LabPlot's RetransformTest counts retransforms).
    int curveBuildCount() const { return m_curveBuilds; }
    // The colour bar beside the plot (for tests: its fonts and ticks).
    const ColorBarItem *colorBar() const { return m_colorBar; }

    void setDecorationsVisible(bool visible) override;
    QString dragHintAt(const QPoint &viewportPos) const override;
    QString clickHintAt(const QPoint &viewportPos) const override;

    // ExportableChart: the title names the law, the small print cites it, the CSV is data().
    QString exportTitle() const override;
    QString exportCitation() const override;
    std::string exportCsv() const override;
    // Around the plan's budget (x) and the frontier (y).
    LogRange homeRangeForPlan() const override;
    void refresh() override;

protected:
    QString accessibleTitle() const override;
    QString accessibleSummary() const override;
    QString hoverText(double flops, double loss) const override;
    bool pressHandle(QMouseEvent *event) override;
    bool moveHandle(QMouseEvent *event) override;
    bool releaseHandle(QMouseEvent *event) override;
    void plotClicked(const QPoint &viewportPos) override; // chartclicks.cpp
    void keyPressEvent(QKeyEvent *event) override; // arrows and Page Up/Down nudge the budget
    void resizeEvent(QResizeEvent *event) override;
    void retranslateUi() override;
    void applyPalette() override;
    void dragCancelled() override;

private:
    enum class Drag { None, Budget, Frontier, Slope };

    void rebuildCurves();
    void updateBudget();
    void placeColorBar();
    void drawRuns(double minSize, double maxSize); // losschartruns.cpp
    void drawKnownRuns();                          // losschartknownruns.cpp
    Drag handleAt(const QPoint &pos) const;
    void dragTo(const QPoint &pos);
    void nudgeBudget(double decades);
    void placeSlopeHandle();
    void showHoverCursor(const QPoint &pos);

    LossChartData m_data;
    CurveFamilyItem *m_curves = nullptr;
    QLineSeries *m_curvesLegend = nullptr;
    QLineSeries *m_frontier = nullptr;
    QLineSeries *m_published = nullptr;
    QLineSeries *m_envelope = nullptr;
    QLineSeries *m_optimalCurve = nullptr;
    QLineSeries *m_budgetLine = nullptr;
    QLineSeries *m_lossGuide = nullptr;
    QScatterSeries *m_optimum = nullptr;
    QScatterSeries *m_slopeHandle = nullptr;
    QScatterSeries *m_runs = nullptr; // one series, a colour per point
    QScatterSeries *m_knownRuns = nullptr;
    std::unique_ptr<KnownRunMarks> m_knownMarks;
    std::string m_knownRunsDrawnFor; // the law key they were placed for ("" when off or to redo)
    ImportedRuns m_drawnRuns;
    ColorBarItem *m_colorBar = nullptr;
    QGraphicsSimpleTextItem *m_noLoss = nullptr;
    std::string m_drawnLawKey;   // law id + overrides the curves were computed for
    LogRange m_drawnRange;       // the x range they cover
    QList<QPointF> m_publishedPoints; // the published frontier, for m_publishedFor over m_publishedRange
    std::string m_publishedFor;
    LogRange m_publishedRange;
    double m_slopeFlops = 0;
    double m_pivotFlops = 0; // what a slope drag turns the frontier about: the budget at the press
    ColorScale m_scale;      // the part of viridis that shows on this palette's plot
    bool m_decorations = true;
    Drag m_drag = Drag::None; // which handle m_gesture drags
    int m_curveBuilds = 0;
};

} // namespace frontier::ui
