#pragma once
// A typed number as every panel takes it: a line edit that reads "20k", "1.5e21", "$20,000" through
// parseQuantity, checks the value as the user types, and hands it on only when the edit is finished
// (Enter or leaving the field) and the value is good — one undo step per edit, never per keystroke.
// A bad value keeps its text, gets a red frame and a one-line message under the field (and in the
// tooltip), and nothing is handed on. An optional field may be left empty: "use the default".

#include "model/core/limits.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;

namespace frontier::ui {

class NumberField : public QWidget
{
    Q_OBJECT

public:
    // The check returns the problem with a value in words (already translated), or "" when it is fine.
    using Check = std::function<QString(double)>;

    explicit NumberField(QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    QLabel *errorLabel() const { return m_error; }

    // Names the edit `name` and the message label `name + "Error"`, for tests and assistive tools.
    void setNames(const QString &name, const QString &accessibleName);
    void setCheck(Check check) { m_check = std::move(check); }
    // The plausible range of the value (resources/limits.json), checked before the check above: the
    // same bounds the plan and a session file hold it to, so a value the field takes can be saved
    // and opened again.
    void setRange(std::optional<InputRange> range) { m_range = std::move(range); }
    void setOptional(bool optional) { m_optional = optional; }
    // What an empty optional field means ("default: 0.4"), shown greyed in the field.
    void setPlaceholder(const QString &text);

    // Shows `value` (empty for none) without emitting anything; a field being edited keeps its text.
    void setValue(std::optional<double> value);
    bool isValid() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

Q_SIGNALS:
    // A finished edit with a good value that differs from what was shown (nullopt: emptied).
    void committed(std::optional<double> value);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The value of the text, or the problem with it.
    std::optional<double> read(QString *problem) const;
    void validate();
    void finish();
    void showProblem(const QString &problem);

    QLineEdit *m_edit = nullptr;
    QLabel *m_error = nullptr;
    Check m_check;
    std::optional<InputRange> m_range;
    bool m_optional = false;
    QString m_problem;
    QString m_shownText; // what setValue last wrote, so an unchanged field commits nothing
};

} // namespace frontier::ui
