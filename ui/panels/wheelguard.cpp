#include "ui/panels/wheelguard.h"

#include <QEvent>
#include <QWidget>

namespace frontier::ui {

namespace {

class WheelGuard : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Wheel || static_cast<QWidget *>(watched)->hasFocus())
            return QObject::eventFilter(watched, event);
        // Kept from the field and left unaccepted: QApplication then offers it to the parents, and
        // the scroll area around the panel scrolls.
        event->ignore();
        return true;
    }
};

} // namespace

void takeWheelOnlyWhenFocused(QWidget *field)
{
    field->setFocusPolicy(Qt::StrongFocus); // not Qt::WheelFocus: the wheel does not take focus
    field->installEventFilter(new WheelGuard(field));
}

} // namespace frontier::ui
