#pragma once
// A whole number in a spin box, as the GPU count is typed, with the message a NumberField gives. A
// bare QSpinBox put a typed 0 back to the last value when focus left, without a word; this field
// says what is wrong while the user types ("must be from 1 to 100,000") and, once the spin box has
// put the last good value back, what happened ("0 is not possible: kept 8"). The message wraps
// within the panel. The wheel turns it only when it has focus; Escape and Ctrl+Z behave as in a
// NumberField (ui/panels/fieldkeys.h).

#include <QWidget>

class QLabel;
class QSpinBox;

namespace frontier::ui {

class CountField : public QWidget
{
    Q_OBJECT

public:
    explicit CountField(QWidget *parent = nullptr);

    QSpinBox *spinBox() const { return m_spin; }
    QLabel *messageLabel() const { return m_message; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // Which message shows, so a change of language says the same one again in the new words.
    enum class Said { Nothing, Range, Kept };

    void checkTyped();
    void finish();
    void say();
    QString rangeText() const;

    QSpinBox *m_spin = nullptr;
    QLabel *m_message = nullptr;
    QString m_refused; // typed text the spin box put back, to say so once editing ends
    QString m_kept;    // the refused text the "kept" message names, and the value kept
    int m_keptValue = 0;
    Said m_said = Said::Nothing;
};

} // namespace frontier::ui
