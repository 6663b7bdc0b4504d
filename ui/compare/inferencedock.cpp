#include "ui/compare/inferencedock.h"

#include "data/messagetext.h"
#include "data/peopleformat.h"
#include "data/resourcedata.h"
#include "model/core/errors.h"
#include "model/inference/lifetimecost.h"
#include "model/laws/targetloss.h"
#include "ui/charts/inferencechart.h"
#include "ui/document/plandocument.h"
#include "ui/panels/numberfield.h"

#include <QAction>
#include <QEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>

#include <algorithm>
#include <cmath>

namespace frontier::ui {

namespace {

constexpr int kCurvePoints = 48;
// The chart spans from a hundredth of the smaller of the lifetime and the training tokens to a
// thousand times the larger: where serving starts to matter and where it dominates.
constexpr double kBelow = 100, kAbove = 1000;

} // namespace

InferenceDock::InferenceDock(PlanDocument *document, QWidget *parent)
    : BottomDock(parent)
    , m_document(document)
    , m_panel(new InferencePanel)
    , m_chart(new InferenceChart)
    , m_tokens(data::servingAssumptions().exampleLifetimeTokens)
{
    setObjectName(QStringLiteral("inferenceDock"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    // The readouts scroll rather than hold the dock (and the window) taller than a laptop screen.
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("inferenceScroll"));
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // the fields inside are the stops
    splitter->addWidget(scroll);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(1, 1);
    setWidget(splitter);
    setFocusProxy(m_panel->tokensField()->edit());
    m_panel->setInferenceTokens(m_tokens);
    connect(m_panel, &InferencePanel::inferenceTokensEdited, this, &InferenceDock::setInferenceTokens);
    connect(m_document, &PlanDocument::changed, this, &InferenceDock::refresh);
    retranslateUi();
}

InferenceDock *InferenceDock::addTo(QMainWindow *window, PlanDocument *document, QMenu *viewMenu)
{
    auto *dock = new InferenceDock(document, window);
    dock->dockUnder(window, viewMenu, QStringLiteral("inferenceDockAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    // Shown the first time: a share of the window's height that reads as a chart, the main charts
    // keeping their minimum above it.
    connect(dock, &QDockWidget::visibilityChanged, window, [window, dock](bool visible) {
        if (!visible || dock->isFloating() || dock->m_placed)
            return;
        dock->m_placed = true;
        window->resizeDocks({dock}, {std::max(280, window->height() * 2 / 5)}, Qt::Vertical);
    });
    return dock;
}

void InferenceDock::retranslateUi()
{
    setWindowTitle(tr("Inference-aware size"));
    toggleViewAction()->setText(tr("&Inference-Aware Size"));
    m_stale = true;
    refresh();
}

void InferenceDock::setInferenceTokens(double tokens)
{
    if (tokens == m_tokens)
        return;
    m_tokens = tokens;
    m_panel->setInferenceTokens(tokens);
    m_stale = true;
    refresh();
}

void InferenceDock::refresh()
{
    m_stale = true;
    if (!isVisible())
        return; // computed when shown
    m_stale = false;
    std::vector<InferenceAwareResult> curve;
    m_comparison = compute(curve);
    m_panel->setComparison(m_comparison);
    m_chart->setCurves(curve, m_comparison.result, m_comparison.dollars);
}

InferenceComparison InferenceDock::compute(std::vector<InferenceAwareResult> &curve) const
{
    InferenceComparison out;
    if (!m_document->hasPlan()) {
        out.problem = tr("No plan yet: the comparison needs the plan's loss.");
        return out;
    }
    const Law &law = m_document->law();
    if (!law.can(Capability::LossOfParamsTokens)) {
        out.problem = tr("This law predicts no loss L(N, D) for a size and a number of tokens, so it cannot trade "
                         "one for the other. Choose a law with L(N, D), such as Chinchilla's.");
        return out;
    }
    const ServingAssumptions &assumptions = data::servingAssumptions();
    const double mfu = servingMfu(assumptions);
    try {
        // The plan is compute-optimal for a budget or a target loss; a fixed job is compared with the
        // compute-optimal run at its own loss.
        Allocation reference = m_document->plan().allocation;
        if (m_document->inputs().mode == PlanMode::FixedJob && reference.loss) {
            const InputRange &flops = m_document->catalogs().limits().range("flops");
            reference = law.optimumForFlops(flopsForTargetLoss(law, *reference.loss, {flops.min, flops.max}));
        }
        // Serving: the plan's GPU and offer, one GPU (the rates are per FLOP), at the request's MFU.
        PlanChoices serving = m_document->inputs().choices;
        serving.gpus = 1;
        serving.mfu = mfu;
        const ResolvedSetup servingSetup = resolveSetup(serving, m_document->catalogs().catalogs(), law);
        const ResolvedSetup &training = m_document->setup();
        LifetimeRates rates;
        out.dollars = training.cost.usdPerGpuHour.has_value() && servingSetup.cost.usdPerGpuHour.has_value();
        if (out.dollars)
            rates = usdRates(training.cost, servingSetup.cost);
        out.result = inferenceAwareOptimum(law, reference, m_tokens, rates);
        const double lo = std::min(m_tokens > 0 ? m_tokens : reference.tokens, reference.tokens) / kBelow;
        const double hi = std::max(m_tokens, reference.tokens) * kAbove;
        curve = inferenceAwareCurve(law, reference, lo, hi, kCurvePoints, rates);
        const QString price = servingSetup.cost.usdPerGpuHour
                                  ? tr("%1 a GPU-hour").arg(data::peoplePrice(*servingSetup.cost.usdPerGpuHour))
                                  : tr("no price");
        out.servingNote =
            tr("Served on the plan's %1 (%2) at %3 % MFU: Sardana et al. 2024's average request of %4 prompt tokens "
               "at %5 % and %6 answer tokens at %7 %. Training FLOPs cost 6·N·D, serving 2·N per token; "
               "minimising their sum at the plan's loss gives the inference-aware model (arXiv:2401.00448).")
                .arg(QString::fromStdString(m_document->catalogs().catalogs().accelerators.get(servingSetup.gpuId).name), price, data::peopleNumber(100 * mfu),
                     data::peopleNumber(assumptions.inputTokensPerRequest),
                     data::peopleNumber(100 * assumptions.prefillMfu),
                     data::peopleNumber(assumptions.outputTokensPerRequest),
                     data::peopleNumber(100 * assumptions.decodeMfu));
        if (!out.dollars)
            out.servingNote += QLatin1Char(' ') + tr("Without a price for both, costs are in FLOPs.");
    } catch (const InputError &e) {
        out.result.reset();
        curve.clear();
        out.problem = data::messageText(e.message());
    }
    return out;
}

void InferenceDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (m_stale)
        refresh();
}

} // namespace frontier::ui
