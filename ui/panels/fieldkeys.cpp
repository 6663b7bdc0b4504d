#include "ui/panels/fieldkeys.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace frontier::ui {

namespace {

class FieldKeyFilter : public QObject
{
public:
    FieldKeyFilter(QLineEdit *edit, FieldKeys keys)
        : QObject(edit)
        , m_keys(std::move(keys))
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undoKey = key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo);
        if (undoKey && event->type() == QEvent::ShortcutOverride && !m_keys.pending()) {
            // Not claimed by the edit: the shortcut map then runs the window's Undo or Redo.
            event->ignore();
            return true;
        }
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier && m_keys.pending()) {
            if (event->type() == QEvent::KeyPress)
                m_keys.restore();
            event->accept(); // claimed as an override too, so no Escape shortcut fires first
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    FieldKeys m_keys;
};

} // namespace

void handleFieldKeys(QLineEdit *edit, FieldKeys keys)
{
    edit->installEventFilter(new FieldKeyFilter(edit, std::move(keys)));
}

} // namespace frontier::ui
