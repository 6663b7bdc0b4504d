#pragma once
// A combo box that does not widen the inputs column: it shows what fits in a few characters, and
// its popup widens to show every entry whole (laws, offers and grid datasets have long names).
// The policy is set at creation on purpose: QComboBox caches its minimum size hint the first time a
// layout asks, and a later change of policy or length does not clear that cache. It takes the mouse
// wheel only when focused (wheelguard.h).

class QComboBox;
class QWidget;

namespace frontier::ui {

QComboBox *compactCombo(QWidget *parent, int characters = 12);

} // namespace frontier::ui
