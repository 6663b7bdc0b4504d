#include "ui/panels/sparsepanel.h"

#include "data/messagetext.h"
#include "data/peopleformat.h"
#include "data/resourcedata.h"
#include "ui/document/plandocument.h"
#include "ui/panels/countfield.h"
#include "ui/panels/readoutrows.h"
#include "ui/panels/textcolor.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace frontier::ui {

namespace {

// The counter's bound (model/shape/paramcount.h checkExperts).
constexpr int kMaxExperts = 100'000;
// What the check box turns on first: Mixtral's 8 experts, 2 a token.
constexpr int kFirstExperts = 8, kFirstTopK = 2;

} // namespace

SparsePanel::~SparsePanel() = default;

SparsePanel::SparsePanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_form(new QFormLayout)
    , m_enabled(new QCheckBox(this))
    , m_expertsField(new CountField(this))
    , m_topKField(new CountField(this))
    , m_experts(m_expertsField->spinBox())
    , m_topK(m_topKField->spinBox())
    , m_expertsLabel(new QLabel(this))
    , m_topKLabel(new QLabel(this))
    , m_reference(new QLabel(this))
    , m_study(SparseDecodeStudy::fromJson(data::readResource(QStringLiteral(":/sparse/jaszczur2021.json"))))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_enabled->setObjectName(QStringLiteral("moeCheck"));
    m_experts->setObjectName(QStringLiteral("moeExpertsSpin"));
    m_topK->setObjectName(QStringLiteral("moeTopKSpin"));
    m_experts->setRange(1, kMaxExperts);
    m_topK->setRange(1, kMaxExperts);
    m_experts->setValue(kFirstExperts);
    m_topK->setValue(kFirstTopK);
    m_expertsLabel->setBuddy(m_experts);
    m_topKLabel->setBuddy(m_topK);
    layout->addWidget(m_enabled);
    m_form->addRow(m_expertsLabel, m_expertsField);
    m_form->addRow(m_topKLabel, m_topKField);
    m_readouts = std::make_unique<ReadoutRows>(
        m_form, this, std::initializer_list<const char *>{"moeTotalReadout", "moeActiveReadout", "moeLossReadout"});
    layout->addLayout(m_form);
    setUpNote(m_reference, "moeJaszczurReference");
    m_reference->setFocusPolicy(Qt::StrongFocus);
    setQuietText(m_reference);
    layout->addWidget(m_reference);

    connect(m_enabled, &QCheckBox::toggled, this, &SparsePanel::commit);
    connect(m_experts, &QSpinBox::valueChanged, this, &SparsePanel::commit);
    connect(m_topK, &QSpinBox::valueChanged, this, &SparsePanel::commit);
    connect(m_document, &PlanDocument::changed, this, &SparsePanel::refresh);
    retranslateUi();
}

void SparsePanel::commit()
{
    PlanInputs next = m_document->inputs();
    if (m_enabled->isChecked()) {
        MixtureOfExperts moe;
        moe.experts = m_experts->value();
        moe.topK = std::min(m_topK->value(), m_experts->value()); // top-k of more experts than there are is not a model
        next.moe = moe;
    } else {
        next.moe.reset();
    }
    if (next.moe == m_document->inputs().moe)
        return;
    m_document->setInputs(next, next.moe ? tr("Set mixture of experts") : tr("Turn off mixture of experts"));
}

QWidgetList SparsePanel::tabOrder() const
{
    QWidgetList order{m_enabled, m_experts, m_topK};
    order.append(m_readouts->values());
    order << m_reference;
    return order;
}

void SparsePanel::retranslateUi()
{
    m_enabled->setText(tr("Mixture o&f experts"));
    m_enabled->setToolTip(tr("Turn each layer's MLP into experts, of which every token uses a few: the plan's N becomes the "
                             "parameters a token uses (training FLOPs 6·N·D), and memory holds every expert"));
    m_expertsLabel->setText(tr("E&xperts per layer:"));
    m_topKLabel->setText(tr("Experts per to&ken (top-k):"));
    m_experts->setAccessibleName(tr("Experts per layer"));
    m_topK->setAccessibleName(tr("Experts each token is routed to (top-k)"));
    m_enabled->setAccessibleName(tr("Mixture of experts"));
    m_readouts->setNames({tr("Total parameters:"), tr("Active per token:"), tr("Loss:")});

    if (!m_study.points.empty()) {
        const SparseDecodePoint &p = m_study.points.front();
        const auto seconds = [](double s) { return data::peopleNumber(s); };
        //: %1 model size ("17B"), %2 and %3 seconds per token, %4 the speed-up
        m_reference->setText(tr("Jaszczur et al. 2021 (arXiv:2111.12763) decoded a token of their %1 model in %2 s dense and "
                                "%3 s with sparse layers (%4× faster), unbatched on their CPU setup: the per-token compute of "
                                "their sparse feed-forward layers grows as d^1.5 instead of d^2. A measurement of theirs, not "
                                "a prediction for this plan.")
                                 .arg(QString::fromStdString(p.model), seconds(p.denseSecondsPerToken),
                                      seconds(p.sparseSecondsPerToken), data::peopleNumber(p.speedup())));
        m_reference->setToolTip(tr("Their limits: the times are unbatched decoding, one sequence at a time, on their own setup; "
                                   "for long sequences attention dominates and sparse feed-forward layers save less; batched "
                                   "serving on accelerators is bound by memory bandwidth instead. Frontier does not carry "
                                   "their speed-up to other hardware or to mixtures of experts."));
        for (const StatedSpeedup &s : m_study.statedSpeedups)
            if (s.params < p.params && s.atLeast)
                //: %1 a model size ("800M"), %2 a speed-up factor
                m_reference->setText(m_reference->text() + QLatin1Char(' ')
                                     + tr("At %1 parameters they state more than %2× already.")
                                           .arg(QString::fromStdString(s.model), data::peopleNumber(s.speedup)));
        m_reference->setAccessibleName(m_reference->text());
    }
    refresh();
}

void SparsePanel::refresh()
{
    const std::optional<MixtureOfExperts> &moe = m_document->inputs().moe;
    {
        const QSignalBlocker b1(m_enabled), b2(m_experts), b3(m_topK);
        m_enabled->setChecked(moe.has_value());
        if (moe) {
            m_experts->setValue(int(moe->experts));
            m_topK->setValue(int(moe->topK));
        }
    }
    m_expertsField->setEnabled(moe.has_value());
    m_topKField->setEnabled(moe.has_value());
    const bool shown = moe && m_document->hasPlan();
    m_readouts->setRowsVisible(shown);
    if (!shown)
        return;
    const Plan &plan = m_document->plan();
    const auto count = [](std::int64_t n) { return data::peopleCount(double(n), data::numberStyle()); };
    QString values[ReadoutCount];
    QString tips[ReadoutCount];
    if (plan.sparse) {
        const TransformerShape &s = plan.sparse->shape;
        values[Total] = tr("%1 parameters").arg(count(plan.sparse->totalParams));
        values[Active] = tr("%1 parameters").arg(count(plan.sparse->activeParams));
        tips[Total] = tr("%1 parameters: the plan's Llama shape (%2 layers × %3) with each MLP made %4 experts of width %5, "
                         "counted to the parameter; what memory holds")
                          .arg(QString::number(plan.sparse->totalParams))
                          .arg(s.layers)
                          .arg(s.dModel)
                          .arg(plan.sparse->moe.experts)
                          .arg(plan.sparse->moe.expertFfn);
        tips[Active] = tr("%1 parameters: the total less the experts a token skips, about the law's N, which the training "
                          "FLOPs (6·N·D) use")
                           .arg(QString::number(plan.sparse->activeParams));
    } else {
        values[Total] = values[Active] = tr("not counted");
    }
    values[Loss] = tr("not predicted");
    for (const Message &w : plan.warnings)
        if (w.code == "plan.moe_no_loss_law")
            tips[Loss] = data::messageText(w);
    for (int row = 0; row < ReadoutCount; ++row)
        m_readouts->setValue(row, values[row], tips[row]);
}

void SparsePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontier::ui
