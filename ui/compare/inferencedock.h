#pragma once
// Inference-aware size (issue 18 §2, Sardana et al. 2024): for the tokens the plan's model will serve
// over its life, the model of least training + serving cost at the plan's loss beside the
// compute-optimal one, and a chart of total cost against lifetime tokens, in a dock of its own.
//
//   document changed / lifetime tokens, offer, pricing or objective chosen -> (visible only)
//   reference = the compute-optimal run at the plan's loss -> the serving price on the chosen offer
//   (the plan's by default): model/serve's decode cost of the reference's tokens, per parameter-token,
//   or Sardana et al.'s serving MFU -> the objective's rates -> inferenceAwareOptimum +
//   inferenceAwareCurve (model/inference) -> InferencePanel, InferenceChart
//
// The decode model prices serving by default, so this dock and the serving dock agree on what a
// token costs. The objective (dollars by default) is minimised in its own unit; FLOPs when a side
// lacks that unit. The lifetime tokens and the choices belong to this view (the tokens start at the
// paper's Figure 1 demand); a plan does not change with them.

#include "model/serve/servingsetup.h"
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

    // What the dock starts with, and what a session without its choices restores.
    static constexpr ServingCostModel kDefaultServingModel = ServingCostModel::Decode;
    static constexpr LifetimeObjective kDefaultObjective = LifetimeObjective::Usd;

    InferencePanel *panel() const { return m_panel; }
    InferenceChart *chart() const { return m_chart; }
    double inferenceTokens() const { return m_tokens; }
    void setInferenceTokens(double tokens);
    const InferenceComparison &comparison() const { return m_comparison; }
    // The serving offer (empty: the plan's), what prices a served token, what is minimised.
    const std::string &servingOffer() const { return m_servingRequest.offerId; }
    void setServingOffer(const std::string &offerId);
    // The decode model's bits, pruned share, context and batch: serving.json's at first, then the
    // serving dock's (the window passes them on), so both docks price the same token.
    const ServingRequest &servingRequest() const { return m_servingRequest; }
    void setServingLoad(const ServingCompression &compression, const ServingLoad &load);
    ServingCostModel servingModel() const { return m_servingModel; }
    void setServingModel(ServingCostModel model);
    LifetimeObjective objective() const { return m_objective; }
    void setObjective(LifetimeObjective objective);
    // Recomputes now (if visible; else on the next show).
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi() override;
    InferenceComparison compute(std::vector<InferenceAwareResult> &curve) const;
    // The serving side's price for the reference model, and the note's words for where it serves.
    ServingPrice servingPrice(const Allocation &reference, QString &servedOn) const;
    void fillOffersIfChanged();
    void fitReadoutsWidth();

    PlanDocument *m_document = nullptr;
    InferencePanel *m_panel = nullptr;
    InferenceChart *m_chart = nullptr;
    double m_tokens = 0;
    InferenceComparison m_comparison;
    bool m_stale = true;
    bool m_placed = false; // given its first height
    ServingRequest m_servingRequest; // serving.json's bits, context and batch; the chosen offer
    ServingCostModel m_servingModel = kDefaultServingModel;
    LifetimeObjective m_objective = kDefaultObjective;
    std::string m_filledOffer;  // the plan's offer when the offers list was made...
    int m_filledRevision = -1;  // ...and the catalogues' revision
};

} // namespace frontier::ui
