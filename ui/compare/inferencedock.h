#pragma once
// Inference-aware size (issue 18 §2, Sardana et al. 2024): for the tokens the plan's model will serve
// over its life, the model of least training + serving cost at the plan's loss beside the
// compute-optimal one, and a chart of total cost against lifetime tokens, in a dock of its own.
//
//   document changed / lifetime tokens edited -> (visible only) reference = the compute-optimal run
//   at the plan's loss -> serving setup (the plan's GPU and offer at Sardana et al.'s serving MFU)
//   -> inferenceAwareOptimum + inferenceAwareCurve (model/inference) -> InferencePanel, InferenceChart
//
// Dollars when the plan's setup and the serving setup have prices, FLOPs otherwise. The lifetime
// tokens belong to this view (they start at the paper's Figure 1 demand); a plan does not change
// with them.

#include "ui/panels/inferencepanel.h"

#include "ui/panels/bottomdock.h"

class QMainWindow;
class QMenu;

namespace frontier::ui {

class InferenceChart;
class PlanDocument;

class InferenceDock : public BottomDock
{
    Q_OBJECT

public:
    explicit InferenceDock(PlanDocument *document, QWidget *parent = nullptr);

    // Builds the dock, puts it under the window's central widget (hidden) and its toggle in `viewMenu`.
    static InferenceDock *addTo(QMainWindow *window, PlanDocument *document, QMenu *viewMenu);

    InferencePanel *panel() const { return m_panel; }
    InferenceChart *chart() const { return m_chart; }
    double inferenceTokens() const { return m_tokens; }
    void setInferenceTokens(double tokens);
    const InferenceComparison &comparison() const { return m_comparison; }
    // Recomputes now (if visible; else on the next show).
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi() override;
    InferenceComparison compute(std::vector<InferenceAwareResult> &curve) const;

    PlanDocument *m_document = nullptr;
    InferencePanel *m_panel = nullptr;
    InferenceChart *m_chart = nullptr;
    double m_tokens = 0;
    InferenceComparison m_comparison;
    bool m_stale = true;
    bool m_placed = false; // given its first height
};

} // namespace frontier::ui
