#include "ui/document/plandocument.h"

#include "data/lawnames.h"
#include "model/core/errors.h"
#include "model/core/numbers.h"
#include "model/laws/targetloss.h"
#include "model/plan/pareto.h"
#include "ui/document/catalogscommand.h"
#include "ui/document/importlawcommand.h"
#include "ui/document/inputscommand.h"

namespace frontier::ui {

PlanDocument::PlanDocument(AppCatalogs &catalogs, PlanInputs inputs, QObject *parent)
    : QObject(parent)
    , m_catalogs(catalogs)
    , m_inputs(std::move(inputs))
{
    recompute();
}

const Law &PlanDocument::publishedLaw() const
{
    return m_catalogs.law(m_law ? m_law->id() : m_inputs.lawId);
}

std::string PlanDocument::lawKey() const
{
    std::string key = m_law ? m_law->id() : m_inputs.lawId;
    for (const auto &[name, value] : m_inputs.overrides)
        key += ";" + name + "=" + formatExact(value);
    return key;
}

void PlanDocument::recompute()
{
    try {
        PlannedInputs planned =
            planInputs(m_inputs, m_catalogs.law(m_inputs.lawId), m_catalogs.catalogs(), &m_catalogs.limits());
        // The plan uses exactly this law; the document keeps the same object for the charts.
        m_law = std::move(planned.law);
        m_setup = std::move(planned.setup);
        m_plan = std::move(planned.plan);
        m_problem.reset();
    } catch (const InputError &e) {
        m_problem = e.message();
        if (!m_law) // nothing ever worked: still show the law that was asked for, if it exists
            try {
                m_law = m_catalogs.law(m_inputs.lawId);
            } catch (const InputError &) {
                m_law = *m_catalogs.laws().front();
            }
    }
    m_comparison.comparison.reset();
    Q_EMIT changed();
}

std::shared_ptr<const OfferComparison> PlanDocument::comparison() const
{
    if (m_comparison.comparison)
        return m_comparison.comparison;
    const Catalogs &catalogs = m_catalogs.catalogs();
    if (!m_comparison.setups || m_comparison.law != lawKey() || !(m_comparison.choices == m_inputs.choices) ||
        m_comparison.hardwareRevision != m_catalogs.hardwareRevision()) {
        m_comparison.setups = resolveComparison(law(), m_inputs.choices, catalogs);
        m_comparison.law = lawKey();
        m_comparison.choices = m_inputs.choices;
        m_comparison.hardwareRevision = m_catalogs.hardwareRevision();
    }
    const PlanRequest request = planRequest(m_inputs);
    auto made = std::make_shared<OfferComparison>();
    made->comparison = planComparison(law(), request, *m_comparison.setups, catalogs);
    made->pareto = paretoRows(made->comparison, request);
    m_comparison.comparison = std::move(made);
    return m_comparison.comparison;
}

bool PlanDocument::acceptable(const PlanInputs &inputs)
{
    try {
        checkInputs(inputs, m_catalogs.law(inputs.lawId), m_catalogs.limits());
        return true;
    } catch (const InputError &e) {
        Q_EMIT changed(); // the panels show the inputs kept, not what was refused
        Q_EMIT refused(e.message());
        return false;
    }
}

void PlanDocument::load(const Session &session, std::vector<UserCatalog> files)
{
    cancelPreview();
    m_catalogs.setUserCatalogs(std::move(files)); // throws before anything changed
    m_inputs = session.inputs;
    recompute(); // the charts fit themselves to the new plan (and say so through setChartView)...
    m_undo.clear();
    m_undo.setClean();
    m_chartView = session.chart; // ...then show the session's view
    Q_EMIT chartViewChanged();
}

void PlanDocument::setChartView(const ChartView &view)
{
    if (view == m_chartView)
        return;
    m_chartView = view;
    Q_EMIT chartViewChanged();
}

void PlanDocument::setLayerVisible(ChartLayer layer, bool visible)
{
    if (m_layers[std::size_t(layer)] == visible)
        return;
    m_layers[std::size_t(layer)] = visible;
    Q_EMIT layersChanged();
}

void PlanDocument::setComparedRun(const std::string &runId)
{
    if (m_comparedRun == runId)
        return;
    m_comparedRun = runId;
    Q_EMIT comparedRunChanged();
}

void PlanDocument::apply(const PlanInputs &inputs)
{
    m_inputs = inputs;
    recompute();
}

void PlanDocument::applyImport(const PlanInputs &inputs, const ImportedRuns &runs)
{
    m_runs = runs;
    apply(inputs);
}

void PlanDocument::setInputs(const PlanInputs &inputs, const QString &text, UndoMerge merge)
{
    if (previewing())
        cancelPreview();
    if (inputs == m_inputs || !acceptable(inputs))
        return;
    m_undo.push(new InputsCommand(this, m_inputs, inputs, text, int(merge)));
}

void PlanDocument::setLaw(const std::string &lawId)
{
    PlanInputs next = m_inputs;
    next.lawId = lawId;
    next.overrides.clear(); // another law's constants mean nothing to this one
    const Law *law = m_catalogs.findLaw(lawId);
    setInputs(next, tr("Choose law %1").arg(law ? data::lawName(*law) : QString::fromStdString(lawId)), UndoMerge::LawChoice);
}

void PlanDocument::setOverrides(const std::map<std::string, double> &overrides)
{
    PlanInputs next = m_inputs;
    next.overrides = overrides;
    setInputs(next, tr("Change law constants"));
}

void PlanDocument::resetOverrides()
{
    PlanInputs next = m_inputs;
    next.overrides.clear();
    setInputs(next, tr("Reset law constants"));
}

void PlanDocument::setBudget(double amount, BudgetUnit unit)
{
    PlanInputs next = m_inputs;
    next.mode = PlanMode::Budget;
    next.budgetAmount = amount;
    next.budgetUnit = unit;
    setInputs(next, tr("Set budget"));
}

void PlanDocument::setFixedJob(double params, double tokens)
{
    PlanInputs next = m_inputs;
    next.mode = PlanMode::FixedJob;
    next.params = params;
    next.tokens = tokens;
    setInputs(next, tr("Set job"));
}

void PlanDocument::setTargetLoss(double loss)
{
    PlanInputs next = m_inputs;
    next.mode = PlanMode::TargetLoss;
    next.targetLoss = loss;
    setInputs(next, tr("Set target loss"));
}

void PlanDocument::setChoices(const PlanChoices &choices)
{
    PlanInputs next = m_inputs;
    next.choices = choices;
    setInputs(next, tr("Change hardware or energy"));
}

void PlanDocument::editChoices(const std::function<void(PlanChoices &)> &edit)
{
    PlanChoices next = m_inputs.choices;
    edit(next);
    setChoices(next);
}

void PlanDocument::importFittedLaw(Law law, ImportedRuns runs, const QString &text)
{
    if (previewing())
        cancelPreview();
    m_undo.push(new ImportLawCommand(this, std::move(law), std::move(runs), text));
}

void PlanDocument::setUserCatalogs(std::vector<UserCatalog> files, const QString &text)
{
    if (previewing())
        cancelPreview();
    AppCatalogs trial = m_catalogs;
    trial.setUserCatalogs(files); // throws before anything is pushed
    m_undo.push(new CatalogsCommand(this, m_catalogs.userCatalogs(), std::move(files), text));
}

void PlanDocument::applyUserCatalogs(const std::vector<UserCatalog> &files)
{
    m_catalogs.setUserCatalogs(files);
    recompute();
}

void PlanDocument::preview(const PlanInputs &inputs)
{
    if (!acceptable(inputs))
        return; // the drag stays where it last was acceptable
    if (!m_dragStart)
        m_dragStart = m_inputs;
    apply(inputs);
}

void PlanDocument::commitPreview(const QString &text)
{
    if (!m_dragStart)
        return;
    const PlanInputs before = *m_dragStart;
    m_dragStart.reset();
    if (before == m_inputs)
        return;
    // The command's first redo() re-applies what the preview already shows: harmless, and it keeps
    // one code path for every change.
    m_undo.push(new InputsCommand(this, before, m_inputs, text));
}

void PlanDocument::cancelPreview()
{
    if (!m_dragStart)
        return;
    const PlanInputs before = *m_dragStart;
    m_dragStart.reset();
    apply(before);
}

double PlanDocument::budgetAmountForFlops(double flops) const
{
    if (!m_setup)
        throw InputError(message("document.no_setup", "no plan has been computed yet"));
    return budgetInUnit(costOfFlops(flops, m_setup->cost), m_inputs.budgetUnit);
}

double PlanDocument::flopsForFrontierLoss(double loss) const
{
    const InputRange &flops = m_catalogs.limits().range("flops");
    return flopsForTargetLoss(law(), loss, FlopsRange{flops.min, flops.max});
}

} // namespace frontier::ui
