#pragma once
// Inference-aware size (Sardana et al. 2024, model/inference): the tokens the model will serve over
// its life, and the two models that reach the plan's loss side by side: the compute-optimal one (the
// plan's) and the one of least training + serving cost, with their size, training tokens, training
// cost, lifetime serving cost, total and the saving. In dollars when the plan and its serving offer
// have prices, in FLOPs otherwise. The panel shows what its owner (ui/compare/inferencedock.h)
// computed and hands on the user's lifetime tokens; it computes nothing itself.

#include "model/inference/lifetimecost.h"

#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;

namespace frontier::ui {

class NumberField;

// What the panel shows: the comparison at the user's lifetime tokens, or why there is none.
struct InferenceComparison
{
    std::optional<InferenceAwareResult> result;
    bool dollars = false;  // the result's rates are USD per FLOP; else FLOPs (rates of 1)...
    LifetimeObjective unit = LifetimeObjective::Flops; // ...or, in full, the unit the rates count
    QString problem;       // why there is no result (translated)
    QString servingNote;   // how serving is priced (translated)
    QString warning;       // where the law extrapolates for the inference-aware model (translated)
};

class InferencePanel : public QWidget
{
    Q_OBJECT

public:
    explicit InferencePanel(QWidget *parent = nullptr);

    NumberField *tokensField() const { return m_tokens; }
    void setInferenceTokens(double tokens);
    // Where and how serving is priced, and what the least lifetime cost minimises. The owner fills
    // the offers (ui/panels/servingoffers.h) and hears the choices.
    QComboBox *servingModelCombo() const { return m_servingModel; }
    void setServingModel(ServingCostModel model);
    QComboBox *objectiveCombo() const { return m_objective; }
    void setObjective(LifetimeObjective objective);
    QComboBox *offerCombo() const { return m_offer; }
    void setComparison(const InferenceComparison &comparison);
    // The readouts as "name: compute-optimal / inference-aware" lines, for tests and Copy.
    QString summary() const;
    // The field, then each readout: a Tab stop each, so a screen reader reads them.
    QWidgetList tabOrder() const;

Q_SIGNALS:
    void inferenceTokensEdited(double tokens);
    void servingModelChosen(frontier::ServingCostModel model);
    void objectiveChosen(frontier::LifetimeObjective objective);
    void servingOfferChosen(const QString &offerId); // empty: the plan's

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Row { Params, Tokens, TrainingCost, ServingCost, Total, RowCount };
    enum Column { Reference, Optimum, ColumnCount };

    void retranslateUi();
    void refresh();
    QString costText(double value) const;

    NumberField *m_tokens = nullptr;
    QLabel *m_tokensLabel = nullptr;
    QComboBox *m_servingModel = nullptr;
    QLabel *m_servingModelLabel = nullptr;
    QComboBox *m_objective = nullptr;
    QLabel *m_objectiveLabel = nullptr;
    QComboBox *m_offer = nullptr;
    QLabel *m_offerLabel = nullptr;
    QGridLayout *m_grid = nullptr;
    std::vector<QLabel *> m_rowNames;
    std::vector<QLabel *> m_columnNames;
    std::vector<QLabel *> m_values; // row-major, RowCount x ColumnCount
    QLabel *m_saving = nullptr;
    QLabel *m_warning = nullptr; // the extrapolation warning, amber
    QLabel *m_note = nullptr;
    InferenceComparison m_comparison;
};

} // namespace frontier::ui
