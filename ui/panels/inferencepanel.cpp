#include "ui/panels/inferencepanel.h"

#include "data/peopleformat.h"
#include "data/resourcedata.h"
#include "ui/panels/numberfield.h"
#include "ui/panels/textcolor.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace frontier::ui {

namespace {

constexpr const char *kRowNames[] = {"Params", "Tokens", "TrainingCost", "ServingCost", "Total"};
constexpr const char *kColumnNames[] = {"Reference", "Optimum"};

// The choices in the order of their combos.
constexpr ServingCostModel kServingModels[] = {ServingCostModel::Decode, ServingCostModel::SardanaMfu};
constexpr LifetimeObjective kObjectives[] = {LifetimeObjective::Usd, LifetimeObjective::Kwh, LifetimeObjective::Co2,
                                             LifetimeObjective::Flops};

template<typename T, std::size_t n>
int indexOf(const T (&choices)[n], T value)
{
    for (std::size_t i = 0; i < n; ++i)
        if (choices[i] == value)
            return int(i);
    return 0;
}


} // namespace

InferencePanel::InferencePanel(QWidget *parent)
    : QWidget(parent)
    , m_tokens(new NumberField(this))
    , m_tokensLabel(new QLabel(this))
    , m_grid(new QGridLayout)
    , m_saving(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_note(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tokens->setRange(data::inputLimits().range("inference_tokens")); // the bound sessions are read with
    m_tokensLabel->setBuddy(m_tokens->edit());
    auto *field = new QHBoxLayout;
    field->addWidget(m_tokensLabel);
    field->addWidget(m_tokens, 1);
    layout->addLayout(field);
    connect(m_tokens, &NumberField::committed, this, [this](std::optional<double> value) {
        if (value)
            Q_EMIT inferenceTokensEdited(*value);
    });

    // Serving offer, what prices a served token, and the unit minimised: one form.
    auto *choices = new QFormLayout;
    const auto addChoice = [&](QComboBox *&combo, QLabel *&label, const char *name, int count) {
        combo = new QComboBox(this);
        combo->setObjectName(QLatin1String(name));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10); // narrow: the dock's readouts column is ~300 px
        for (int i = 0; i < count; ++i)
            combo->addItem(QString());
        label = new QLabel(this);
        label->setBuddy(combo);
        choices->addRow(label, combo);
    };
    addChoice(m_offer, m_offerLabel, "inferenceOfferCombo", 0);
    addChoice(m_servingModel, m_servingModelLabel, "inferenceServingModelCombo", int(std::size(kServingModels)));
    addChoice(m_objective, m_objectiveLabel, "inferenceObjectiveCombo", int(std::size(kObjectives)));
    connect(m_offer, &QComboBox::activated, this,
            [this](int index) { Q_EMIT servingOfferChosen(m_offer->itemData(index).toString()); });
    connect(m_servingModel, &QComboBox::activated, this,
            [this](int index) { Q_EMIT servingModelChosen(kServingModels[index]); });
    connect(m_objective, &QComboBox::activated, this,
            [this](int index) { Q_EMIT objectiveChosen(kObjectives[index]); });

    for (int column = 0; column < ColumnCount; ++column) {
        auto *name = new QLabel(this);
        name->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_columnNames.push_back(name);
        m_grid->addWidget(name, 0, column + 1);
    }
    for (int row = 0; row < RowCount; ++row) {
        auto *name = new QLabel(this);
        m_rowNames.push_back(name);
        m_grid->addWidget(name, row + 1, 0);
        for (int column = 0; column < ColumnCount; ++column) {
            auto *value = new QLabel(this);
            // "inferenceParamsReference", "inferenceTotalOptimum", ...
            value->setObjectName(QStringLiteral("inference%1%2").arg(QLatin1String(kRowNames[row]),
                                                                   QLatin1String(kColumnNames[column])));
            value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            value->setFocusPolicy(Qt::StrongFocus); // a Tab stop, so a screen reader reads it
            m_values.push_back(value);
            m_grid->addWidget(value, row + 1, column + 1);
        }
    }
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    layout->addLayout(m_grid);
    m_saving->setObjectName(QStringLiteral("inferenceSaving"));
    m_saving->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_saving->setFocusPolicy(Qt::StrongFocus);
    m_saving->setWordWrap(true);
    layout->addWidget(m_saving);
    m_warning->setObjectName(QStringLiteral("inferenceWarning"));
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_warning->setFocusPolicy(Qt::StrongFocus);
    m_warning->setWordWrap(true);
    setToneText(m_warning, QColor(0x8a, 0x53, 0x00)); // the readouts' warning amber
    m_warning->hide();
    layout->addWidget(m_warning);
    // The choices under the answer: a short dock shows the comparison first.
    layout->addLayout(choices);
    m_note->setObjectName(QStringLiteral("inferenceNote"));
    m_note->setWordWrap(true);
    m_note->setEnabled(false); // greyed: the assumptions, not a readout
    layout->addWidget(m_note);
    layout->addStretch(1);
    retranslateUi();
}

void InferencePanel::retranslateUi()
{
    m_tokens->setNames(QStringLiteral("inferenceTokensEdit"), tr("Lifetime inference tokens"));
    m_tokensLabel->setText(tr("Lifetime &inference tokens:"));
    m_tokens->edit()->setToolTip(tr("Tokens the model will serve over its life, prompts and answers together "
                                    "(requests × tokens per request)"));
    m_offerLabel->setText(tr("Serving &offer:"));
    m_offer->setAccessibleName(tr("Serving offer"));
    m_offer->setToolTip(tr("The cloud offer that serves the model: its GPU and on-demand price. The plan's "
                           "serves it on the plan's GPU at the plan's price."));
    m_servingModelLabel->setText(tr("Tokens &priced by:"));
    m_servingModel->setAccessibleName(tr("Served tokens priced by"));
    m_servingModel->setItemText(0, tr("Decode speed"));
    m_servingModel->setItemText(1, tr("Sardana's MFU"));
    m_servingModel->setToolTip(
        tr("Decode speed: the serving GPU's memory bandwidth and compute at serving.json's bits, context and batch, "
           "the serving dock's model, so both docks agree on what a token costs. Sardana et al.'s MFU: one average "
           "utilisation (50 % for the prompt, 1 % for the answer) on any GPU; it reproduces the paper's figures."));
    m_objectiveLabel->setText(tr("&Minimise:"));
    m_objective->setAccessibleName(tr("Minimise"));
    m_objective->setItemText(0, tr("Dollars"));
    m_objective->setItemText(1, tr("Energy (kWh)"));
    m_objective->setItemText(2, tr("CO2"));
    m_objective->setItemText(3, tr("FLOPs"));
    m_objective->setToolTip(tr("Each is its own minimisation: the model of least energy is not the model of least "
                               "cost when serving's price and power stand in another ratio to training's."));
    m_columnNames[Reference]->setText(tr("Compute-optimal"));
    m_columnNames[Optimum]->setText(tr("Inference-aware"));
    m_rowNames[Params]->setText(tr("Parameters"));
    m_rowNames[Tokens]->setText(tr("Training tokens"));
    m_rowNames[TrainingCost]->setText(tr("Training"));
    m_rowNames[ServingCost]->setText(tr("Lifetime serving"));
    m_rowNames[Total]->setText(tr("Total"));
    refresh();
}

void InferencePanel::setInferenceTokens(double tokens)
{
    m_tokens->setValue(tokens);
}

void InferencePanel::setComparison(const InferenceComparison &comparison)
{
    m_comparison = comparison;
    refresh();
}

void InferencePanel::setServingModel(ServingCostModel model)
{
    m_servingModel->setCurrentIndex(indexOf(kServingModels, model));
}

void InferencePanel::setObjective(LifetimeObjective objective)
{
    m_objective->setCurrentIndex(indexOf(kObjectives, objective));
}

QString InferencePanel::costText(double value) const
{
    const data::NumberStyle style = data::numberStyle();
    if (m_comparison.dollars)
        return data::peopleDollars(value, style);
    switch (m_comparison.unit) {
    case LifetimeObjective::Usd: return data::peopleDollars(value, style);
    case LifetimeObjective::Kwh: return data::peopleEnergy(value, style);
    case LifetimeObjective::Co2: return tr("%1 CO2").arg(data::peopleMass(value, style));
    case LifetimeObjective::Flops: break;
    }
    return tr("%1 FLOPs").arg(data::peopleNumber(value));
}

void InferencePanel::refresh()
{
    const auto &r = m_comparison.result;
    const data::NumberStyle style = data::numberStyle();
    for (int column = 0; column < ColumnCount; ++column) {
        const auto cell = [&](Row row) { return m_values[std::size_t(int(row) * int(ColumnCount) + column)]; };
        if (!r) {
            for (int row = 0; row < RowCount; ++row)
                cell(Row(row))->setText(QStringLiteral("–"));
            continue;
        }
        const LifetimeModel &m = column == Reference ? r->reference : r->optimum;
        cell(Params)->setText(data::peopleCount(m.params, style));
        cell(Tokens)->setText(data::peopleCount(m.tokens, style));
        cell(TrainingCost)->setText(costText(m.trainingCost(r->rates)));
        cell(ServingCost)->setText(costText(m.servingCost(r->rates)));
        cell(Total)->setText(costText(m.totalCost(r->rates)));
        for (int row = 0; row < RowCount; ++row)
            cell(Row(row))->setAccessibleName(
                tr("%1, %2").arg(m_rowNames[std::size_t(row)]->text(), m_columnNames[std::size_t(column)]->text()));
    }
    if (!r) {
        m_saving->setText(m_comparison.problem);
    } else {
        const double saved = r->reference.totalCost(r->rates) - r->optimum.totalCost(r->rates);
        m_saving->setText(tr("Saving: %1 (%2 % of the compute-optimal model's lifetime cost), with a model %3 the size "
                             "trained on %4 the tokens")
                              .arg(costText(saved), data::peopleNumber(100 * r->fractionSaved()),
                                   tr("%1×").arg(data::peopleNumber(r->optimum.params / r->reference.params)),
                                   tr("%1×").arg(data::peopleNumber(r->optimum.tokens / r->reference.tokens))));
    }
    m_note->setText(m_comparison.servingNote);
    m_warning->setText(m_comparison.warning);
    m_warning->setVisible(!m_comparison.warning.isEmpty());
}

QString InferencePanel::summary() const
{
    QStringList lines;
    for (int row = 0; row < RowCount; ++row)
        lines << QStringLiteral("%1: %2 / %3")
                     .arg(m_rowNames[std::size_t(row)]->text(), m_values[std::size_t(row * int(ColumnCount) + Reference)]->text(),
                          m_values[std::size_t(row * int(ColumnCount) + Optimum)]->text());
    lines << m_saving->text();
    if (!m_comparison.warning.isEmpty())
        lines << m_comparison.warning;
    return lines.join(QLatin1Char('\n'));
}

QWidgetList InferencePanel::tabOrder() const
{
    QWidgetList order{m_tokens->edit()};
    for (QLabel *value : m_values)
        order << value;
    order << m_saving << m_warning << m_offer << m_servingModel << m_objective;
    return order;
}

void InferencePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontier::ui
