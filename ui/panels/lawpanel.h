#pragma once
// Which scaling law plans the run, and its constants: each shown with the value planned with, the
// published (or fitted) value and where it comes from. Typing a value makes an override (one undo
// step); overridden constants are marked, and "Reset constants" puts the published ones back.

#include <QWidget>

#include <string>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace frontier::ui {

class PlanDocument;

class LawPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LawPanel(PlanDocument *document, QWidget *parent = nullptr);

    // The panel's fields in reading order, hidden ones included: the window chains every panel's
    // order into one Tab order.
    QWidgetList tabOrder() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Column { NameColumn, ValueColumn, PublishedColumn, SourceColumn, ColumnCount };

    void retranslateUi();
    void refresh();
    void fillLaws();
    void fillConstants();
    void editValue(QTableWidgetItem *item);
    void refuse(QTableWidgetItem *item, const QString &problem);
    QTableWidgetItem *cell(int row, int column, bool editable);

    PlanDocument *m_document = nullptr;
    QLabel *m_lawLabel = nullptr;
    QComboBox *m_law = nullptr;
    QLabel *m_citation = nullptr;
    QLabel *m_dataRange = nullptr; // the span of the runs the law was fitted on
    QTableWidget *m_table = nullptr;
    std::string m_lawsKey; // the law list as last filled, and the law chosen
    QLabel *m_error = nullptr;
    QPushButton *m_reset = nullptr;
};

} // namespace frontier::ui
