#include "ui/panels/batchpanel.h"

#include "data/peopleformat.h"
#include "model/core/numbers.h"
#include "ui/document/plandocument.h"
#include "ui/panels/compactcombo.h"
#include "ui/panels/numberfield.h"
#include "ui/panels/readoutrows.h"
#include "ui/panels/textcolor.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace frontier::ui {

BatchPanel::~BatchPanel() = default;

BatchPanel::BatchPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_layout(new QVBoxLayout(this))
    , m_form(new QFormLayout)
    , m_batch(new NumberField(this))
    , m_unit(compactCombo(this))
    , m_batchLabel(new QLabel(this))
    , m_unitLabel(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_source(new QLabel(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_unit->setObjectName(QStringLiteral("batchUnitCombo"));
    m_unit->addItems({QString(), QString()});
    m_batch->setOptional(true);
    m_batch->setCheck([this](double v) {
        const double tokens = m_unit->currentIndex() == Sequences ? v * context() : v;
        const InputRange &range = m_document->catalogs().limits().range("batch_tokens");
        return tokens >= range.min && tokens <= range.max
                   ? QString()
                   : BatchPanel::tr("%1 tokens is outside the plausible range %2 to %3")
                         .arg(data::peopleNumber(tokens), data::peopleNumber(range.min), data::peopleNumber(range.max));
    });
    m_batchLabel->setBuddy(m_batch->edit());
    m_unitLabel->setBuddy(m_unit);
    m_form->addRow(m_batchLabel, m_batch);
    m_form->addRow(m_unitLabel, m_unit);
    m_readouts = std::make_unique<ReadoutRows>(m_form, this,
                                               std::initializer_list<const char *>{
                                                   "batchStepsReadout", "batchTokensReadout", "stepsFactorReadout",
                                                   "tokensFactorReadout", "criticalBatchReadout", "doubledBatchReadout"});
    setUpNote(m_hint, "batchHint");
    setUpNote(m_source, "batchSource");
    setQuietText(m_hint);
    setQuietText(m_source);
    m_layout->addLayout(m_form);
    m_layout->addWidget(m_hint);
    m_layout->addWidget(m_source);

    connect(m_batch, &NumberField::committed, this, &BatchPanel::commit);
    // The unit is how the number is typed: switching shows the same batch in the other unit.
    connect(m_unit, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_document, &PlanDocument::changed, this, &BatchPanel::refresh);
    retranslateUi();
}

void BatchPanel::setChart(QWidget *chart)
{
    m_chart = chart;
    m_layout->addWidget(chart);
}

double BatchPanel::context() const
{
    return m_document->inputs().choices.sequenceLength.value_or(m_document->catalogs().catalogs().defaults.sequenceLength);
}

void BatchPanel::commit(std::optional<double> value)
{
    PlanInputs next = m_document->inputs();
    next.batchTokens = value && m_unit->currentIndex() == Sequences ? std::optional<double>(*value * context()) : value;
    m_document->setInputs(next, tr("Set batch"));
}

QWidgetList BatchPanel::tabOrder() const
{
    QWidgetList order{m_batch, m_unit};
    order.append(m_readouts->values());
    if (m_chart)
        order << m_chart;
    return order;
}

void BatchPanel::retranslateUi()
{
    m_batchLabel->setText(tr("&Batch:"));
    m_unitLabel->setText(tr("&In:"));
    m_readouts->setNames({tr("Steps:"), tr("Tokens processed:"), tr("Steps / least steps:"), tr("Data / least data:"),
                          tr("Critical batch:"), tr("Twice the batch:")});
    m_batch->setNames(QStringLiteral("batchEdit"), tr("Batch size per optimizer step"));
    m_unit->setAccessibleName(tr("Unit of the batch size"));
    m_batch->setPlaceholder(tr("none"));
    m_hint->setText(tr("Give a batch to see the steps it takes and Kaplan et al. 2020's critical batch at the plan's loss."));
    refresh();
}

void BatchPanel::refresh()
{
    const double tokensPerSequence = context();
    const QSignalBlocker blocker(m_unit);
    m_unit->setItemText(Tokens, tr("tokens"));
    m_unit->setItemText(Sequences, tr("sequences of %1 tokens").arg(QString::fromStdString(formatNumber(tokensPerSequence))));
    const std::optional<double> batch = m_document->inputs().batchTokens;
    m_batch->setValue(batch && m_unit->currentIndex() == Sequences ? std::optional<double>(*batch / tokensPerSequence) : batch);

    const bool shown = m_document->hasPlan() && m_document->plan().batch.has_value();
    m_hint->setVisible(!shown);
    m_readouts->setRowsVisible(shown);
    QStringList notes;
    if (shown) {
        const PlanBatch &b = *m_document->plan().batch;
        const BatchRun &run = b.run;
        const BatchRun doubled = atBatch(run, 2 * run.batchTokens);
        const data::NumberStyle style = data::numberStyle();
        const auto count = [style](double value) { return data::peopleCount(value, style); };
        const QString values[] = {
            tr("%1 steps").arg(count(run.steps)),
            tr("%1 tokens").arg(count(run.tokens)),
            tr("%1 × (least: %2 steps)").arg(data::peopleNumber(run.stepsFactor), count(run.minSteps)),
            tr("%1 × (least: %2 tokens)").arg(data::peopleNumber(run.tokensFactor), count(run.minTokens)),
            b.lossFromPlan ? tr("%1 tokens at loss %2").arg(count(run.criticalTokens), QString::fromStdString(formatNumber(b.loss, 3)))
                           : tr("%1 tokens at Kaplan's loss %2").arg(count(run.criticalTokens), QString::fromStdString(formatNumber(b.loss, 3))),
            tr("%1 × the steps, %2 × the data")
                .arg(data::peopleNumber(doubled.steps / run.steps), data::peopleNumber(doubled.tokens / run.tokens)),
        };
        const QString tips[] = {
            tr("S = tokens / batch: the plan's training tokens at this batch"),
            tr("E = B × S: the plan's training tokens"),
            tr("S / S_min = 1 + B_crit / B (Kaplan et al. 2020, Section 5.1): S_min is the fewest steps that reach "
               "this loss, at a batch far above B_crit"),
            tr("E / E_min = 1 + B / B_crit (Kaplan et al. 2020, Section 5.1): E_min is the least data that reaches "
               "this loss, at a batch far below B_crit"),
            tr("B_crit(L) = B_* / L^(1/α_B) (Kaplan et al. 2020, Eq. 5.3), fitted to the loss in nats/token on "
               "WebText2. At B_crit a run takes twice the least steps and twice the least data."),
            tr("The same loss at twice this batch: more data for fewer steps (Kaplan et al. 2020, Eq. 5.1)"),
        };
        for (int row = 0; row < m_readouts->count(); ++row)
            m_readouts->setValue(row, values[row], tips[row]);
        notes << (b.lossFromPlan
                      ? tr("B_crit read at the plan's own predicted loss.")
                      : tr("B_crit read at %1 nats, the loss Kaplan's L(N, D) gives this N and D: B_crit was fitted "
                           "to Kaplan's WebText2 loss, and this plan's law measures loss on other data.")
                            .arg(QString::fromStdString(formatNumber(b.loss, 3))));
    }
    // The 2020 GPUs: where their measured speed stopped growing with the batch.
    if (m_document->hasPlan()) {
        const Catalogs catalogs = m_document->catalogs().catalogs();
        const std::string gpu = m_document->setup().gpuId;
        const std::string &hf2020Id = catalogs.accelerators.get(gpu).hf2020Id;
        if (!hf2020Id.empty()) {
            const Hf2020Gpu &study = catalogs.hf2020Speed.gpu(hf2020Id);
            notes << tr("The Hugging Face 2020 study saw the %1's speed stop growing past %2 sequences per GPU.")
                         .arg(QString::fromStdString(study.id))
                         .arg(study.saturationBatch);
            m_source->setToolTip(QString::fromStdString(catalogs.hf2020Speed.saturationSource));
        } else {
            m_source->setToolTip(QString());
        }
    }
    m_source->setText(notes.join(QLatin1Char(' ')));
    m_source->setVisible(!notes.isEmpty());
}

QString BatchPanel::summary() const
{
    if (!m_hint->isHidden())
        return {};
    QStringList lines = m_readouts->lines();
    if (!m_source->text().isEmpty())
        lines << m_source->text();
    return lines.join(QLatin1Char('\n'));
}

void BatchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontier::ui
