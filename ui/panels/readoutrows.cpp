#include "ui/panels/readoutrows.h"

#include <QFormLayout>
#include <QLabel>

namespace frontier::ui {

ReadoutRows::ReadoutRows(QFormLayout *form, QWidget *parent, std::initializer_list<const char *> objectNames)
    : m_form(form)
{
    for (const char *objectName : objectNames) {
        auto *name = new QLabel(parent);
        auto *value = new QLabel(parent);
        value->setObjectName(QLatin1String(objectName));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setFocusPolicy(Qt::StrongFocus);
        value->setWordWrap(true);
        name->setBuddy(value);
        form->addRow(name, value);
        m_names.push_back(name);
        m_values.push_back(value);
    }
}

void ReadoutRows::setNames(const QStringList &names)
{
    for (int row = 0; row < count() && row < names.size(); ++row)
        m_names[size_t(row)]->setText(names[row]);
}

void ReadoutRows::setValue(int row, const QString &value, const QString &tip)
{
    QLabel *label = m_values[size_t(row)];
    label->setText(value);
    label->setToolTip(tip);
    label->setAccessibleName(m_names[size_t(row)]->text() + QLatin1Char(' ') + value);
    m_names[size_t(row)]->setToolTip(tip);
}

void ReadoutRows::setRowsVisible(bool visible)
{
    for (int row = 0; row < count(); ++row)
        setRowVisible(row, visible);
}

void ReadoutRows::setRowVisible(int row, bool visible)
{
    m_form->setRowVisible(m_values[size_t(row)], visible);
}

QWidgetList ReadoutRows::values() const
{
    return QWidgetList(m_values.begin(), m_values.end());
}

QStringList ReadoutRows::lines() const
{
    QStringList lines;
    for (int row = 0; row < count(); ++row)
        if (!m_values[size_t(row)]->isHidden())
            lines << m_names[size_t(row)]->text() + QLatin1Char(' ') + m_values[size_t(row)]->text();
    return lines;
}

void setUpNote(QLabel *label, const char *objectName)
{
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

} // namespace frontier::ui
