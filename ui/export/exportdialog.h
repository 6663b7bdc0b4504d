#pragma once
// File ▸ Export…: which chart, the file (its suffix is the format: PNG, SVG, PDF or CSV), the size
// in pixels and, for PNG, the scale. The dialog only asks; whoever opens it does the export through
// `run`, and a failure is shown in the dialog (which stays open) rather than in a second box.

#include "ui/export/exporttargets.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace frontier::ui {

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `run` exports and returns an empty string, or the reason it could not.
    using Run = std::function<QString(const ExportRequest &)>;

    ExportDialog(QSize chartSize, Run run, QWidget *parent = nullptr);

    ExportRequest request() const;
    void setRequest(const ExportRequest &request);
    QString error() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void chooseFile();
    void targetChanged();

    Run m_run;
    QComboBox *m_chart = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_chartLabel = nullptr, *m_pathLabel = nullptr, *m_sizeLabel = nullptr, *m_scaleLabel = nullptr;
};

} // namespace frontier::ui
