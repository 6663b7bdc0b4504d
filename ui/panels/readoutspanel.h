#pragma once
// The plan at a glance, for people: model size, tokens, loss, compute, time, money, energy, CO2 and
// memory, formatted by data/peopleformat.h (and, under them, the plan beside a published run) in the language's own grouping. Each readout's tooltip
// gives its formula and where its inputs came from (the setup's sources). The document's problem,
// when the current inputs give no plan, stands on top in red: the figures below are then the last
// plan that worked. Every readout is selectable; "Copy all" puts a plain-text summary on the clipboard.

#include <QWidget>

#include <functional>
#include <vector>

class QFormLayout;
class QLabel;
class QPushButton;

namespace frontier::ui {

class PlanDocument;
class RunComparisonLine;

class ReadoutsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReadoutsPanel(PlanDocument *document, QWidget *parent = nullptr);

    // Every readout as "name: value" lines, what "Copy all" puts on the clipboard.
    QString summary() const;
    // The summary's lines that no row shows: a mixture of experts' counts, a unique-data cap's cost.
    QStringList planNotes() const;
    // More lines for "Copy all" from a panel shown with the readouts (the model shapes), after theirs.
    void addSummarySection(std::function<QString()> section);
    // Every readout, then "Copy all": each value is a Tab stop, so a screen reader reads it.
    QWidgetList tabOrder() const;
    // The width that shows every short readout on one line ("8,160 GPU-hours" wrapped to
    // "GPU-/hours" in a fixed 260 px column); the sentences (equivalents, memory, warnings) wrap.
    int preferredWidth() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Row { Params, Tokens, Ratio, Loss, Flops, GpuHours, WallClock, Cost, Energy, Co2, Equivalents, Memory, Steps, CriticalBatch, Serving, RowCount };

    void retranslateUi();
    void refresh();
    // The serving line: the plan's model at the serving dock's defaults on the plan's offer.
    void refreshServing();
    // Shows `value` and tells a screen reader "caption value" (`spoken`, when the shown form is
    // abbreviated: "6.8 B" is said "6.8 billion"); the tooltip, the formula, is its description.
    void setReadout(Row row, const QString &value, const QString &tip, const QString &spoken = QString());

    PlanDocument *m_document = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_warnings = nullptr;
    QPushButton *m_copy = nullptr;
    RunComparisonLine *m_comparison = nullptr; // the plan beside a published run
    std::vector<QLabel *> m_names, m_values;
    QStringList m_captions; // "Model size:", in the current language
    std::vector<std::function<QString()>> m_sections;
};

} // namespace frontier::ui
