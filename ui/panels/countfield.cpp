#include "ui/panels/countfield.h"

#include "data/peopleformat.h"
#include "ui/panels/fieldkeys.h"
#include "ui/panels/textcolor.h"
#include "ui/panels/wheelguard.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace frontier::ui {

CountField::CountField(QWidget *parent)
    : QWidget(parent)
    , m_spin(new QSpinBox(this))
    , m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(m_spin);
    layout->addWidget(m_message);
    m_message->setObjectName(QStringLiteral("countFieldMessage"));
    setToneText(m_message, QColor(0xc6, 0x28, 0x28)); // the red of a NumberField's message
    m_message->setWordWrap(true);
    m_message->hide();
    m_spin->setKeyboardTracking(false); // typed digits commit once, on Enter or leaving the box
    takeWheelOnlyWhenFocused(m_spin);
    setFocusPolicy(Qt::StrongFocus); // a Tab stop for setTabOrder; Tab lands on the spin box
    setFocusProxy(m_spin);

    QLineEdit *edit = m_spin->findChild<QLineEdit *>();
    // The spin box writes its value into the edit afresh (clearing the edit's undo) whenever it
    // takes or shows a value, so typing it has not taken yet is what the edit can undo.
    handleFieldKeys(edit, {[edit] { return edit->isUndoAvailable(); },
                           [this] {
                               m_spin->setValue(m_spin->value()); // writes the value back into the edit
                               m_refused.clear();
                               m_said = Said::Nothing;
                               say();
                           }});
    connect(edit, &QLineEdit::textEdited, this, &CountField::checkTyped);
    connect(m_spin, &QSpinBox::editingFinished, this, &CountField::finish);
}

QString CountField::rangeText() const
{
    return tr("must be a whole number from %1 to %2")
        .arg(data::peopleNumber(m_spin->minimum()), data::peopleNumber(m_spin->maximum()));
}

void CountField::checkTyped()
{
    const QString typed = m_spin->cleanText().trimmed();
    bool whole = false;
    const qlonglong value = typed.toLongLong(&whole);
    const bool good = whole && value >= m_spin->minimum() && value <= m_spin->maximum();
    m_refused = good || typed.isEmpty() ? QString() : typed;
    m_said = good ? Said::Nothing : Said::Range;
    say();
}

void CountField::finish()
{
    // The spin box has already put its last good value back in place of a refused one.
    m_said = m_refused.isEmpty() ? Said::Nothing : Said::Kept;
    m_kept = m_refused;
    m_keptValue = m_spin->value();
    m_refused.clear();
    say();
}

void CountField::say()
{
    QString text;
    switch (m_said) {
    case Said::Nothing: break;
    case Said::Range: text = rangeText(); break;
    case Said::Kept: text = tr("%1 is not possible (%2); kept %3").arg(m_kept, rangeText()).arg(m_keptValue); break;
    }
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_spin->setAccessibleDescription(text);
}

void CountField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        say(); // the same message, in the new language
    QWidget::changeEvent(event);
}

} // namespace frontier::ui
