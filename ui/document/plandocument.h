#pragma once
// The window's one document: what the user chose (PlanInputs) and the plan the model computes from
// it. Panels and charts read it and call its setters; they never talk to each other.
//
//   input -> setter (one undo command) -> recompute (resolveSetup + makePlan) -> changed() -> views
//
// A drag is a preview: preview() recomputes and emits changed() on every move without touching the
// undo stack; commitPreview() pushes one command holding the inputs from before the drag and after.
// Inputs the model refuses (a budget below the 2020 calculator's tipping point, a GPU without a
// TDP) keep the last plan that worked on show and say why in problem(); nothing is lost. Inputs no
// session could hold (a number outside its plausible range in resources/limits.json, a constant the
// law's form refuses: checkInputs) are not taken at all: refused() says why and the inputs stay as
// they were, so whatever the document holds can be saved and opened again.

#include "model/plan/plan.h"
#include "model/plan/planner.h"
#include "model/plan/session.h"
#include "model/runs/knownruns.h"
#include "data/appcatalogs.h"
#include "ui/document/chartlayer.h"
#include "ui/document/importedruns.h"
#include "ui/document/planinputs.h"

#include <QObject>
#include <QUndoStack>

#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace frontier::ui {

// The current plan on every offer of the catalogues (and on every accelerator nobody offers), as
// compareOffers makes it, and which rows are on the Pareto front.
struct OfferComparison
{
    Comparison comparison;
    std::vector<bool> pareto;
};

class PlanDocument : public QObject
{
    Q_OBJECT

public:
    PlanDocument(AppCatalogs &catalogs, PlanInputs inputs, QObject *parent = nullptr);

    const PlanInputs &inputs() const { return m_inputs; }
    AppCatalogs &catalogs() const { return m_catalogs; }
    // The law as published (or fitted), and as planned with: the same with the user's overrides.
    const Law &publishedLaw() const;
    const Law &law() const { return *m_law; }
    // Names the law as planned, overrides included: equal keys, equal curves (views cache on it).
    std::string lawKey() const;

    // The last plan that worked (absent only if none ever did) and the setup it was computed on.
    bool hasPlan() const { return m_plan.has_value(); }
    const Plan &plan() const { return *m_plan; }
    const ResolvedSetup &setup() const { return *m_setup; }
    // Why the current inputs give no plan; empty when plan() is theirs.
    const std::optional<Message> &problem() const { return m_problem; }

    // The current inputs on every offer: made on first use after a change and shared until the next,
    // so the compare dock, its charts and every export read one comparison. A budget drag makes only
    // the plans again; the offers' setups stay while the law, the choices and the catalogues do.
    // The dock asks at most once a frame. Throws InputError as compareOffers does.
    std::shared_ptr<const OfferComparison> comparison() const;

    QUndoStack *undoStack() { return &m_undo; }

    // Each is one undo step named by `text` (already translated), pushed only when something changes.
    // Steps of one kind in a row that become one undo step: browsing the law list with the arrow
    // keys is one "Choose law", back to the law before the browsing.
    enum class UndoMerge { None = -1, LawChoice = 1 };
    void setInputs(const PlanInputs &inputs, const QString &text, UndoMerge merge = UndoMerge::None);
    void setLaw(const std::string &lawId);
    void setOverrides(const std::map<std::string, double> &overrides);
    void resetOverrides();
    void setBudget(double amount, BudgetUnit unit);
    void setFixedJob(double params, double tokens);
    // Plan for the cheapest compute-optimal run that reaches `loss` (nats/token).
    void setTargetLoss(double loss);
    void setChoices(const PlanChoices &choices);
    // setChoices with the current choices as `edit` leaves them: how a panel changes one field.
    void editChoices(const std::function<void(PlanChoices &)> &edit);
    // File ▸ Import runs…: one undo step adds the fitted `law` to the catalogue, plans with it and
    // keeps its `runs` for the charts; undo removes it and restores the law chosen before.
    void importFittedLaw(Law law, ImportedRuns runs, const QString &text);
    const ImportedRuns &importedRuns() const { return m_runs; }
    // File ▸ Add / Remove catalogue: one undo step that puts the user's catalogue files `files` (read
    // and merged by the caller's AppCatalogs) in place of the current ones and recomputes. Throws
    // InputError when they do not merge (an offer on a chip only a removed file had); nothing is pushed then.
    void setUserCatalogs(std::vector<UserCatalog> files, const QString &text);

    // Drags: many previews, then one commit (or a cancel that puts the inputs back).
    void preview(const PlanInputs &inputs);
    void commitPreview(const QString &text);
    void cancelPreview();
    bool previewing() const { return m_dragStart.has_value(); }

    // Opening a file (a session or the recovery copy): its inputs and charts' view on the user's
    // catalogue `files` (read by the caller), in one step that is a fresh start: nothing to undo
    // into, and the undo stack clean. Throws InputError, changing nothing, when the files do not merge.
    void load(const Session &session, std::vector<UserCatalog> files);

    // How the charts are zoomed (log10 spans of their axes; an absent span is fitted to the plan).
    // The charts show it and write into it what the user does to them, so the two charts share
    // their FLOPs span through it; sessions save and open it (ui/charts/chartviewstate.h binds them).
    const ChartView &chartView() const { return m_chartView; }
    void setChartView(const ChartView &view);
    // Which layers the loss chart draws (all at first). A way of looking, not part of the plan: not
    // an undo step, not saved.
    bool layerVisible(ChartLayer layer) const { return m_layers[std::size_t(layer)]; }
    void setLayerVisible(ChartLayer layer, bool visible);
    // The published run the plan is held against (resources/runs; GPT-3 at first), for the line under
    // the readouts and the report alike. A way of looking too: not an undo step, not saved.
    const std::string &comparedRun() const { return m_comparedRun; }
    void setComparedRun(const std::string &runId);

    // The budget, in the current unit, that buys `flops` on the current setup (what a budget drag
    // writes); throws InputError when the unit needs what the setup lacks (dollars without a price).
    double budgetAmountForFlops(double flops) const;
    // The FLOPs whose compute-optimal run under the current law reaches `loss`, searched within the
    // plausible FLOPs (model/laws/targetloss.h); throws InputError saying why none does.
    double flopsForFrontierLoss(double loss) const;
    // A view's request that gave no inputs to set (a click on a chart asking for a loss no compute
    // reaches): said through refused(), as inputs that are not taken are.
    void sayNotTaken(const Message &reason) { Q_EMIT refused(reason); }

    // Called by the undo commands: set inputs without pushing anything.
    void apply(const PlanInputs &inputs);
    void applyImport(const PlanInputs &inputs, const ImportedRuns &runs);
    void applyUserCatalogs(const std::vector<UserCatalog> &files);

Q_SIGNALS:
    // After every change of inputs, plan or problem; views redraw from the document.
    void changed();
    // After setChartView() or load() changed the charts' view.
    void chartViewChanged();
    void layersChanged();
    void comparedRunChanged();
    // Inputs that were not taken (checkInputs refused them), and why; after a changed(), so views
    // show the inputs kept and the reason is the last word.
    void refused(const frontier::Message &reason);

private:
    void recompute();
    // False (after refused()) when `inputs` fail checkInputs.
    bool acceptable(const PlanInputs &inputs);

    AppCatalogs &m_catalogs;
    PlanInputs m_inputs;
    std::optional<Law> m_law;
    std::optional<ResolvedSetup> m_setup;
    std::optional<Plan> m_plan;
    std::optional<Message> m_problem;
    std::optional<PlanInputs> m_dragStart;
    ImportedRuns m_runs;
    ChartView m_chartView;
    std::array<bool, kChartLayerCount> m_layers{true, true, true, true, true, true, true, true};
    std::string m_comparedRun = kDefaultReferenceRun;
    QUndoStack m_undo;

    // comparison()'s cache: the comparison is dropped by every recompute(); the setups are kept
    // with what they were made from, and made again when that differs.
    struct ComparisonCache
    {
        std::shared_ptr<const OfferComparison> comparison;
        std::optional<ComparisonSetups> setups;
        std::string law;
        PlanChoices choices;
        int hardwareRevision = -1;
    };
    mutable ComparisonCache m_comparison;
};

} // namespace frontier::ui
