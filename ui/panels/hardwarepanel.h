#pragma once
// On what the run trains: the accelerator and how many, the price (a listed cloud offer of that chip,
// the cheapest listed one, or a typed price) and its pricing basis, the precision and utilisation,
// and, folded away, what decides whether the model fits in memory (ZeRO stage, micro-batch, sequence
// length, recomputation). Empty fields take the planner's defaults, shown greyed in the field.

#include "model/plan/planner.h"

#include <QWidget>

#include <string>

#include <functional>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;
class QToolButton;

namespace frontier::ui {

class CountField;
class NumberField;
class PlanDocument;

class HardwarePanel : public QWidget
{
    Q_OBJECT

public:
    explicit HardwarePanel(PlanDocument *document, QWidget *parent = nullptr);

    // The panel's fields in reading order, hidden ones included: the window chains every panel's
    // order into one Tab order.
    QWidgetList tabOrder() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void fillGpus();
    void fillOffers(const std::string &gpuId, Pricing pricing);
    void fillPrecisions(const std::string &gpuId);
    std::string m_offersKey; // what the offer list was last filled for
    int m_gpusRevision = -1; // AppCatalogs::hardwareRevision() the GPU list was filled for
    void chooseGpu(int index);
    void chooseOffer(int index);

    PlanDocument *m_document = nullptr;
    QFormLayout *m_form = nullptr, *m_memoryForm = nullptr;
    QComboBox *m_gpu = nullptr, *m_offer = nullptr, *m_pricing = nullptr, *m_precision = nullptr;
    QComboBox *m_amp = nullptr, *m_zero = nullptr, *m_recompute = nullptr;
    CountField *m_gpuCount = nullptr;
    QSpinBox *m_gpus = nullptr; // the count field's spin box
    NumberField *m_price = nullptr, *m_mfu = nullptr, *m_overhead = nullptr;
    NumberField *m_microBatch = nullptr, *m_sequence = nullptr;
    QToolButton *m_memoryToggle = nullptr;
    QWidget *m_memory = nullptr;
    std::vector<QLabel *> m_labels; // in the order retranslateUi names them
};

} // namespace frontier::ui
