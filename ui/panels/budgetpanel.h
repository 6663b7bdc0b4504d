#pragma once
// What the run may spend: a budget in one of eight units (dollars, GPU-hours, wall-clock hours, days,
// FLOPs, PF-days, kWh, kg CO2), a fixed job of N parameters and D tokens, or a target loss (the
// cheapest compute-optimal run that reaches it). Switching unit or mode keeps the plan on show: the
// amount is rewritten in the new unit, the job starts as the current plan, the target as its loss.

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;

namespace frontier::ui {

class NumberField;
class PlanDocument;

class BudgetPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BudgetPanel(PlanDocument *document, QWidget *parent = nullptr);

    // The panel's fields in reading order, hidden ones included: the window chains every panel's
    // order into one Tab order.
    QWidgetList tabOrder() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void chooseMode(int index);
    void chooseUnit(int index);
    void commitAmount(double amount);

    PlanDocument *m_document = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_modeLabel = nullptr, *m_amountLabel = nullptr, *m_unitLabel = nullptr;
    QLabel *m_paramsLabel = nullptr, *m_tokensLabel = nullptr, *m_targetLabel = nullptr;
    QComboBox *m_mode = nullptr, *m_unit = nullptr;
    NumberField *m_amount = nullptr, *m_params = nullptr, *m_tokens = nullptr, *m_target = nullptr;
};

} // namespace frontier::ui
