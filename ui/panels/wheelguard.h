#pragma once
// Combo boxes and spin boxes change their value on a wheel notch, so scrolling the inputs panel past
// one edited the plan without a word (one notch over Precision cut a 6.8 B model to 1.99 B). A
// guarded field takes the wheel only while it has the keyboard focus; otherwise the wheel goes on to
// the panel, which scrolls. A click or Tab gives the field focus; the wheel alone does not.

class QWidget;

namespace frontier::ui {

void takeWheelOnlyWhenFocused(QWidget *field);

} // namespace frontier::ui
