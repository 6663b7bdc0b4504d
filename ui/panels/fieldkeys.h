#pragma once
// What a desktop user expects of Escape and Ctrl+Z in a typed field. QLineEdit takes Ctrl+Z for its
// own typing even when it has none to undo, so the window's Undo never ran while a field had focus;
// and Escape did nothing. A field with these keys:
//   Ctrl+Z, Ctrl+Shift+Z  undo and redo the typing while an edit is pending (not yet committed);
//                         otherwise they reach the window's Edit menu, the document's undo stack
//   Escape                throws a pending edit away: the field shows its last good value again
//                         (and its message goes); with nothing pending, Escape goes on (a dialog closes)

#include <functional>

class QLineEdit;

namespace frontier::ui {

struct FieldKeys
{
    std::function<bool()> pending; // does the field hold typing not yet handed on?
    std::function<void()> restore; // show the last good value again
};

void handleFieldKeys(QLineEdit *edit, FieldKeys keys);

} // namespace frontier::ui
