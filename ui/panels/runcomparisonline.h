#pragma once
// Under the readouts: the plan beside a published run people know, "Your plan uses 1/40 of GPT-3
// 175B's compute and 1/60 of its CO2", with the run chosen in a small list (GPT-3 at first). The CO2
// part is left out, and the reason said, where the run published no CO2 or the plan has no grid
// intensity. The tooltip gives the run's figures and their sources. The choice is a way of looking at
// the plan, not part of it: the document keeps it outside the undo history, and a session keeps it
// as "compared_run".

#include <QWidget>

class QComboBox;
class QLabel;

namespace frontier::ui {

class PlanDocument;

class RunComparisonLine : public QWidget
{
    Q_OBJECT

public:
    explicit RunComparisonLine(PlanDocument *document, QWidget *parent = nullptr);

    // The sentence as shown, and the id of the run it compares with.
    QString text() const;
    QString runId() const;
    void setRunId(const QString &id);
    // The label and the list, for the readouts' Tab order.
    QWidgetList tabOrder() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();

    PlanDocument *m_document;
    QLabel *m_caption;
    QComboBox *m_runs;
    QLabel *m_sentence;
};

} // namespace frontier::ui
