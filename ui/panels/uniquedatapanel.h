#pragma once
// Limited unique data (Muennighoff et al. 2023): how many unique tokens there are, and what the plan
// does with them: the epochs it repeats them, what the tokens and parameters are worth under
// repetition, the loss lost against unlimited data, the least loss the data gives at any compute,
// and the paper's findings on the epochs as warnings. Beneath them the window puts a small chart of
// loss against epochs at the plan's budget (ui/charts/epochschart.h). Empty means no cap, the
// default; a cap needs a law with repetition terms (muennighoff2023): any other law says so and offers
// a button that switches to it.
// An edit is one undo step.

#include <QWidget>

#include <memory>

class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace frontier {
class Law;
}

namespace frontier::ui {

class NumberField;
class PlanDocument;
class ReadoutRows;

class UniqueDataPanel : public QWidget
{
    Q_OBJECT

public:
    explicit UniqueDataPanel(PlanDocument *document, QWidget *parent = nullptr);
    ~UniqueDataPanel() override;

    // Shown under the readouts (the window makes it: panels draw no charts).
    void setChart(QWidget *chart);
    // The field, the switch to a law with repetition terms, each readout, the findings, then the chart: a
    // Tab stop each.
    QWidgetList tabOrder() const;

protected:
    void changeEvent(QEvent *event) override;

private:

    void retranslateUi();
    void refresh();
    void commit(std::optional<double> value);
    // The catalogue's first law with repetition terms (muennighoff2023), if any.
    const Law *repeatingLaw() const;

    PlanDocument *m_document = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QFormLayout *m_form = nullptr;
    NumberField *m_unique = nullptr;
    QLabel *m_uniqueLabel = nullptr;
    QLabel *m_hint = nullptr;     // without a cap, or with a law that has no repetition terms
    QPushButton *m_useRepeatingLaw = nullptr; // with such a law: switch to one that has them
    QLabel *m_findings = nullptr; // the paper's findings on the plan's epochs
    std::unique_ptr<ReadoutRows> m_readouts; // epochs, D', N', loss lost, floor
    QWidget *m_chart = nullptr;
};

} // namespace frontier::ui
