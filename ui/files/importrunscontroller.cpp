#include "ui/files/importrunscontroller.h"

#include "data/lawnames.h"
#include "model/core/errors.h"
#include "model/core/numbers.h"
#include "data/messagetext.h"
#include "data/resourcedata.h"
#include "data/runsfile.h"
#include "ui/document/plandocument.h"
#include "ui/document/runfit.h"
#include "ui/files/importrunsdialog.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>

namespace frontier::ui {

namespace {

// The published law whose form, capabilities and constant descriptions a fitted law takes.
constexpr const char *kFittedForm = "hoffmann2022";

} // namespace

ImportRunsController::ImportRunsController(PlanDocument *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window), m_action(new QAction(this)),
      m_fit(new RunFit(this))
{
    setObjectName(QStringLiteral("importRunsController"));
    m_action->setObjectName(QStringLiteral("importRunsAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_action, &QAction::triggered, this, &ImportRunsController::chooseFile);
    connect(m_fit, &RunFit::progressed, this, &ImportRunsController::showProgress);
    connect(m_fit, &RunFit::succeeded, this, [this](const FitResult &fit) {
        closeProgress();
        addLaw(fit);
    });
    connect(m_fit, &RunFit::cancelled, this, [this] {
        closeProgress();
        Q_EMIT status(tr("Import of %1 cancelled: no law was added").arg(QFileInfo(m_path).fileName()));
    });
    connect(m_fit, &RunFit::failed, this, [this](const Message &message) {
        closeProgress();
        showError(data::messageText(message));
    });
    retranslateUi();
}

void ImportRunsController::retranslateUi()
{
    m_action->setText(tr("&Import runs…"));
    m_action->setStatusTip(
        tr("Fit a scaling law to your own training runs (a CSV of parameters, tokens or FLOPs, and loss)"));
}

bool ImportRunsController::fitting() const
{
    return m_fit->running();
}

void ImportRunsController::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import runs"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void ImportRunsController::importFile(const QString &path)
{
    if (fitting())
        return; // one fit at a time; the progress dialog is showing
    const FitProcedure &procedure = data::fitProcedure();
    std::vector<Observation> runs;
    try {
        runs = data::readRuns(path, procedure.limits);
    } catch (const InputError &e) {
        showError(data::messageText(e.message()));
        return;
    }
    auto *dialog = new ImportRunsDialog(QFileInfo(path).fileName(), int(runs.size()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path, runs = std::move(runs)]() mutable {
        startFit(path, excludeHighestLoss(std::move(runs), dialog->excludeHighest()), dialog->method());
    });
    dialog->open();
}

void ImportRunsController::startFit(const QString &path, std::vector<Observation> runs, FitMethod method)
{
    m_path = path;
    m_runs = runs;
    m_method = method;
    m_progress = new QProgressDialog(
        tr("Fitting L(N, D) to %n runs from %1…", nullptr, int(runs.size())).arg(QFileInfo(path).fileName()),
        tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Import runs"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, m_fit, &RunFit::cancel);
    m_progress->show();
    m_fit->start(std::move(runs), data::fitProcedure(), method);
}

void ImportRunsController::showProgress(int done, int total)
{
    // Reports are queued from the worker: one can arrive after the fit's end has closed the dialog
    // (m_progress is then null), or the end can arrive inside setValue(), which runs the event loop
    // for a modal dialog. A close asked for meanwhile waits until setValue() has returned: the
    // dialog is never deleted under it.
    if (!m_progress || m_inSetValue)
        return;
    m_inSetValue = true;
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    m_inSetValue = false;
    if (m_closeAfterSetValue) {
        m_closeAfterSetValue = false;
        closeProgress();
    }
}

void ImportRunsController::closeProgress()
{
    if (m_inSetValue) {
        m_closeAfterSetValue = true;
        return;
    }
    // Let go of the dialog at once: it is deleted later (WA_DeleteOnClose), and a late report must
    // not reach it in between.
    QProgressDialog *progress = m_progress;
    m_progress = nullptr;
    if (progress) {
        // Closing is not cancelling: keep the dialog's own canceled() from reaching the next fit.
        disconnect(progress, nullptr, m_fit, nullptr);
        progress->close();
    }
}

void ImportRunsController::addLaw(const FitResult &fit)
{
    const std::string fileName = QFileInfo(m_path).fileName().toStdString();
    const std::string id = freeFittedId(m_document->catalogs(), fileName, m_method);
    try {
        Law law =
            fittedLaw(fit, m_document->catalogs().law(kFittedForm), id, fileName, m_method, m_runs);
        const QString name = data::lawName(law);
        m_document->importFittedLaw(std::move(law), ImportedRuns{m_path.toStdString(), m_runs},
                                    tr("Import runs from %1").arg(QFileInfo(m_path).fileName()));
        QString text = tr("Fitted: %1 — E = %2, A = %3, B = %4, alpha = %5, beta = %6")
                           .arg(name, QString::fromStdString(formatNumber(fit.E, 5)),
                                QString::fromStdString(formatNumber(fit.A, 5)),
                                QString::fromStdString(formatNumber(fit.B, 5)),
                                QString::fromStdString(formatNumber(fit.alpha, 4)),
                                QString::fromStdString(formatNumber(fit.beta, 4)));
        for (const Message &warning : fit.warnings)
            text += QStringLiteral("; ") + data::messageText(warning);
        Q_EMIT status(text);
    } catch (const InputError &e) {
        // The fit's own warning says why better than the law's refusal ("constant alpha must be positive").
        showError(data::messageText(fit.warnings.empty() ? e.message() : fit.warnings.front()));
    }
}

void ImportRunsController::showError(const QString &text)
{
    // Not modal-blocking (open(), not exec()): the window's event loop runs on, and tests can read it.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Import runs"),
                        tr("The runs were not imported; the plan is unchanged."), QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("importErrorBox"));
    box->setInformativeText(text);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT status(text);
}

} // namespace frontier::ui
