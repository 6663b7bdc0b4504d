#include "ui/compare/inferencedock.h"

#include "data/messagetext.h"
#include "data/peopleformat.h"
#include "data/resourcedata.h"
#include "data/servingdata.h"
#include "model/core/errors.h"
#include "model/inference/lifetimecost.h"
#include "model/laws/targetloss.h"
#include "ui/charts/inferencechart.h"
#include "ui/document/plandocument.h"
#include "ui/panels/numberfield.h"
#include "ui/panels/servingoffers.h"
#include "ui/panels/servingpanel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
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
    , m_servingRequest(defaultServingRequest())
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
    connect(m_panel, &InferencePanel::servingOfferChosen, this,
            [this](const QString &offerId) { setServingOffer(offerId.toStdString()); });
    connect(m_panel, &InferencePanel::servingModelChosen, this, &InferenceDock::setServingModel);
    connect(m_panel, &InferencePanel::objectiveChosen, this, &InferenceDock::setObjective);
    m_panel->setServingModel(m_servingModel);
    m_panel->setObjective(m_objective);
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

void InferenceDock::fitReadoutsWidth()
{
    // The readouts column at least as wide as its content (the two column headings and the choices),
    // so the splitter never hides the inference-aware column behind a sideways scroll bar.
    if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("inferenceScroll")))
        scroll->setMinimumWidth(m_panel->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
}

void InferenceDock::retranslateUi()
{
    setWindowTitle(tr("Inference-aware size"));
    fitReadoutsWidth();
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

void InferenceDock::setServingOffer(const std::string &offerId)
{
    if (offerId == m_servingRequest.offerId)
        return;
    m_servingRequest.offerId = offerId;
    fillServingOffers(m_panel->offerCombo(), *m_document, offerId);
    refresh();
}

void InferenceDock::setServingLoad(const ServingCompression &compression, const ServingLoad &load)
{
    m_servingRequest.compression = compression;
    m_servingRequest.load = load;
    refresh();
}

void InferenceDock::setServingModel(ServingCostModel model)
{
    if (model == m_servingModel)
        return;
    m_servingModel = model;
    m_panel->setServingModel(model);
    refresh();
}

void InferenceDock::setObjective(LifetimeObjective objective)
{
    if (objective == m_objective)
        return;
    m_objective = objective;
    m_panel->setObjective(objective);
    refresh();
}

void InferenceDock::fillOffersIfChanged()
{
    if (m_document->setup().offerId == m_filledOffer && m_document->catalogs().hardwareRevision() == m_filledRevision)
        return;
    m_filledOffer = m_document->setup().offerId;
    m_filledRevision = m_document->catalogs().hardwareRevision();
    if (!fillServingOffers(m_panel->offerCombo(), *m_document, m_servingRequest.offerId))
        m_servingRequest.offerId.clear(); // an offer no longer in the catalogue: back to the plan's
}

void InferenceDock::refresh()
{
    m_stale = true;
    if (!isVisible())
        return; // computed when shown
    m_stale = false;
    if (m_document->hasPlan())
        fillOffersIfChanged();
    std::vector<InferenceAwareResult> curve;
    m_comparison = compute(curve);
    m_panel->setComparison(m_comparison);
    m_chart->setCurves(curve, m_comparison.result, m_comparison.unit);
}

ServingPrice InferenceDock::servingPrice(const Allocation &reference, QString &servedOn) const
{
    const Law &law = m_document->law();
    const Catalogs &catalogs = m_document->catalogs().catalogs();
    ServingPrice price;
    price.model = m_servingModel;
    std::optional<double> usdPerGpuHour;
    if (m_servingModel == ServingCostModel::Decode) {
        // model/serve's cost of the reference model's tokens, as the serving dock computes it for the
        // plan's model; per parameter-token, so the optimiser can price any size (lifetimecost.h).
        Plan served = m_document->plan();
        served.allocation = reference;
        const PlanServing s = servePlan(served, m_document->setup(), law, catalogs, m_servingRequest,
                                        data::servingConstants());
        price.decode = servingTokenCosts(s.report, reference.params);
        servedOn = QString::fromStdString(s.place.gpu->name);
        usdPerGpuHour = servingHardware(s.place, m_document->setup()).usdPerGpuHour;
    } else {
        // One GPU of the chosen offer (or the plan's), at the request's MFU: the rates are per FLOP.
        PlanChoices serving = m_document->inputs().choices;
        serving.gpus = 1;
        serving.mfu = servingMfu(data::servingAssumptions());
        if (!m_servingRequest.offerId.empty()) {
            const CloudOffer &offer = catalogs.offers.get(m_servingRequest.offerId);
            if (offer.acceleratorId != serving.gpu) {
                serving.gpu = offer.acceleratorId;
                serving.peakFlops.reset();
                serving.gpuWatts.reset();
            }
            serving.offer = offer.id;
            serving.usdPerGpuHour.reset();
        }
        const ResolvedSetup setup = resolveSetup(serving, catalogs, law);
        price.mfuSetup = setup.cost;
        servedOn = QString::fromStdString(catalogs.accelerators.get(setup.gpuId).name);
        usdPerGpuHour = setup.cost.usdPerGpuHour;
    }
    servedOn = usdPerGpuHour ? tr("%1 (%2 a GPU-hour)").arg(servedOn, data::peoplePrice(*usdPerGpuHour))
                             : tr("%1 (no price)").arg(servedOn);
    return price;
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
    try {
        // The plan is compute-optimal for a budget or a target loss; a fixed job is compared with the
        // compute-optimal run at its own loss.
        Allocation reference = m_document->plan().allocation;
        if (m_document->inputs().mode == PlanMode::FixedJob && reference.loss) {
            const InputRange &flops = m_document->catalogs().limits().range("flops");
            reference = law.optimumForFlops(flopsForTargetLoss(law, *reference.loss, {flops.min, flops.max}));
        }
        QString servedOn;
        const ServingPrice price = servingPrice(reference, servedOn);
        const std::optional<LifetimeRates> unitRates = objectiveRates(m_objective, m_document->setup().cost, price);
        out.unit = unitRates ? m_objective : LifetimeObjective::Flops;
        out.dollars = out.unit == LifetimeObjective::Usd;
        const LifetimeRates rates = unitRates.value_or(LifetimeRates{});
        out.result = inferenceAwareOptimum(law, reference, m_tokens, rates);
        QStringList warnings;
        for (const Message &m : extrapolationWarnings(law, out.result->optimum))
            warnings << data::messageText(m);
        out.warning = warnings.join(QLatin1Char('\n'));
        const double lo = std::min(m_tokens > 0 ? m_tokens : reference.tokens, reference.tokens) / kBelow;
        const double hi = std::max(m_tokens, reference.tokens) * kAbove;
        curve = inferenceAwareCurve(law, reference, lo, hi, kCurvePoints, rates);
        const ServingRequest &r = m_servingRequest;
        if (m_servingModel == ServingCostModel::Decode)
            out.servingNote =
                tr("Served on %1, each token priced by the serving dock's decode model (memory bandwidth and "
                   "compute at %2 bits, a %3-token context, batch %4) for the compute-optimal size, and in "
                   "proportion to the size for others. Training FLOPs cost 6·N·D; minimising training + "
                   "serving at the plan's loss gives the inference-aware model (Sardana et al. 2024, "
                   "arXiv:2401.00448).")
                    .arg(servedOn, data::peopleNumber(r.compression.bitsPerWeight),
                         data::peopleNumber(r.load.contextTokens), data::peopleNumber(r.load.batch));
        else
            out.servingNote =
                tr("Served on %1 at %2 % MFU: Sardana et al. 2024's average request of %3 prompt tokens at %4 % "
                   "and %5 answer tokens at %6 %. Training FLOPs cost 6·N·D, serving 2·N per token; minimising "
                   "their sum at the plan's loss gives the inference-aware model (arXiv:2401.00448).")
                    .arg(servedOn, data::peopleNumber(100 * servingMfu(assumptions)),
                         data::peopleNumber(assumptions.inputTokensPerRequest),
                         data::peopleNumber(100 * assumptions.prefillMfu),
                         data::peopleNumber(assumptions.outputTokensPerRequest),
                         data::peopleNumber(100 * assumptions.decodeMfu));
        if (!unitRates)
            out.servingNote += QLatin1Char(' ')
                               + (m_objective == LifetimeObjective::Co2
                                      ? tr("Without a grid intensity for both, costs are in FLOPs.")
                                      : tr("Without a price for both, costs are in FLOPs."));
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
