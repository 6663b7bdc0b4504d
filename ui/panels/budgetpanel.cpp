#include "ui/panels/budgetpanel.h"

#include "data/messagetext.h"
#include "model/core/errors.h"
#include "ui/document/plandocument.h"
#include "ui/panels/compactcombo.h"
#include "ui/panels/numberfield.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace frontier::ui {

namespace {

// In the order of the unit combo.
constexpr BudgetUnit kUnits[] = {BudgetUnit::Usd,   BudgetUnit::GpuHours, BudgetUnit::Hours, BudgetUnit::Days,
                                 BudgetUnit::Flops, BudgetUnit::PfDays,   BudgetUnit::Kwh,   BudgetUnit::KgCo2};

int unitIndex(BudgetUnit unit)
{
    for (int i = 0; i < int(std::size(kUnits)); ++i)
        if (kUnits[i] == unit)
            return i;
    return 0;
}

} // namespace

BudgetPanel::BudgetPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_form(new QFormLayout(this))
    , m_modeLabel(new QLabel(this))
    , m_amountLabel(new QLabel(this))
    , m_unitLabel(new QLabel(this))
    , m_paramsLabel(new QLabel(this))
    , m_tokensLabel(new QLabel(this))
    , m_targetLabel(new QLabel(this))
    , m_mode(compactCombo(this))
    , m_unit(compactCombo(this))
    , m_amount(new NumberField(this))
    , m_params(new NumberField(this))
    , m_tokens(new NumberField(this))
    , m_target(new NumberField(this))
{
    m_mode->setObjectName(QStringLiteral("budgetModeCombo"));
    m_unit->setObjectName(QStringLiteral("budgetUnitCombo"));
    m_mode->addItems({QString(), QString(), QString()}); // in PlanMode's order
    for (std::size_t i = 0; i < std::size(kUnits); ++i)
        m_unit->addItem(QString());

    const auto positive = [](double value) {
        return value > 0 ? QString() : BudgetPanel::tr("must be positive");
    };
    for (NumberField *field : {m_amount, m_params, m_tokens})
        field->setCheck(positive);
    const InputLimits &limits = m_document->catalogs().limits();
    m_params->setRange(limits.range("params"));
    m_tokens->setRange(limits.range("tokens"));
    m_target->setRange(limits.range("target_loss"));
    // The law says at once whether any run reaches the target (not at or below its irreducible loss).
    m_target->setCheck([this](double loss) {
        try {
            m_document->flopsForFrontierLoss(loss);
            return QString();
        } catch (const InputError &e) {
            return data::messageText(e.message());
        }
    });

    m_form->addRow(m_modeLabel, m_mode);
    m_form->addRow(m_amountLabel, m_amount);
    m_form->addRow(m_unitLabel, m_unit);
    m_form->addRow(m_paramsLabel, m_params);
    m_form->addRow(m_tokensLabel, m_tokens);
    m_form->addRow(m_targetLabel, m_target);
    m_modeLabel->setBuddy(m_mode);
    m_amountLabel->setBuddy(m_amount->edit());
    m_unitLabel->setBuddy(m_unit);
    m_paramsLabel->setBuddy(m_params->edit());
    m_tokensLabel->setBuddy(m_tokens->edit());
    m_targetLabel->setBuddy(m_target->edit());

    connect(m_mode, &QComboBox::activated, this, &BudgetPanel::chooseMode);
    connect(m_unit, &QComboBox::activated, this, &BudgetPanel::chooseUnit);
    connect(m_amount, &NumberField::committed, this, [this](std::optional<double> value) {
        if (value)
            commitAmount(*value);
    });
    // Each field says its own value; the other half of the job is the document's.
    connect(m_params, &NumberField::committed, this, [this](std::optional<double> params) {
        if (params)
            m_document->setFixedJob(*params, m_document->inputs().tokens);
    });
    connect(m_tokens, &NumberField::committed, this, [this](std::optional<double> tokens) {
        if (tokens)
            m_document->setFixedJob(m_document->inputs().params, *tokens);
    });
    connect(m_target, &NumberField::committed, this, [this](std::optional<double> loss) {
        if (loss)
            m_document->setTargetLoss(*loss);
    });
    connect(m_document, &PlanDocument::changed, this, &BudgetPanel::refresh);

    retranslateUi();
    refresh();
}

QWidgetList BudgetPanel::tabOrder() const
{
    return {m_mode, m_amount, m_unit, m_params, m_tokens, m_target};
}

void BudgetPanel::retranslateUi()
{
    m_modeLabel->setText(tr("&Plan for:"));
    m_mode->setItemText(0, tr("Budget"));
    m_mode->setItemText(1, tr("Fixed job"));
    m_mode->setItemText(2, tr("Target loss"));
    m_amountLabel->setText(tr("&Amount:"));
    m_unitLabel->setText(tr("&Unit:"));
    m_paramsLabel->setText(tr("&Parameters (N):"));
    m_tokensLabel->setText(tr("&Tokens (D):"));
    m_targetLabel->setText(tr("Target loss (&nats/token):")); // Alt+L is the law's
    m_amount->setNames(QStringLiteral("budgetEdit"), tr("Budget amount"));
    m_params->setNames(QStringLiteral("paramsEdit"), tr("Model parameters"));
    m_tokens->setNames(QStringLiteral("tokensEdit"), tr("Training tokens"));
    m_target->setNames(QStringLiteral("targetLossEdit"), tr("Target loss in nats per token"));
    m_target->edit()->setToolTip(tr("The loss to reach, in nats per token: the plan is the cheapest compute-optimal run "
                                    "that reaches it. A click on the loss chart sets it too."));
    m_amount->edit()->setToolTip(tr("A number as you would write it: 20k, $20,000, 1.5e21"));
    const QString unitNames[] = {tr("US dollars"), tr("GPU-hours"), tr("wall-clock hours"), tr("days"),
                                 tr("FLOPs"),      tr("PF-days"),   tr("kWh"),              tr("kg CO2")};
    for (int i = 0; i < int(std::size(unitNames)); ++i)
        m_unit->setItemText(i, unitNames[i]);
    m_mode->setAccessibleName(tr("Plan for a budget, a fixed job or a target loss"));
    m_unit->setAccessibleName(tr("Budget unit"));
}

void BudgetPanel::refresh()
{
    const QSignalBlocker blockMode(m_mode), blockUnit(m_unit);
    const PlanInputs &inputs = m_document->inputs();
    m_mode->setCurrentIndex(int(inputs.mode));
    m_unit->setCurrentIndex(unitIndex(inputs.budgetUnit));
    // A budget has a plausible range of its own in FLOPs and PF-days only (as in checkInputs).
    const InputLimits &limits = m_document->catalogs().limits();
    m_amount->setRange(inputs.budgetUnit == BudgetUnit::Flops    ? std::optional(limits.range("flops"))
                       : inputs.budgetUnit == BudgetUnit::PfDays ? std::optional(limits.range("pfdays"))
                                                                 : std::nullopt);
    m_amount->setValue(inputs.budgetAmount);
    m_params->setValue(inputs.params);
    m_tokens->setValue(inputs.tokens);
    m_target->setValue(inputs.targetLoss);
    const bool budget = inputs.mode == PlanMode::Budget, job = inputs.mode == PlanMode::FixedJob;
    m_form->setRowVisible(m_amount, budget);
    m_form->setRowVisible(m_unit, budget);
    m_form->setRowVisible(m_params, job);
    m_form->setRowVisible(m_tokens, job);
    m_form->setRowVisible(m_target, inputs.mode == PlanMode::TargetLoss);
}

void BudgetPanel::chooseMode(int index)
{
    const PlanInputs &inputs = m_document->inputs();
    const auto mode = PlanMode(index);
    if (mode == inputs.mode)
        return;
    // The job and the target start as the plan on show, so switching changes nothing until the
    // user edits them. The budget is the one kept.
    const bool plan = m_document->hasPlan();
    switch (mode) {
    case PlanMode::Budget:
        m_document->setBudget(inputs.budgetAmount, inputs.budgetUnit);
        break;
    case PlanMode::FixedJob:
        if (plan)
            m_document->setFixedJob(m_document->plan().allocation.params, m_document->plan().allocation.tokens);
        else
            m_document->setFixedJob(inputs.params, inputs.tokens);
        break;
    case PlanMode::TargetLoss: {
        const std::optional<double> loss = plan ? m_document->plan().allocation.loss : std::nullopt;
        m_document->setTargetLoss(loss ? *loss : inputs.targetLoss);
        break;
    }
    }
}

void BudgetPanel::chooseUnit(int index)
{
    const BudgetUnit unit = kUnits[index];
    double amount = m_document->inputs().budgetAmount;
    // The same plan in the new unit; a unit the plan cannot say (dollars without a price) keeps the number.
    if (m_document->hasPlan()) {
        try {
            amount = budgetInUnit(m_document->plan().cost, unit);
        } catch (const InputError &) {
        }
    }
    m_document->setBudget(amount, unit);
}

void BudgetPanel::commitAmount(double amount)
{
    m_document->setBudget(amount, m_document->inputs().budgetUnit);
}

void BudgetPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontier::ui
