#include "ui/panels/uniquedatapanel.h"

#include "data/lawnames.h"
#include "data/messagetext.h"
#include "data/peopleformat.h"
#include "model/core/numbers.h"
#include "ui/document/plandocument.h"
#include "ui/panels/numberfield.h"
#include "ui/panels/readoutrows.h"
#include "ui/panels/textcolor.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace frontier::ui {

namespace {

bool isRepetitionFinding(const Message &m)
{
    return m.code.rfind("plan.repeat_", 0) == 0;
}

QString loss(double value)
{
    return QString::fromStdString(formatNumber(value, 4));
}

} // namespace

UniqueDataPanel::~UniqueDataPanel() = default;

UniqueDataPanel::UniqueDataPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_layout(new QVBoxLayout(this))
    , m_form(new QFormLayout)
    , m_unique(new NumberField(this))
    , m_uniqueLabel(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_useRepeatingLaw(new QPushButton(this))
    , m_findings(new QLabel(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_unique->setOptional(true);
    m_unique->setRange(m_document->catalogs().limits().range("tokens"));
    m_uniqueLabel->setBuddy(m_unique->edit());
    m_form->addRow(m_uniqueLabel, m_unique);
    m_readouts = std::make_unique<ReadoutRows>(m_form, this,
                                               std::initializer_list<const char *>{
                                                   "epochsReadout", "effectiveTokensReadout", "effectiveParamsReadout",
                                                   "lossLostReadout", "floorLossReadout"});
    setUpNote(m_hint, "uniqueDataHint");
    setUpNote(m_findings, "uniqueDataFindings");
    setQuietText(m_hint);
    m_findings->setFocusPolicy(Qt::StrongFocus);
    m_layout->addLayout(m_form);
    m_layout->addWidget(m_hint);
    m_useRepeatingLaw->setObjectName(QStringLiteral("useRepeatingLawButton"));
    m_layout->addWidget(m_useRepeatingLaw, 0, Qt::AlignLeft);
    m_layout->addWidget(m_findings);

    connect(m_unique, &NumberField::committed, this, &UniqueDataPanel::commit);
    // One click (one undo step) from "this law has no repetition terms" to a plan that has them.
    connect(m_useRepeatingLaw, &QPushButton::clicked, this, [this] {
        if (const Law *law = repeatingLaw())
            m_document->setLaw(law->info().id);
    });
    connect(m_document, &PlanDocument::changed, this, &UniqueDataPanel::refresh);
    retranslateUi();
}

void UniqueDataPanel::setChart(QWidget *chart)
{
    m_chart = chart;
    m_layout->addWidget(chart);
}

const Law *UniqueDataPanel::repeatingLaw() const
{
    for (const Law *law : m_document->catalogs().laws())
        if (law->can(Capability::LossOfRepeatedData))
            return law;
    return nullptr;
}

void UniqueDataPanel::commit(std::optional<double> value)
{
    PlanInputs next = m_document->inputs();
    next.uniqueTokens = value;
    m_document->setInputs(next, tr("Set unique tokens"));
}

QWidgetList UniqueDataPanel::tabOrder() const
{
    QWidgetList order{m_unique, m_useRepeatingLaw};
    order.append(m_readouts->values());
    order << m_findings;
    if (m_chart)
        order << m_chart;
    return order;
}

void UniqueDataPanel::retranslateUi()
{
    m_uniqueLabel->setText(tr("&Unique tokens:"));
    m_readouts->setNames({tr("Epochs:"), tr("Worth in new tokens:"), tr("Worth in parameters:"), tr("Loss lost:"),
                          tr("Best on this data:")});
    m_unique->setNames(QStringLiteral("uniqueTokensEdit"), tr("Unique training tokens there are"));
    m_unique->setPlaceholder(tr("no cap"));
    refresh();
}

void UniqueDataPanel::refresh()
{
    m_unique->setValue(m_document->inputs().uniqueTokens);
    // The law the inputs ask for: while they have a problem the document still holds the last law that
    // planned, and the hint must speak of the one the user chose.
    const Law *asked = m_document->catalogs().findLaw(m_document->inputs().lawId);
    const Law &law = asked ? *asked : m_document->law();
    const bool lawRepeats = law.can(Capability::LossOfRepeatedData);
    // A pointer, not a copy of the optional: GCC 12 warned the copy "may be used uninitialized".
    const PlanRepetition *repetition = m_document->hasPlan() && !m_document->problem() && m_document->plan().repetition
                                           ? &*m_document->plan().repetition
                                           : nullptr;
    const bool shown = repetition != nullptr;
    m_readouts->setRowsVisible(shown);
    if (!lawRepeats)
        m_hint->setText(tr("%1 has no terms for repeated data: choose Muennighoff et al. 2023 to plan with a cap on "
                           "unique tokens.")
                            .arg(data::lawName(law)));
    else
        m_hint->setText(tr("Give the unique tokens there are to see how many epochs the plan repeats them and what "
                           "that costs (Muennighoff et al. 2023)."));
    m_hint->setVisible(!shown);
    const Law *repeating = lawRepeats ? nullptr : repeatingLaw();
    m_useRepeatingLaw->setVisible(repeating != nullptr);
    if (repeating) {
        // Short: the inputs column is narrow at 1024 px, and the hint above names the law.
        m_useRepeatingLaw->setText(tr("Switch law"));
        //: %1 a law's name ("Muennighoff et al. 2023")
        m_useRepeatingLaw->setAccessibleName(tr("Switch to %1").arg(data::lawName(*repeating)));
        m_useRepeatingLaw->setToolTip(m_useRepeatingLaw->accessibleName());
    }

    QStringList findings;
    if (shown) {
        const RepeatedRun &run = repetition->run;
        const data::NumberStyle style = data::numberStyle();
        const auto count = [style](double value) { return data::peopleCount(value, style); };
        const QString values[] = {
            tr("%1 epochs of %2 tokens").arg(data::peopleNumber(run.epochs), count(run.uniqueTokens)),
            tr("%1 of the %2 tokens read").arg(count(run.effectiveTokens), count(run.tokens)),
            tr("%1 of %2 (%3 needed for the data)").arg(count(run.effectiveParams), count(run.params), count(run.uniqueParams)),
            tr("%1 nats/token (%2 with unlimited data)").arg(loss(repetition->lossLost), loss(repetition->unlimitedLoss)),
            tr("%1 nats/token at any compute").arg(loss(repetition->floorLoss)),
        };
        const QString tips[] = {
            tr("Training tokens / unique tokens: how often the run reads its data"),
            tr("D' = U + U·R*_D·(1 − e^(−R_D/R*_D)) with R_D = epochs − 1 (Muennighoff et al. 2023, Section 3.1): "
               "the new tokens the repeated ones are worth"),
            tr("N' = U_N + U_N·R*_N·(1 − e^(−R_N/R*_N)): parameters beyond U_N, the compute-optimal size for the "
               "unique tokens, are worth less (Muennighoff et al. 2023, Section 3.1)"),
            tr("The plan's loss minus the loss of the same compute with unlimited unique data (a fixed job: the same "
               "model and tokens, all new)"),
            tr("The loss this data gives when the parameters and tokens are worth their most: U_N(1 + R*_N) and U(1 + R*_D)"),
        };
        for (int row = 0; row < m_readouts->count(); ++row)
            m_readouts->setValue(row, values[row], tips[row]);
        for (const Message &m : m_document->plan().warnings)
            if (isRepetitionFinding(m))
                findings << data::messageText(m);
    }
    m_findings->setText(findings.join(QLatin1Char('\n')));
    m_findings->setAccessibleName(findings.join(QLatin1Char(' ')));
    m_findings->setVisible(!findings.isEmpty());
}

void UniqueDataPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontier::ui
