#include "data/offernames.h"
#include "ui/panels/compactcombo.h"
#include "ui/panels/countfield.h"
#include "ui/panels/hardwarepanel.h"

#include "model/core/numbers.h"
#include "data/peopleformat.h"
#include "ui/document/plandocument.h"
#include "ui/panels/numberfield.h"
#include "ui/panels/wheelguard.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace frontier::ui {

namespace {

// Offer combo entries that are not an offer id.
const QString kCheapest = QStringLiteral("");
const QString kTyped = QStringLiteral(":typed");

constexpr Precision kPrecisions[] = {Precision::FP32, Precision::TF32, Precision::BF16, Precision::FP16, Precision::FP8};
constexpr Pricing kPricings[] = {Pricing::OnDemand, Pricing::OneYear, Pricing::ThreeYear};
constexpr Recompute kRecomputes[] = {Recompute::None, Recompute::Selective, Recompute::Full};
constexpr Amp kAmps[] = {Amp::O0, Amp::O1, Amp::O2};

// Index 0 of an optional combo is "Default"; the others follow `values`.
template <typename T, std::size_t n>
int optionalIndex(const std::optional<T> &value, const T (&values)[n])
{
    if (!value)
        return 0;
    for (std::size_t i = 0; i < n; ++i)
        if (values[i] == *value)
            return int(i) + 1;
    return 0;
}

QString usd(double value)
{
    return data::peoplePrice(value);
}

} // namespace

HardwarePanel::HardwarePanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_form(new QFormLayout)
    , m_memoryForm(new QFormLayout)
    , m_gpu(compactCombo(this))
    , m_offer(compactCombo(this))
    , m_pricing(compactCombo(this))
    , m_precision(compactCombo(this))
    , m_amp(compactCombo(this))
    , m_zero(compactCombo(this))
    , m_recompute(compactCombo(this))
    , m_gpuCount(new CountField(this))
    , m_gpus(m_gpuCount->spinBox())
    , m_price(new NumberField(this))
    , m_mfu(new NumberField(this))
    , m_overhead(new NumberField(this))
    , m_microBatch(new NumberField(this))
    , m_sequence(new NumberField(this))
    , m_memoryToggle(new QToolButton(this))
    , m_memory(new QWidget(this))
{
    m_gpu->setObjectName(QStringLiteral("gpuCombo"));
    m_offer->setObjectName(QStringLiteral("offerCombo"));
    m_pricing->setObjectName(QStringLiteral("pricingCombo"));
    m_precision->setObjectName(QStringLiteral("precisionCombo"));
    m_amp->setObjectName(QStringLiteral("ampCombo"));
    m_zero->setObjectName(QStringLiteral("zeroStageCombo"));
    m_recompute->setObjectName(QStringLiteral("recomputeCombo"));
    m_gpus->setObjectName(QStringLiteral("gpuCountSpin"));
    m_memoryToggle->setObjectName(QStringLiteral("memoryToggle"));
    const InputLimits &limits = m_document->catalogs().limits();
    m_gpus->setRange(int(limits.range("gpus").min), int(limits.range("gpus").max));
    fillGpus();
    m_pricing->addItems({QString(), QString(), QString()});
    m_amp->addItems({QString(), QString(), QString(), QString()});
    m_zero->addItems({QString(), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
    m_recompute->addItems({QString(), QString(), QString(), QString()});

    // The ranges the plan and a session file hold these to (resources/limits.json).
    m_price->setRange(limits.range("usd_per_gpu_hour"));
    m_mfu->setCheck([](double v) { return v > 0 && v <= 1 ? QString() : HardwarePanel::tr("must be above 0 and at most 1"); });
    m_overhead->setRange(limits.range("overhead"));
    m_microBatch->setRange(limits.range("micro_batch"));
    m_sequence->setRange(limits.range("seq_len"));
    for (NumberField *field : {m_price, m_mfu, m_overhead, m_microBatch, m_sequence})
        field->setOptional(true);

    const auto addRow = [this](QFormLayout *form, QWidget *field, QWidget *focus) {
        auto *label = new QLabel(this);
        label->setBuddy(focus);
        form->addRow(label, field);
        m_labels.push_back(label);
    };
    addRow(m_form, m_gpu, m_gpu);
    addRow(m_form, m_gpuCount, m_gpus);
    addRow(m_form, m_offer, m_offer);
    addRow(m_form, m_price, m_price->edit());
    addRow(m_form, m_pricing, m_pricing);
    addRow(m_form, m_precision, m_precision);
    addRow(m_form, m_mfu, m_mfu->edit());
    addRow(m_form, m_overhead, m_overhead->edit());
    addRow(m_form, m_amp, m_amp);
    addRow(m_memoryForm, m_zero, m_zero);
    addRow(m_memoryForm, m_microBatch, m_microBatch->edit());
    addRow(m_memoryForm, m_sequence, m_sequence->edit());
    addRow(m_memoryForm, m_recompute, m_recompute);

    m_memoryToggle->setCheckable(true);
    m_memoryToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_memoryToggle->setArrowType(Qt::RightArrow);
    m_memoryToggle->setAutoRaise(true);
    m_memoryForm->setContentsMargins(12, 0, 0, 0);
    m_memory->setLayout(m_memoryForm);
    m_memory->hide();
    connect(m_memoryToggle, &QToolButton::toggled, this, [this](bool open) {
        m_memory->setVisible(open);
        m_memoryToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_memoryToggle);
    layout->addWidget(m_memory);
    layout->addStretch(1);

    connect(m_gpu, &QComboBox::activated, this, &HardwarePanel::chooseGpu);
    connect(m_offer, &QComboBox::activated, this, &HardwarePanel::chooseOffer);
    connect(m_gpus, &QSpinBox::valueChanged, this,
            [this](int n) { m_document->editChoices([n](PlanChoices &c) { c.gpus = n; }); });
    connect(m_pricing, &QComboBox::activated, this,
            [this](int i) { m_document->editChoices([i](PlanChoices &c) { c.pricing = kPricings[i]; }); });
    connect(m_precision, &QComboBox::activated, this, [this](int i) {
        const QVariant data = m_precision->itemData(i);
        m_document->editChoices([&](PlanChoices &c) {
            c.precision = data.isValid() ? std::optional(Precision(data.toInt())) : std::nullopt;
        });
    });
    connect(m_amp, &QComboBox::activated, this, [this](int i) {
        m_document->editChoices(
            [i](PlanChoices &c) { c.amp = i ? std::optional(kAmps[i - 1]) : std::nullopt; });
    });
    connect(m_zero, &QComboBox::activated, this, [this](int i) {
        m_document->editChoices(
            [i](PlanChoices &c) { c.zeroStage = i ? std::optional(i - 1) : std::nullopt; });
    });
    connect(m_recompute, &QComboBox::activated, this, [this](int i) {
        m_document->editChoices(
            [i](PlanChoices &c) { c.recompute = i ? std::optional(kRecomputes[i - 1]) : std::nullopt; });
    });
    connect(m_price, &NumberField::committed, this, [this](std::optional<double> v) {
        m_document->editChoices([v](PlanChoices &c) {
            c.usdPerGpuHour = v;
            c.offer.clear();
        });
    });
    connect(m_mfu, &NumberField::committed, this,
            [this](std::optional<double> v) { m_document->editChoices([v](PlanChoices &c) { c.mfu = v; }); });
    connect(m_overhead, &NumberField::committed, this, [this](std::optional<double> v) {
        m_document->editChoices([v](PlanChoices &c) { c.overhead = v; });
    });
    connect(m_microBatch, &NumberField::committed, this, [this](std::optional<double> v) {
        m_document->editChoices([v](PlanChoices &c) { c.microBatch = v; });
    });
    connect(m_sequence, &NumberField::committed, this, [this](std::optional<double> v) {
        m_document->editChoices([v](PlanChoices &c) { c.sequenceLength = v; });
    });
    connect(m_document, &PlanDocument::changed, this, &HardwarePanel::refresh);

    retranslateUi();
}

QWidgetList HardwarePanel::tabOrder() const
{
    return {m_gpu, m_gpuCount, m_offer, m_price, m_pricing, m_precision, m_mfu, m_overhead, m_amp, m_memoryToggle, m_zero,
            m_microBatch, m_sequence, m_recompute};
}

void HardwarePanel::retranslateUi()
{
    const QString names[] = {tr("&Accelerator:"), tr("&GPUs:"), tr("Cloud &offer:"), tr("&Typed price ($/GPU-h):"),
                             tr("Pricing &basis:"), tr("P&recision:"), tr("&MFU:"), tr("O&verhead factor:"),
                             tr("AMP &level (2020 GPUs):"), tr("&ZeRO stage:"), tr("Micro-&batch (sequences):"),
                             tr("&Sequence length (tokens):"), tr("Re&computation:")};
    for (std::size_t i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(names[i]);
    m_pricing->setItemText(0, tr("On-demand"));
    m_pricing->setItemText(1, tr("1-year commitment"));
    m_pricing->setItemText(2, tr("3-year commitment"));
    m_amp->setItemText(0, tr("Default"));
    m_amp->setItemText(1, tr("O0 (fp32)"));
    m_amp->setItemText(2, tr("O1 (mixed)"));
    m_amp->setItemText(3, tr("O2 (almost fp16)"));
    m_zero->setItemText(0, tr("Default"));
    m_recompute->setItemText(0, tr("Default"));
    m_recompute->setItemText(1, tr("None"));
    m_recompute->setItemText(2, tr("Selective"));
    m_recompute->setItemText(3, tr("Full"));
    m_memoryToggle->setText(tr("Memory"));
    m_memoryToggle->setToolTip(tr("Show or hide what decides whether the model fits in GPU memory"));
    m_price->setNames(QStringLiteral("priceEdit"), tr("Typed price in US dollars per GPU-hour"));
    m_mfu->setNames(QStringLiteral("mfuEdit"), tr("Model FLOPs utilisation"));
    m_overhead->setNames(QStringLiteral("overheadEdit"), tr("Overhead factor"));
    m_microBatch->setNames(QStringLiteral("microBatchEdit"), tr("Micro-batch in sequences per GPU"));
    m_sequence->setNames(QStringLiteral("sequenceLengthEdit"), tr("Sequence length in tokens"));
    m_gpus->setAccessibleName(tr("Number of GPUs"));
    refresh();
}

void HardwarePanel::fillGpus()
{
    // Refilled when the user's catalogue files change, not on every drag move.
    if (m_gpusRevision == m_document->catalogs().hardwareRevision())
        return;
    m_gpusRevision = m_document->catalogs().hardwareRevision();
    m_gpu->clear();
    for (const Accelerator &gpu : m_document->catalogs().catalogs().accelerators.all()) {
        //: a chip from the user's own catalogue file, "My H100 (yours)"
        m_gpu->addItem(gpu.userFile.empty() ? QString::fromStdString(gpu.name) : tr("%1 (yours)").arg(QString::fromStdString(gpu.name)),
                       QString::fromStdString(gpu.id));
        if (!gpu.userFile.empty())
            m_gpu->setItemData(m_gpu->count() - 1, QString::fromStdString(gpu.userFile + "\n" + gpu.source), Qt::ToolTipRole);
    }
}

void HardwarePanel::fillOffers(const std::string &gpuId, Pricing pricing)
{
    // Refilled only when the GPU, the basis, the catalogues or the language change, not on every drag move.
    const std::string key = gpuId + ';' + std::to_string(int(pricing)) + ';' +
                            std::to_string(m_document->catalogs().hardwareRevision()) + ';' + tr("Cheapest listed").toStdString();
    if (key == m_offersKey)
        return;
    m_offersKey = key;
    m_offer->clear();
    m_offer->addItem(tr("Cheapest listed"), kCheapest);
    for (const CloudOffer &offer : m_document->catalogs().catalogs().offers.offersFor(gpuId)) {
        // The price under the chosen basis; "?" where the offer lists none (the plan then says so).
        const std::optional<double> price = pricing == Pricing::OneYear     ? offer.oneYearUsdPerGpuHour
                                            : pricing == Pricing::ThreeYear ? offer.threeYearUsdPerGpuHour
                                                                            : offer.onDemandUsdPerGpuHour;
        //: an offer: its description, price per GPU-hour and date, "Google Cloud a3-highgpu-1g — $11.06/GPU-h (2025-03-17)"
        QString text = tr("%1 — %2/GPU-h (%3)")
                           .arg(data::offerName(offer), price ? data::peoplePrice(*price) : QStringLiteral("?"),
                                QString::fromStdString(offer.priceDate));
        if (!offer.userFile.empty())
            //: an offer from the user's own catalogue file
            text = tr("%1 (yours)").arg(text);
        m_offer->addItem(text, QString::fromStdString(offer.id));
        const std::string from = offer.userFile.empty() ? std::string() : offer.userFile + "\n";
        m_offer->setItemData(m_offer->count() - 1, QString::fromStdString(offer.id + "\n" + from + offer.source), Qt::ToolTipRole);
    }
    m_offer->addItem(tr("Typed price"), kTyped);
}

void HardwarePanel::fillPrecisions(const std::string &gpuId)
{
    m_precision->clear();
    m_precision->addItem(tr("Default"));
    const auto &accelerators = m_document->catalogs().catalogs().accelerators;
    for (const Accelerator &gpu : accelerators.all())
        if (gpu.id == gpuId)
            for (Precision p : kPrecisions)
                if (gpu.hasPeak(p))
                    m_precision->addItem(QString::fromStdString(precisionName(p)), int(p));
}

void HardwarePanel::refresh()
{
    const PlanChoices &c = m_document->inputs().choices;
    const std::string gpuId = m_document->hasPlan() && c.gpu.empty() ? m_document->setup().gpuId : c.gpu;
    const QSignalBlocker b1(m_gpu), b2(m_offer), b3(m_pricing), b4(m_precision), b5(m_amp), b6(m_zero),
        b7(m_recompute), b8(m_gpus);
    fillGpus();
    m_gpu->setCurrentIndex(m_gpu->findData(QString::fromStdString(gpuId)));
    m_gpu->setToolTip(m_gpu->currentData(Qt::ToolTipRole).toString());
    fillOffers(gpuId, c.pricing);
    fillPrecisions(gpuId);
    const bool typed = c.usdPerGpuHour.has_value();
    m_offer->setCurrentIndex(typed ? m_offer->count() - 1 : std::max(0, m_offer->findData(QString::fromStdString(c.offer))));
    m_offer->setToolTip(m_offer->currentData(Qt::ToolTipRole).toString());
    m_price->edit()->setEnabled(typed);
    m_price->setValue(c.usdPerGpuHour);
    m_pricing->setCurrentIndex(optionalIndex(std::optional(c.pricing), kPricings) - 1);
    m_precision->setCurrentIndex(c.precision ? std::max(0, m_precision->findData(int(*c.precision))) : 0);
    m_amp->setCurrentIndex(optionalIndex(c.amp, kAmps));
    m_zero->setCurrentIndex(c.zeroStage ? *c.zeroStage + 1 : 0);
    m_recompute->setCurrentIndex(optionalIndex(c.recompute, kRecomputes));
    m_mfu->setValue(c.mfu);
    m_overhead->setValue(c.overhead);
    m_microBatch->setValue(c.microBatch);
    m_sequence->setValue(c.sequenceLength);

    bool is2020 = false;
    for (const Accelerator &gpu : m_document->catalogs().catalogs().accelerators.all())
        if (gpu.id == gpuId)
            is2020 = !gpu.hf2020Id.empty();
    m_amp->setEnabled(is2020);

    // What an empty field means: the value the planner used, greyed.
    if (m_document->hasPlan()) {
        const ResolvedSetup &setup = m_document->setup();
        m_gpus->setValue(setup.cost.gpus);
        if (const auto *peak = setup.cost.throughput.peakTimesMfu())
            m_mfu->setPlaceholder(tr("default: %1").arg(QString::fromStdString(formatNumber(peak->mfu, 3))));
        m_overhead->setPlaceholder(tr("default: %1").arg(QString::fromStdString(formatNumber(setup.cost.overhead, 3))));
        if (setup.cost.usdPerGpuHour)
            m_price->setPlaceholder(usd(*setup.cost.usdPerGpuHour));
        if (setup.memory) {
            m_microBatch->setPlaceholder(tr("default: %1").arg(QString::fromStdString(formatNumber(setup.memory->microBatch))));
            m_sequence->setPlaceholder(tr("default: %1").arg(QString::fromStdString(formatNumber(setup.memory->sequenceLength))));
        }
        const auto source = setup.sources.find("mfu");
        m_mfu->edit()->setToolTip(source == setup.sources.end() ? QString() : QString::fromStdString(source->second));
    } else if (c.gpus) {
        m_gpus->setValue(*c.gpus);
    }
}

void HardwarePanel::chooseGpu(int index)
{
    const std::string id = m_gpu->itemData(index).toString().toStdString();
    m_document->editChoices([&](PlanChoices &c) {
        if (c.gpu == id)
            return;
        c.gpu = id;
        c.offer.clear(); // another chip's offer, precision and AMP level mean nothing here
        c.precision.reset();
        c.amp.reset();
    });
}

void HardwarePanel::chooseOffer(int index)
{
    const QString data = m_offer->itemData(index).toString();
    if (data == kTyped) {
        // The typed price starts as the price on show; the field takes the next edit.
        m_document->editChoices([this](PlanChoices &c) {
            c.offer.clear();
            if (!c.usdPerGpuHour && m_document->hasPlan())
                c.usdPerGpuHour = m_document->setup().cost.usdPerGpuHour;
        });
        m_price->edit()->setFocus();
        return;
    }
    m_document->editChoices([&](PlanChoices &c) {
        c.offer = data.toStdString();
        c.usdPerGpuHour.reset();
    });
}

void HardwarePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontier::ui
