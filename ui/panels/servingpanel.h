#pragma once
// Serving (issue 18 §1): what a token of the document's model costs once trained. The user picks the
// bits per weight (16, 8, 4 or typed), the pruned share, the context and batch, the serving offer
// (the plan's by default) and an optional loss penalty of their own; the panel shows the weights, the
// KV cache, the GPUs, decode tokens/s and dollars, kWh and CO2 per million tokens
// (model/serve/servingsetup.h). Each readout's tooltip lists the figures it rests on and their sources.
// No law of quality under compression is invented: Li et al. 2020's finding stands as cited text, and
// the loss shown is the plan's plus the user's own penalty.

#include "model/serve/servingsetup.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;

namespace frontier::ui {

class NumberField;
class PlanDocument;
class ReadoutRows;

// The document's plan served as `request` asks, with serving.json's constants. Throws InputError.
PlanServing serveDocument(const PlanDocument &document, const ServingRequest &request);
// The request the window starts with: serving.json's defaults on the plan's own offer.
ServingRequest defaultServingRequest();

class ServingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ServingPanel(PlanDocument *document, QWidget *parent = nullptr);
    ~ServingPanel() override;

    const ServingRequest &request() const { return m_request; }
    std::optional<double> lossPenalty() const { return m_lossPenalty; }
    // The settings a session restores; the fields and readouts follow.
    void setRequest(const ServingRequest &request, std::optional<double> lossPenalty);
    // The last answer; absent when the current settings give none (the reason is shown instead).
    const std::optional<PlanServing> &serving() const { return m_serving; }

Q_SIGNALS:
    void requestChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Row { Weights, KvCache, Gpus, Speed, Usd, Energy, Co2, Loss, RowCount };

    void retranslateUi();
    void fillOffers();
    void refresh();
    void setReadout(Row row, const QString &value, const QString &tip);

    PlanDocument *m_document = nullptr;
    ServingRequest m_request;
    std::optional<double> m_lossPenalty;
    std::optional<PlanServing> m_serving;
    double m_customBitsValue = 16;  // what "Custom" stands for, the last typed
    std::string m_filledOffer;      // the plan's offer when the offers list was made...
    int m_filledRevision = -1;      // ...and the catalogues' revision
    QComboBox *m_bits = nullptr;
    NumberField *m_customBits = nullptr, *m_pruned = nullptr, *m_context = nullptr, *m_batch = nullptr,
                *m_penalty = nullptr;
    QComboBox *m_offer = nullptr;
    QLabel *m_problem = nullptr, *m_finding = nullptr;
    QFormLayout *m_inputs = nullptr;
    std::unique_ptr<ReadoutRows> m_readouts;
    std::vector<QLabel *> m_inputLabels;
};

} // namespace frontier::ui
