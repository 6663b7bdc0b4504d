#pragma once
// The window's export and report actions, kept out of MainWindow: File ▸ Export… (a chart or its
// data to PNG, SVG, PDF or CSV, through ExportDialog and ui/export/chartexport.h) and Edit ▸ Copy
// report / Copy report as LaTeX (the plan as a paragraph with its sources, model/plan/report.h).
// The window creates one and hands it the menus; everything else happens here.

#include "model/plan/report.h"
#include "ui/export/exportdialog.h"

#include <QObject>

class QAction;
class QMenu;

namespace frontier::ui {

class AllocationChart;
class CompareDock;
class LossChart;
class PlanDocument;

class ExportActions : public QObject
{
    Q_OBJECT

public:
    // `window` parents the dialog and carries the language changes.
    // `compare` says which offers and metric a comparison export shows (it need not be open).
    ExportActions(PlanDocument *document, LossChart *loss, AllocationChart *allocation, CompareDock *compare,
                  QWidget *window);

    void addTo(QMenu *fileMenu, QMenu *editMenu);

    // What the dialog's OK does: an empty string, or why the file was not written.
    QString exportTo(const ExportRequest &request);
    // The document's plan as a paragraph in the current language; empty while the inputs give no plan.
    QString reportText(ReportFormat format) const;

    QAction *exportAction() const { return m_export; }
    QAction *copyReportAction() const { return m_copyMarkdown; }
    QAction *copyLatexAction() const { return m_copyLatex; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void openDialog();
    void copyReport(ReportFormat format);
    void updateEnabled();

    PlanDocument *m_document;
    LossChart *m_loss;
    AllocationChart *m_allocation;
    CompareDock *m_compare;
    QWidget *m_window;
    QAction *m_export = nullptr;
    QAction *m_copyMarkdown = nullptr;
    QAction *m_copyLatex = nullptr;
    ExportRequest m_last; // the dialog opens with the previous choices
};

} // namespace frontier::ui
