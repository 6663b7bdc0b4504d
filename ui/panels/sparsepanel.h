#pragma once
// A mixture of experts for the plan's model: a check box turns it on, then the experts per layer
// and the experts each token uses (top-k). The plan's compute-optimal N becomes the parameters a
// token uses; the readouts show the total and active counts of the plan's Llama shape made sparse
// (model/shape/sparsemodel.h), and the plan says no law gives this model's loss. Beneath them,
// Jaszczur et al. 2021's decode times as cited text (model/shape/sparsedecoding.h), with their
// limits in the tooltip. Each edit is one undo step.

#include "model/shape/sparsedecoding.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace frontier::ui {

class CountField;
class PlanDocument;
class ReadoutRows;

class SparsePanel : public QWidget
{
    Q_OBJECT

public:
    explicit SparsePanel(PlanDocument *document, QWidget *parent = nullptr);
    ~SparsePanel() override;

    // The check box, the two counts and each readout: a Tab stop each.
    QWidgetList tabOrder() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Readout { Total, Active, Loss, ReadoutCount };

    void retranslateUi();
    void refresh();
    void commit();

    PlanDocument *m_document = nullptr;
    QFormLayout *m_form = nullptr;
    QCheckBox *m_enabled = nullptr;
    CountField *m_expertsField = nullptr, *m_topKField = nullptr;
    QSpinBox *m_experts = nullptr, *m_topK = nullptr;
    QLabel *m_expertsLabel = nullptr, *m_topKLabel = nullptr;
    std::unique_ptr<ReadoutRows> m_readouts; // total, active, loss
    QLabel *m_reference = nullptr; // Jaszczur et al. 2021, as cited text
    SparseDecodeStudy m_study;
};

} // namespace frontier::ui
