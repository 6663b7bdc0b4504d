#include "ui/panels/budgetpanel.h"

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
    , m_mode(compactCombo(this))
    , m_unit(compactCombo(this))
    , m_amount(new NumberField(this))
    , m_params(new NumberField(this))
    , m_tokens(new NumberField(this))
{
    m_mode->setObjectName(QStringLiteral("budgetModeCombo"));
    m_unit->setObjectName(QStringLiteral("budgetUnitCombo"));
    m_mode->addItems({QString(), QString()});
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

    m_form->addRow(m_modeLabel, m_mode);
    m_form->addRow(m_amountLabel, m_amount);
    m_form->addRow(m_unitLabel, m_unit);
    m_form->addRow(m_paramsLabel, m_params);
    m_form->addRow(m_tokensLabel, m_tokens);
    m_modeLabel->setBuddy(m_mode);
    m_amountLabel->setBuddy(m_amount->edit());
    m_unitLabel->setBuddy(m_unit);
    m_paramsLabel->setBuddy(m_params->edit());
    m_tokensLabel->setBuddy(m_tokens->edit());

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
    connect(m_document, &PlanDocument::changed, this, &BudgetPanel::refresh);

    retranslateUi();
    refresh();
}

QWidgetList BudgetPanel::tabOrder() const
{
    return {m_mode, m_amount, m_unit, m_params, m_tokens};
}

void BudgetPanel::retranslateUi()
{
    m_modeLabel->setText(tr("&Plan for:"));
    m_mode->setItemText(0, tr("Budget"));
    m_mode->setItemText(1, tr("Fixed job"));
    m_amountLabel->setText(tr("&Amount:"));
    m_unitLabel->setText(tr("&Unit:"));
    m_paramsLabel->setText(tr("&Parameters (N):"));
    m_tokensLabel->setText(tr("&Tokens (D):"));
    m_amount->setNames(QStringLiteral("budgetEdit"), tr("Budget amount"));
    m_params->setNames(QStringLiteral("paramsEdit"), tr("Model parameters"));
    m_tokens->setNames(QStringLiteral("tokensEdit"), tr("Training tokens"));
    m_amount->edit()->setToolTip(tr("A number as you would write it: 20k, $20,000, 1.5e21"));
    const QString unitNames[] = {tr("US dollars"), tr("GPU-hours"), tr("wall-clock hours"), tr("days"),
                                 tr("FLOPs"),      tr("PF-days"),   tr("kWh"),              tr("kg CO2")};
    for (int i = 0; i < int(std::size(unitNames)); ++i)
        m_unit->setItemText(i, unitNames[i]);
    m_mode->setAccessibleName(tr("Plan for a budget or a fixed job"));
    m_unit->setAccessibleName(tr("Budget unit"));
}

void BudgetPanel::refresh()
{
    const QSignalBlocker blockMode(m_mode), blockUnit(m_unit);
    const PlanInputs &inputs = m_document->inputs();
    m_mode->setCurrentIndex(inputs.fixedJob ? 1 : 0);
    m_unit->setCurrentIndex(unitIndex(inputs.budgetUnit));
    // A budget has a plausible range of its own in FLOPs and PF-days only (as in checkInputs).
    const InputLimits &limits = m_document->catalogs().limits();
    m_amount->setRange(inputs.budgetUnit == BudgetUnit::Flops    ? std::optional(limits.range("flops"))
                       : inputs.budgetUnit == BudgetUnit::PfDays ? std::optional(limits.range("pfdays"))
                                                                 : std::nullopt);
    m_amount->setValue(inputs.budgetAmount);
    m_params->setValue(inputs.params);
    m_tokens->setValue(inputs.tokens);
    m_form->setRowVisible(m_amount, !inputs.fixedJob);
    m_form->setRowVisible(m_unit, !inputs.fixedJob);
    m_form->setRowVisible(m_params, inputs.fixedJob);
    m_form->setRowVisible(m_tokens, inputs.fixedJob);
}

void BudgetPanel::chooseMode(int index)
{
    const PlanInputs &inputs = m_document->inputs();
    if (index == 1 && !inputs.fixedJob) {
        // The job starts as the plan on show, so switching changes nothing until the user edits it.
        if (m_document->hasPlan())
            m_document->setFixedJob(m_document->plan().allocation.params, m_document->plan().allocation.tokens);
        else
            m_document->setFixedJob(inputs.params, inputs.tokens);
    } else if (index == 0 && inputs.fixedJob) {
        m_document->setBudget(inputs.budgetAmount, inputs.budgetUnit);
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
