#pragma once
// The rows of "name: value" readouts a panel adds to its form. Each value is selectable text and a
// Tab stop, so the keyboard reaches it and a screen reader reads its name with it; its tooltip says
// where the number comes from, on the name too. The batch, unique-data, sparse and serving panels
// all show their answers this way.

#include <QStringList>
#include <QWidgetList>

#include <initializer_list>
#include <vector>

class QFormLayout;
class QLabel;
class QWidget;

namespace frontier::ui {

class ReadoutRows
{
public:
    // One row per object name ("batchStepsReadout", ...), appended to `form`, labels owned by `parent`.
    ReadoutRows(QFormLayout *form, QWidget *parent, std::initializer_list<const char *> objectNames);

    int count() const { return int(m_values.size()); }
    // The names, in row order (retranslation).
    void setNames(const QStringList &names);
    // A row's value, its source as a tooltip, and what a screen reader says: "name value".
    void setValue(int row, const QString &value, const QString &tip = QString());
    void setRowsVisible(bool visible);
    void setRowVisible(int row, bool visible);
    QLabel *name(int row) const { return m_names[size_t(row)]; }
    QLabel *value(int row) const { return m_values[size_t(row)]; }
    // The values, for a panel's Tab order.
    QWidgetList values() const;
    // "name value" of each shown row, for a summary.
    QStringList lines() const;

private:
    QFormLayout *m_form = nullptr;
    std::vector<QLabel *> m_names, m_values;
};

// A note under a panel's readouts (a hint, a source, a finding): wrapped and selectable.
void setUpNote(QLabel *label, const char *objectName);

} // namespace frontier::ui
