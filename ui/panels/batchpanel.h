#pragma once
// The batch the run trains with, in tokens a step or in sequences of the plan's context (the memory
// check's sequence length), and what it means at the plan's loss (Kaplan et al. 2020, Section 5.1):
// the steps the plan's tokens take, S/S_min and E/E_min, Kaplan's critical batch B_crit and what
// twice the batch would cost in data and save in steps. Beneath them the window puts a small chart
// of steps against batch (ui/charts/batchchart.h). Empty means no batch: the plan has no steps.
// An edit is one undo step; the unit is only how the number is typed.

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace frontier::ui {

class NumberField;
class PlanDocument;
class ReadoutRows;

class BatchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BatchPanel(PlanDocument *document, QWidget *parent = nullptr);
    ~BatchPanel() override;

    // Shown under the readouts (the window makes it: panels draw no charts).
    void setChart(QWidget *chart);
    // The field, the unit, each readout, then the chart: a Tab stop each, so a screen reader reads them.
    QWidgetList tabOrder() const;
    // The readouts as "name: value" lines (empty without a batch).
    QString summary() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Unit { Tokens, Sequences };

    void retranslateUi();
    void refresh();
    void commit(std::optional<double> value);
    // Tokens of one sequence: the memory check's sequence length, or the planner's default.
    double context() const;

    PlanDocument *m_document = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QFormLayout *m_form = nullptr;
    NumberField *m_batch = nullptr;
    QComboBox *m_unit = nullptr;
    QLabel *m_batchLabel = nullptr, *m_unitLabel = nullptr;
    QLabel *m_hint = nullptr;   // without a batch: what giving one shows
    QLabel *m_source = nullptr; // where B_crit was read, and the 2020 GPUs' saturation
    std::unique_ptr<ReadoutRows> m_readouts; // steps, tokens, S/S_min, E/E_min, B_crit, twice the batch
    QWidget *m_chart = nullptr;
};

} // namespace frontier::ui
