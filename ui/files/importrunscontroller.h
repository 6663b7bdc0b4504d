#pragma once
// File ▸ Import runs… (Ctrl+I): a CSV of the user's own runs becomes a fitted law in the law list.
//
//   action -> file dialog -> readRuns (size checked before reading; a bad cell names its line and
//   column) -> ImportRunsDialog (method, runs to leave out) -> RunFit on a worker thread, with a
//   progress dialog whose Cancel stops it -> the document's one undo step: law added, plan on it,
//   runs drawn on the loss chart.
//
// A file the model refuses, a fit that fails and a fitted law that makes no sense each end in a
// message box with the translated message; a cancel says so in the status bar. In none of them is
// the document touched. The window gives the action a place in its File menu and shows status().

#include "model/fit/fit.h"

#include <QObject>
#include <QPointer>

#include <vector>

class QAction;
class QProgressDialog;
class QWidget;

namespace frontier::ui {

class ImportRunsDialog;
class PlanDocument;
class RunFit;

class ImportRunsController : public QObject
{
    Q_OBJECT

public:
    // `window` parents the dialogs (and this controller).
    ImportRunsController(PlanDocument *document, QWidget *window);

    QAction *action() const { return m_action; }
    // Reads `path` and asks how to fit it (what the action does after its file dialog).
    void importFile(const QString &path);
    bool fitting() const;
    void retranslateUi();

Q_SIGNALS:
    // A sentence for the status bar (already translated).
    void status(const QString &text);

private:
    void chooseFile();
    void startFit(const QString &path, std::vector<Observation> runs, FitMethod method);
    void addLaw(const FitResult &fit);
    void showError(const QString &text);
    void showProgress(int done, int total);
    void closeProgress();

    PlanDocument *m_document;
    QWidget *m_window;
    QAction *m_action = nullptr;
    RunFit *m_fit = nullptr;
    QPointer<QProgressDialog> m_progress;
    bool m_inSetValue = false;         // inside m_progress->setValue() (which runs the event loop)
    bool m_closeAfterSetValue = false; // the fit ended meanwhile: close once setValue() returns
    // The fit under way: its file, its runs (after leaving some out) and method.
    QString m_path;
    std::vector<Observation> m_runs;
    FitMethod m_method = FitMethod::Hoffmann;
};

} // namespace frontier::ui
