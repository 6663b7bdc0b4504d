#include "ui/panels/readoutspanel.h"

#include "data/offernames.h"
#include "model/core/errors.h"
#include "ui/panels/servingpanel.h"

#include "data/lawnames.h"
#include "model/core/numbers.h"
#include "model/core/units.h"
#include "data/messagetext.h"
#include "data/peopleformat.h"
#include "ui/document/plandocument.h"
#include "ui/panels/runcomparisonline.h"
#include "ui/panels/textcolor.h"

#include <QApplication>

#include <algorithm>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace frontier::ui {

namespace {

constexpr const char *kObjectNames[] = {"paramsReadout", "tokensReadout", "ratioReadout",   "lossReadout",
                                        "flopsReadout",  "gpuHoursReadout", "wallClockReadout", "costReadout",
                                        "energyReadout", "co2Readout",    "equivalentsReadout", "memoryReadout",
                                        "stepsReadout",  "criticalBatchReadout", "servingReadout"};

// Memory figures are bytes; people read the vendor's GB (2^30 bytes: an H100 has 80 GB), as
// `frontier gpus` and the warnings write them.
constexpr double kBytesPerGb = units::kBytesPerGib;

} // namespace

ReadoutsPanel::ReadoutsPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_problem(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_copy(new QPushButton(this))
    , m_comparison(new RunComparisonLine(document, this))
{
    m_problem->setObjectName(QStringLiteral("problemMessage"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; background: #fdecea; border: 1px solid #e57373;"
                                            " border-radius: 3px; padding: 4px; font-weight: bold; }"));
    m_warnings->setObjectName(QStringLiteral("planWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setToneText(m_warnings, QColor(0x8a, 0x53, 0x00));
    m_copy->setObjectName(QStringLiteral("copyAllButton"));

    auto *form = m_form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    for (int row = 0; row < RowCount; ++row) {
        auto *name = new QLabel(this);
        auto *value = new QLabel(this);
        value->setObjectName(QLatin1String(kObjectNames[row]));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setFocusPolicy(Qt::StrongFocus);
        value->setWordWrap(true);
        if (row <= Loss || row == Cost) {
            QFont font = value->font();
            font.setBold(true);
            font.setPointSizeF(font.pointSizeF() * 1.15);
            value->setFont(font);
        }
        name->setBuddy(value);
        form->addRow(name, value);
        m_names.push_back(name);
        m_values.push_back(value);
    }
    for (Row row : {Steps, CriticalBatch}) // until a plan has a batch
        form->setRowVisible(m_values[size_t(row)], false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(m_warnings);
    layout->addWidget(m_comparison);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(summary()); });
    connect(m_document, &PlanDocument::changed, this, &ReadoutsPanel::refresh);
    retranslateUi();
}

void ReadoutsPanel::refreshServing()
{
    // The serving dock's defaults (16-bit weights, one sequence, the plan's offer): a first answer to
    // "what does a token of this model cost?" without opening the dock.
    const ResolvedSetup &setup = m_document->setup();
    try {
        const PlanServing s = serveDocument(*m_document, defaultServingRequest());
        QString where = QString::fromStdString(s.place.gpu->name);
        for (const CloudOffer &offer : m_document->catalogs().catalogs().offers.all())
            if (offer.id == setup.offerId)
                where = data::offerName(offer);
        const ServingReport &r = s.report;
        const data::NumberStyle style = data::numberStyle();
        const QString cost = r.usdPerMillionTokens ? data::peopleDollars(*r.usdPerMillionTokens, style) : tr("no price");
        setReadout(Serving, tr("%1 per million tokens (%2)").arg(cost, where),
                   tr("At 16 bits per weight, one sequence of %1 tokens: %2 tokens/s on %3 GPU(s), %4 per million tokens. "
                      "View ▸ Serving cost changes the bits, pruning, context, batch and offer.")
                       .arg(data::peopleNumber(defaultServingRequest().load.contextTokens),
                            data::peopleNumber(r.tokensPerSecond))
                       .arg(r.gpusNeeded)
                       .arg(data::peopleEnergy(r.kwhPerMillionTokens, style)));
    } catch (const InputError &e) {
        setReadout(Serving, QStringLiteral("—"), data::messageText(e.message()));
    }
}

void ReadoutsPanel::retranslateUi()
{
    const QString names[] = {tr("Model size:"),  tr("Training tokens:"), tr("Tokens per parameter:"), tr("Predicted loss:"),
                             tr("Compute:"),     tr("GPU time:"),        tr("Wall-clock time:"),      tr("Cost:"),
                             tr("Energy:"),      tr("CO2:"),             tr("That is about:"),        tr("Memory per GPU:"),
                             tr("Steps:"),       tr("Critical batch:"),  tr("Serving:")};
    m_captions.clear();
    for (int row = 0; row < RowCount; ++row) {
        m_names[size_t(row)]->setText(names[row]);
        m_captions << names[row];
    }
    m_copy->setText(tr("&Copy all"));
    m_copy->setToolTip(tr("Copy every readout as plain text"));
    refresh();
}

void ReadoutsPanel::setReadout(Row row, const QString &value, const QString &tip, const QString &spoken)
{
    m_values[size_t(row)]->setText(value);
    m_values[size_t(row)]->setAccessibleName(m_captions.value(row) + QLatin1Char(' ') + (spoken.isEmpty() ? value : spoken));
    m_values[size_t(row)]->setToolTip(tip);
    m_names[size_t(row)]->setToolTip(tip);
}

void ReadoutsPanel::refresh()
{
    const auto &problem = m_document->problem();
    m_problem->setVisible(problem.has_value());
    if (problem)
        m_problem->setText(tr("No plan for these inputs: %1. The figures below are the last plan that worked.")
                               .arg(data::messageText(*problem)));
    if (!m_document->hasPlan()) {
        for (int row = 0; row < RowCount; ++row)
            setReadout(Row(row), QStringLiteral("—"), QString(), tr("no plan yet"));
        m_warnings->hide();
        return;
    }
    const Plan &plan = m_document->plan();
    const ResolvedSetup &setup = m_document->setup();
    const data::NumberStyle style = data::numberStyle();
    const Allocation &a = plan.allocation;
    const CostReport &cost = plan.cost;
    const auto source = [&](const char *key) {
        const auto found = setup.sources.find(key);
        return found == setup.sources.end() ? tr("default") : QString::fromStdString(found->second);
    };
    const QString law = data::lawName(m_document->law()) + QStringLiteral(" — ") + QString::fromStdString(m_document->law().info().citation);
    const PlanInputs &inputs = m_document->inputs();
    const bool target = inputs.mode == PlanMode::TargetLoss && !problem;
    const QString allocationTip =
        inputs.mode == PlanMode::FixedJob ? tr("The fixed job you typed")
        : target ? tr("The law's cheapest compute-optimal run that reaches a loss of %1: C = %2 FLOPs\nLaw: %3")
                       .arg(QString::fromStdString(formatNumber(inputs.targetLoss, 4)), data::peopleNumber(a.flops), law)
                 : tr("The law's compute-optimal split of C = %1 FLOPs\nLaw: %2").arg(data::peopleNumber(a.flops), law);
    const QString sep = QStringLiteral("\n");

    if (plan.sparse)
        setReadout(Params, tr("%1 parameters a token uses").arg(data::peopleCount(a.params, style)),
                   allocationTip + sep + tr("A mixture of experts: %1 parameters in all").arg(data::peopleCount(double(plan.sparse->totalParams), style)),
                   tr("%1 parameters a token uses").arg(data::spokenCount(a.params, style)));
    else
        setReadout(Params, tr("%1 parameters").arg(data::peopleCount(a.params, style)), allocationTip,
                   tr("%1 parameters").arg(data::spokenCount(a.params, style)));
    setReadout(Tokens, tr("%1 tokens").arg(data::peopleCount(a.tokens, style)), allocationTip,
               tr("%1 tokens").arg(data::spokenCount(a.tokens, style)));
    setReadout(Ratio, data::peopleNumber(a.tokensPerParam()), tr("D / N"));
    QString loss = a.loss ? QString::fromStdString(formatNumber(*a.loss, 4)) : tr("this law predicts no loss");
    if (target && a.loss)
        //: the predicted loss of a plan made for a target loss: "2.000 (the target)"
        loss = tr("%1 (the target)").arg(loss);
    // A mixture of experts: the dense law's number is not this model's loss, and the plan says why.
    const auto noMoeLaw = std::find_if(plan.warnings.begin(), plan.warnings.end(),
                                       [](const Message &w) { return w.code == "plan.moe_no_loss_law"; });
    if (noMoeLaw != plan.warnings.end())
        setReadout(Loss, data::messageText(*noMoeLaw), data::messageText(*noMoeLaw));
    else
        setReadout(Loss, loss, tr("L(N, D) of the law at the plan's N and D\nLaw: %1").arg(law));
    setReadout(Flops, tr("%1 FLOPs (%2 PF-days)").arg(data::peopleNumber(cost.flops), data::peopleNumber(units::flopsToPfDays(cost.flops))),
         tr("C ≈ 6 N D training FLOPs; a PF-day is 10^15 FLOP/s for a day"));
    const QString throughput = setup.sources.count("throughput") ? tr("Throughput: %1").arg(source("throughput"))
                                                                 : tr("Peak: %1").arg(source("peak_flops")) + sep
                                                                       + tr("MFU: %1").arg(source("mfu"));
    setReadout(GpuHours, tr("%1 GPU-hours").arg(data::peopleNumber(cost.gpuHours)),
         tr("GPU-hours = C / (peak FLOP/s × MFU) × overhead / 3600") + sep + throughput);
    setReadout(WallClock, tr("%1 on %2 GPUs").arg(data::peopleDuration(cost.wallClockHours, style)).arg(setup.cost.gpus),
         tr("Wall-clock hours = GPU-hours / GPUs"));
    setReadout(Cost, cost.costUsd ? data::peopleDollars(*cost.costUsd, style) : tr("no price per GPU-hour"),
         tr("Cost = GPU-hours × price per GPU-hour") + sep + tr("Price: %1").arg(source("price")));
    QString energy = data::peopleEnergy(cost.energyKwh, style);
    if (cost.electricityUsd)
        energy = tr("%1 (electricity %2)").arg(energy, data::peopleDollars(*cost.electricityUsd, style));
    setReadout(Energy, energy,
         tr("kWh = GPU-hours × watts × power fraction × PUE / 1000") + sep + tr("Watts: %1").arg(source("gpu_watts")) + sep
             + tr("Power fraction: %1").arg(source("power_fraction")) + sep + tr("PUE: %1").arg(source("pue")));
    setReadout(Co2, cost.co2Kg ? data::peopleMass(*cost.co2Kg, style) : tr("no grid intensity"),
         tr("kg CO2 = kWh × grid g/kWh / 1000") + sep + tr("Grid: %1").arg(source("grid")));
    if (plan.co2Equivalents) {
        const Co2Equivalents &e = *plan.co2Equivalents;
        const auto &sources = m_document->catalogs().catalogs().defaults.sources;
        const auto factor = [&](const char *key) {
            const auto found = sources.find(key);
            return found == sources.end() ? QString() : QString::fromStdString(found->second);
        };
        setReadout(Equivalents,
             tr("%1 km by car, %2 flights London–New York, %3 tree-seedling years")
                 .arg(data::peopleNumber(e.carKm), data::peopleNumber(e.flightsLondonNewYork), data::peopleNumber(e.treeSeedlingYears)),
             tr("Car: %1").arg(factor("car_kg_per_mile")) + sep
                 + tr("Flight: %1").arg(factor("long_haul_economy_kg_per_passenger_km")) + sep
                 + tr("Trees: %1").arg(factor("tree_seedling_kg_per_10_years")));
    } else {
        setReadout(Equivalents, QStringLiteral("—"), QString());
    }
    refreshServing();
    if (plan.memory && setup.memory) {
        const MemoryReport &m = *plan.memory;
        const QString needed = data::peopleNumber(m.totalBytesPerGpu / kBytesPerGb);
        const QString usable = data::peopleNumber(m.usableBytesPerGpu / kBytesPerGb);
        const QString capacity = data::peopleNumber(setup.memory->gpuMemoryBytes / kBytesPerGb);
        QString text = m.fits ? tr("%1 GB of %2 GB usable: fits").arg(needed, usable)
                              : tr("%1 GB of %2 GB usable: does not fit").arg(needed, usable);
        if (!m.fits && plan.smallestFit)
            text += QStringLiteral("; ") + tr("fits on %1 GPUs with ZeRO-%2").arg(plan.smallestFit->gpus).arg(plan.smallestFit->zeroStage);
        else if (!m.fits)
            text += QStringLiteral("; ") + tr("no number of GPUs holds it");
        setReadout(Memory, text,
             tr("Weights, gradients and Adam state (%1 bytes per parameter, sharded by ZeRO-%2) plus one micro-batch of activations")
                     .arg(data::peopleNumber(m_document->catalogs().catalogs().memory.bytesPerParam()))
                     .arg(setup.memory->zeroStage)
                 + QStringLiteral("\n")
                 //: %1 the GPU's memory, "80"; %2 the share a run may fill, "90%"; %3 that share, "72"
                 + tr("Usable: %2 of the GPU's %1 GB, %3 GB; the rest is left to the CUDA context, the framework's workspace and fragmentation. GB as GPU vendors count them, 2^30 bytes.")
                       .arg(capacity, data::peopleNumber(m_document->catalogs().catalogs().memory.usableFraction * 100) + QStringLiteral("%"), usable));
    } else {
        setReadout(Memory, tr("GPU memory unknown: not checked"), QString());
    }

    // With a batch (the Batch panel has the detail): the steps, and Kaplan's B_crit at the plan's loss.
    if (const auto &b = plan.batch) {
        setReadout(Steps,
                   tr("%1 at %2 tokens a batch (%3 × the least)")
                       .arg(data::peopleCount(b->run.steps, style), data::peopleCount(b->run.batchTokens, style),
                            data::peopleNumber(b->run.stepsFactor)),
                   tr("S = tokens / batch; S / S_min = 1 + B_crit / B (Kaplan et al. 2020, Section 5.1)"));
        const QString loss = QString::fromStdString(formatNumber(b->loss, 3));
        const QString critical = data::peopleCount(b->run.criticalTokens, style);
        setReadout(CriticalBatch,
                   b->lossFromPlan ? tr("%1 tokens at loss %2").arg(critical, loss)
                                   : tr("%1 tokens at Kaplan's loss %2 for this N and D").arg(critical, loss),
                   tr("B_crit(L) = B_* / L^(1/α_B), Kaplan et al. 2020 Eq. 5.3, fitted to the loss on WebText2"));
    }
    for (Row row : {Steps, CriticalBatch})
        m_form->setRowVisible(m_values[size_t(row)], plan.batch.has_value());

    QStringList warnings;
    for (const Message &warning : plan.warnings)
        warnings << QStringLiteral("⚠ ") + data::messageText(warning);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

int ReadoutsPanel::preferredWidth() const
{
    int captions = 0, values = 0;
    for (int row = 0; row < RowCount; ++row) {
        captions = std::max(captions, m_names[size_t(row)]->fontMetrics().horizontalAdvance(m_names[size_t(row)]->text()));
        if (row == Equivalents || row == Memory || row == Steps || row == CriticalBatch)
            continue; // sentences: they wrap
        const QLabel *value = m_values[size_t(row)];
        values = std::max(values, value->fontMetrics().horizontalAdvance(value->text()));
    }
    const QMargins margins = layout()->contentsMargins();
    const int spacing = m_form->horizontalSpacing();
    // A little room for a value that grows by a digit during a drag.
    const int slack = fontMetrics().horizontalAdvance(QStringLiteral("00"));
    return margins.left() + captions + std::max(spacing, 6) + values + slack + margins.right();
}

QWidgetList ReadoutsPanel::tabOrder() const
{
    QWidgetList order(m_values.begin(), m_values.end());
    order << m_comparison->tabOrder() << m_copy;
    return order;
}

QString ReadoutsPanel::summary() const
{
    QStringList lines;
    if (m_problem->isVisibleTo(this))
        lines << m_problem->text();
    for (int row = 0; row < RowCount; ++row)
        if (!m_values[size_t(row)]->isHidden()) // the batch rows only with a batch
            lines << m_names[size_t(row)]->text() + QLatin1Char(' ') + m_values[size_t(row)]->text();
    lines << planNotes();
    if (!m_warnings->text().isEmpty() && m_warnings->isVisibleTo(this))
        lines << m_warnings->text();
    lines << m_comparison->text();
    QString text = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    for (const auto &section : m_sections)
        text += section();
    return text;
}

QStringList ReadoutsPanel::planNotes() const
{
    // What the rows leave to their tooltips or to other panels, but a pasted summary must not lose: a
    // mixture's total count beside the active one the size row shows, and what a unique-data cap costs.
    QStringList lines;
    if (!m_document->hasPlan())
        return lines;
    const Plan &plan = m_document->plan();
    const data::NumberStyle style = data::numberStyle();
    if (const auto &sparse = plan.sparse)
        lines << tr("Mixture of experts: %1 experts, %2 used per token: %3 parameters in all, %4 per token; no law "
                    "predicts its loss, so none is shown")
                     .arg(sparse->moe.experts)
                     .arg(sparse->moe.topK)
                     .arg(data::peopleCount(double(sparse->totalParams), style), data::peopleCount(double(sparse->activeParams), style));
    if (const auto &rep = plan.repetition)
        lines << tr("Unique data: %1 tokens repeated for %2 epochs, worth %3 tokens of new data; loss %4 above unlimited data (%5)")
                     .arg(data::peopleCount(rep->run.uniqueTokens, style), data::peopleNumber(rep->run.epochs),
                          data::peopleCount(rep->run.effectiveTokens, style), QString::fromStdString(formatNumber(rep->lossLost, 3)),
                          QString::fromStdString(formatNumber(rep->unlimitedLoss, 4)));
    return lines;
}

void ReadoutsPanel::addSummarySection(std::function<QString()> section)
{
    m_sections.push_back(std::move(section));
}

void ReadoutsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontier::ui
