#include "ui/panels/servingpanel.h"

#include "data/messagetext.h"
#include "data/peopleformat.h"
#include "data/servingdata.h"
#include "model/core/errors.h"
#include "model/serve/servingreport.h"
#include "ui/document/plandocument.h"
#include "ui/panels/numberfield.h"
#include "ui/panels/readoutrows.h"
#include "ui/panels/servingoffers.h"
#include "ui/panels/textcolor.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <cmath>

namespace frontier::ui {

namespace {

// The bits combo: three presets and "custom", which enables the typed field.
constexpr double kPresetBits[] = {16, 8, 4};
constexpr int kCustomBits = 3;

QString gigabytes(double bytes)
{
    return ServingPanel::tr("%1 GB").arg(data::peopleNumber(bytes / 1e9)); // decimal GB, as model cards state weights
}

// "name = value: source" per assumption, for the tooltips.
QString assumptionLines(const std::vector<ServingAssumption> &assumptions)
{
    QStringList lines;
    for (const ServingAssumption &a : assumptions) {
        QString line = QString::fromStdString(a.name);
        if (a.value)
            line += QStringLiteral(" = ") + data::peopleNumber(*a.value);
        lines << line + QStringLiteral(": ") + QString::fromStdString(a.source);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PlanServing serveDocument(const PlanDocument &document, const ServingRequest &request)
{
    return servePlan(document.plan(), document.setup(), document.law(), document.catalogs().catalogs(), request,
                     data::servingConstants());
}

ServingRequest defaultServingRequest()
{
    return frontier::defaultServingRequest(data::servingConstants());
}

ServingPanel::~ServingPanel() = default;

ServingPanel::ServingPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_request(defaultServingRequest())
{
    // Side by side, so the dock stays short under the charts: the choices left, the answer right.
    auto *columns = new QHBoxLayout(this);
    auto *inputsBox = new QWidget(this);
    inputsBox->setMaximumWidth(420);
    auto *left = new QVBoxLayout(inputsBox);
    left->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout;
    columns->addWidget(inputsBox, 0);
    columns->addLayout(layout, 1);
    m_inputs = new QFormLayout;
    m_bits = new QComboBox(this);
    m_bits->setObjectName(QStringLiteral("servingBitsCombo"));
    for (int i = 0; i <= kCustomBits; ++i)
        m_bits->addItem(QString());
    m_customBits = new NumberField(this);
    m_pruned = new NumberField(this);
    m_context = new NumberField(this);
    m_batch = new NumberField(this);
    m_offer = new QComboBox(this);
    m_offer->setObjectName(QStringLiteral("servingOfferCombo"));
    m_offer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_offer->setMinimumContentsLength(24);
    m_penalty = new NumberField(this);
    m_penalty->setOptional(true);

    const ServingConstants &c = data::servingConstants();
    m_customBits->setCheck([&c](double v) {
        return v > 0 && v <= c.maxBits ? QString() : ServingPanel::tr("bits per weight must be above 0 and at most %1").arg(c.maxBits);
    });
    m_pruned->setCheck([](double v) { return v >= 0 && v < 1 ? QString() : ServingPanel::tr("a share from 0 up to (not including) 1"); });
    m_context->setCheck([&c](double v) {
        return v >= 1 && v <= c.maxContext && std::floor(v) == v ? QString() : ServingPanel::tr("a whole number of tokens from 1 to %1").arg(data::peopleNumber(c.maxContext));
    });
    m_batch->setCheck([&c](double v) {
        return v >= 1 && v <= c.maxBatch && std::floor(v) == v ? QString() : ServingPanel::tr("a whole number of sequences from 1 to %1").arg(data::peopleNumber(c.maxBatch));
    });
    m_penalty->setCheck([&c](double v) {
        return v >= 0 && v <= c.maxLossPenalty ? QString() : ServingPanel::tr("from 0 to %1 nats per token").arg(c.maxLossPenalty);
    });

    auto addInput = [this](QWidget *field) {
        auto *label = new QLabel(this);
        auto *number = qobject_cast<NumberField *>(field);
        label->setBuddy(number ? static_cast<QWidget *>(number->edit()) : field); // Alt+letter reaches the edit
        m_inputLabels.push_back(label);
        m_inputs->addRow(label, field);
    };
    addInput(m_bits);
    addInput(m_customBits);
    addInput(m_pruned);
    addInput(m_context);
    addInput(m_batch);
    addInput(m_offer);
    addInput(m_penalty);
    left->addLayout(m_inputs);
    left->addStretch(1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("servingProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *readouts = new QFormLayout;
    m_readouts = std::make_unique<ReadoutRows>(
        readouts, this,
        std::initializer_list<const char *>{"servingWeightsReadout", "servingKvReadout", "servingGpusReadout",
                                            "servingSpeedReadout", "servingUsdReadout", "servingEnergyReadout",
                                            "servingCo2Readout", "servingLossReadout"});
    layout->addLayout(readouts);
    m_finding = new QLabel(this);
    m_finding->setObjectName(QStringLiteral("servingCompressionFinding"));
    m_finding->setWordWrap(true);
    m_finding->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_finding->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_finding);
    layout->addStretch(1);

    connect(m_bits, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_customBits->setEnabled(index == kCustomBits);
        if (index >= 0 && index < kCustomBits)
            m_request.compression.bitsPerWeight = kPresetBits[index];
        else
            m_request.compression.bitsPerWeight = m_customBitsValue;
        refresh();
        Q_EMIT requestChanged();
    });
    auto onCommit = [this](NumberField *field, auto apply) {
        connect(field, &NumberField::committed, this, [this, apply](std::optional<double> value) {
            apply(value);
            refresh();
            Q_EMIT requestChanged();
        });
    };
    onCommit(m_customBits, [this](std::optional<double> v) {
        if (v)
            m_request.compression.bitsPerWeight = m_customBitsValue = *v;
    });
    onCommit(m_pruned, [this](std::optional<double> v) { m_request.compression.prunedFraction = v.value_or(0); });
    onCommit(m_context, [this](std::optional<double> v) { if (v) m_request.load.contextTokens = *v; });
    onCommit(m_batch, [this](std::optional<double> v) { if (v) m_request.load.batch = *v; });
    onCommit(m_penalty, [this](std::optional<double> v) { m_lossPenalty = v; });
    connect(m_offer, &QComboBox::activated, this, [this](int index) {
        m_request.offerId = m_offer->itemData(index).toString().toStdString();
        refresh();
        Q_EMIT requestChanged();
    });
    connect(document, &PlanDocument::changed, this, [this] {
        // A drag changes the document on every move; the offers list only with the plan's offer.
        if (m_document->setup().offerId != m_filledOffer || m_document->catalogs().hardwareRevision() != m_filledRevision)
            fillOffers();
        refresh();
    });

    setRequest(m_request, m_lossPenalty);
    retranslateUi();
}

void ServingPanel::setRequest(const ServingRequest &request, std::optional<double> lossPenalty)
{
    m_request = request;
    m_lossPenalty = lossPenalty;
    int index = kCustomBits;
    for (int i = 0; i < kCustomBits; ++i)
        if (request.compression.bitsPerWeight == kPresetBits[i])
            index = i;
    {
        const QSignalBlocker block(m_bits);
        m_bits->setCurrentIndex(index);
        m_customBits->setEnabled(index == kCustomBits);
    }
    if (index == kCustomBits)
        m_customBitsValue = request.compression.bitsPerWeight;
    m_customBits->setValue(m_customBitsValue);
    m_pruned->setValue(request.compression.prunedFraction);
    m_context->setValue(request.load.contextTokens);
    m_batch->setValue(request.load.batch);
    m_penalty->setValue(lossPenalty);
    fillOffers();
    refresh();
    Q_EMIT requestChanged(); // the inference dock prices tokens with these settings too
}

void ServingPanel::fillOffers()
{
    m_filledOffer = m_document->setup().offerId;
    m_filledRevision = m_document->catalogs().hardwareRevision();
    if (!fillServingOffers(m_offer, *m_document, m_request.offerId))
        m_request.offerId.clear(); // an offer no longer in the catalogue: back to the plan's
}

void ServingPanel::setReadout(Row row, const QString &value, const QString &tip)
{
    m_readouts->setValue(row, value, tip);
    m_readouts->value(row)->setAccessibleDescription(tip);
}

void ServingPanel::refresh()
{
    m_serving.reset();
    if (!m_document->hasPlan())
        return;
    try {
        m_serving = serveDocument(*m_document, m_request);
        m_problem->hide();
    } catch (const InputError &e) {
        m_problem->setText(data::messageText(e.message()));
        m_problem->show();
        for (int row = 0; row < RowCount; ++row)
            m_readouts->value(row)->setText(QStringLiteral("–"));
        return;
    }
    const ServingConstants &c = data::servingConstants();
    const PlanServing &s = *m_serving;
    const ServingReport &r = s.report;
    const data::NumberStyle style = data::numberStyle();
    const QString sep = QStringLiteral("\n\n");
    const QString all = tr("Assumptions and sources:") + QLatin1Char('\n') + assumptionLines(s.assumptions);
    const double n = s.model.model.totalParams;
    const double pruned = m_request.compression.prunedFraction;
    setReadout(Weights,
               tr("%1 at %2 bits (16: %3, 8: %4, 4: %5)")
                   .arg(gigabytes(r.weightBytes), data::peopleNumber(m_request.compression.bitsPerWeight),
                        gigabytes(weightBytes(n, 16, pruned, c)), gigabytes(weightBytes(n, 8, pruned, c)),
                        gigabytes(weightBytes(n, 4, pruned, c))),
               tr("Weights = parameters × (1 − pruned share) × bits / 8 bytes, for %1 parameters").arg(data::peopleCount(n, style)));
    setReadout(KvCache,
               tr("%1 (%2 layers × %3 KV heads × %4)").arg(gigabytes(r.kvCacheBytes)).arg(s.model.model.layers)
                   .arg(s.model.model.kvHeads).arg(s.model.model.headDim),
               tr("KV cache = 2 × layers × KV heads × head dim × %1 bytes × context × batch; the shape is the Llama-style "
                  "candidate for the plan's size (see Model shapes)").arg(c.kvBytesPerElement)
                   + sep + QString::fromStdString(c.sources.at("kv_bytes_per_element")));
    setReadout(Gpus, tr("%1 × %2 (%3 usable each)").arg(r.gpusNeeded).arg(QString::fromStdString(s.place.gpu->name), gigabytes(r.usableBytesPerGpu)),
               tr("GPUs = weights + KV cache over %1 of each GPU's memory").arg(data::peopleNumber(c.memoryFraction))
                   + sep + QString::fromStdString(c.sources.at("memory_fraction")));
    const QString speed = r.bound == ServingBound::Memory ? tr("%1 tokens/s (memory-bound; compute allows %2)")
                                                          : tr("%1 tokens/s (compute-bound; memory allows %2)");
    setReadout(Speed,
               speed.arg(data::peopleNumber(r.tokensPerSecond),
                         data::peopleNumber(r.bound == ServingBound::Memory ? r.computeBoundTokensPerSecond : r.memoryBoundTokensPerSecond)),
               tr("Memory bound = batch × GPUs × bandwidth / (weights + KV cache) per step; compute bound = GPUs × peak × MFU / "
                  "(2 × active parameters); the speed is the smaller")
                   + sep + all);
    setReadout(Usd, r.usdPerMillionTokens ? tr("%1 per million tokens").arg(data::peopleDollars(*r.usdPerMillionTokens, style)) : tr("no price"),
               tr("GPUs × price per GPU-hour × hours per million tokens") + sep + all);
    setReadout(Energy, tr("%1 per million tokens").arg(data::peopleEnergy(r.kwhPerMillionTokens, style)),
               tr("GPU-hours × watts × power fraction × PUE, the plan's power and PUE") + sep + all);
    setReadout(Co2, r.co2KgPerMillionTokens ? tr("%1 per million tokens").arg(data::peopleMass(*r.co2KgPerMillionTokens, style)) : tr("no grid intensity"),
               tr("kWh × the plan's grid intensity") + sep + all);
    const std::optional<double> loss = m_document->plan().allocation.loss;
    QString lossText = tr("no loss (the law predicts none)");
    if (loss)
        lossText = m_lossPenalty ? tr("%1 (the plan's %2 + your penalty %3)")
                                       .arg(data::peopleNumber(*loss + *m_lossPenalty), data::peopleNumber(*loss), data::peopleNumber(*m_lossPenalty))
                                 : tr("%1, the plan's: no penalty typed").arg(data::peopleNumber(*loss));
    setReadout(Loss, lossText, tr("No law predicts the loss compression costs: type your own measured penalty."));
}

void ServingPanel::retranslateUi()
{
    m_bits->setItemText(0, tr("16 bits (bf16/fp16)"));
    m_bits->setItemText(1, tr("8 bits"));
    m_bits->setItemText(2, tr("4 bits"));
    m_bits->setItemText(3, tr("Custom"));
    m_bits->setAccessibleName(tr("Bits per weight"));
    m_bits->setToolTip(QString::fromStdString(data::servingConstants().sources.at("default_bits")));
    static const char *const inputs[] = {QT_TR_NOOP("&Bits per weight:"), QT_TR_NOOP("Custom b&its:"), QT_TR_NOOP("&Pruned share:"),
                                         QT_TR_NOOP("Conte&xt (tokens):"), QT_TR_NOOP("Ba&tch (sequences):"),
                                         QT_TR_NOOP("Serving o&ffer:"), QT_TR_NOOP("&Loss penalty:")};
    for (size_t i = 0; i < m_inputLabels.size(); ++i)
        m_inputLabels[i]->setText(tr(inputs[i]));
    m_customBits->setNames(QStringLiteral("servingCustomBitsEdit"), tr("Custom bits per weight"));
    m_pruned->setNames(QStringLiteral("servingPrunedEdit"), tr("Share of the weights pruned"));
    m_context->setNames(QStringLiteral("servingContextEdit"), tr("Context length in tokens"));
    m_batch->setNames(QStringLiteral("servingBatchEdit"), tr("Sequences decoded together"));
    m_penalty->setNames(QStringLiteral("servingPenaltyEdit"), tr("Your loss penalty for the compression, nats per token"));
    m_penalty->setPlaceholder(tr("none"));
    m_offer->setAccessibleName(tr("Serving offer"));
    m_offer->setToolTip(tr("The cloud offer the model is served on: its GPU and on-demand price. Power fraction, PUE and grid are the plan's."));
    static const char *const names[] = {QT_TR_NOOP("Weights:"), QT_TR_NOOP("KV cache:"), QT_TR_NOOP("GPUs:"), QT_TR_NOOP("Decode:"),
                                        QT_TR_NOOP("Cost:"), QT_TR_NOOP("Energy:"), QT_TR_NOOP("CO2:"), QT_TR_NOOP("Loss:")};
    for (int row = 0; row < RowCount; ++row)
        m_readouts->name(row)->setText(tr(names[row]));
    const ServingConstants &c = data::servingConstants();
    m_finding->setText(tr("Compression and quality: larger Transformers lose less accuracy under heavy quantisation and pruning "
                          "than smaller ones, so a heavily compressed large model can beat a lightly compressed small one "
                          "(Li et al. 2020, Train Large, Then Compress, arXiv:2002.11794). No general law says what a given "
                          "compression costs: type your own measured loss penalty."));
    m_finding->setToolTip(QString::fromStdString(c.compressionSource));
    m_finding->setAccessibleName(tr("Compression and quality"));
    fillOffers();
    refresh();
}

void ServingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontier::ui
