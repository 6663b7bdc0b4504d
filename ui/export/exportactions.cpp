#include "ui/export/exportactions.h"

#include "model/core/errors.h"
#include "model/plan/planinputs.h"
#include "model/serve/servingreport.h"
#include "ui/charts/allocationchart.h"
#include "ui/export/chartexport.h"
#include "ui/charts/losschart.h"
#include "ui/compare/comparedock.h"
#include "ui/export/exporttargets.h"
#include "data/messagetext.h"
#include "data/reporttext.h"
#include "data/resourcedata.h"
#include "data/servingdata.h"
#include "ui/document/plandocument.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMimeData>
#include <QStatusBar>

namespace frontier::ui {

ExportActions::ExportActions(PlanDocument *document, LossChart *loss, AllocationChart *allocation,
                             CompareDock *compare, QWidget *window)
    : QObject(window), m_document(document), m_loss(loss), m_allocation(allocation), m_compare(compare),
      m_window(window)
{
    setObjectName(QStringLiteral("exportActions"));
    m_export = new QAction(this);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &ExportActions::openDialog);
    m_copyMarkdown = new QAction(this);
    m_copyMarkdown->setObjectName(QStringLiteral("copyReportAction"));
    connect(m_copyMarkdown, &QAction::triggered, this, [this] { copyReport(ReportFormat::Markdown); });
    m_copyLatex = new QAction(this);
    m_copyLatex->setObjectName(QStringLiteral("copyReportLatexAction"));
    connect(m_copyLatex, &QAction::triggered, this, [this] { copyReport(ReportFormat::Latex); });
    connect(document, &PlanDocument::changed, this, &ExportActions::updateEnabled);
    window->installEventFilter(this);
    m_last.path = QStringLiteral("frontier-loss.png");
    m_last.scale = 2;
    retranslateUi();
    updateEnabled();
}

void ExportActions::addTo(QMenu *fileMenu, QMenu *editMenu)
{
    // Just above Quit (the menu's last action), as in most programs.
    QAction *quit = fileMenu->actions().value(fileMenu->actions().size() - 1);
    fileMenu->insertAction(quit, m_export);
    fileMenu->insertSeparator(quit);
    editMenu->addSeparator();
    editMenu->addAction(m_copyMarkdown);
    editMenu->addAction(m_copyLatex);
}

bool ExportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void ExportActions::retranslateUi()
{
    m_export->setText(tr("&Export chart…"));
    m_copyMarkdown->setText(tr("Copy re&port"));
    m_copyLatex->setText(tr("Copy report as &LaTeX"));
}

void ExportActions::updateEnabled()
{
    // While the inputs give no plan, the window shows the last one that worked, whose inputs are gone:
    // a report of it would state the wrong budget.
    const bool current = m_document->hasPlan() && !m_document->problem();
    m_copyMarkdown->setEnabled(current);
    m_copyLatex->setEnabled(current);
}

QString ExportActions::exportTo(const ExportRequest &request)
{
    try {
        exportTarget(*m_document, *m_loss, *m_allocation, m_compare->view(), request);
    } catch (const InputError &e) {
        return data::messageText(e.message());
    }
    m_last = request;
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(tr("Exported to %1").arg(request.path), 5000);
    return {};
}

void ExportActions::openDialog()
{
    ExportRequest start = m_last;
    if (start.size.isEmpty())
        start.size = m_loss->size();
    ExportDialog dialog(
        start.size, [this](const ExportRequest &r) { return exportTo(r); }, m_window);
    dialog.setRequest(start);
    dialog.exec();
}

QString ExportActions::reportText(ReportFormat format) const
{
    if (!m_document->hasPlan() || m_document->problem())
        return {};
    const ResolvedSetup &setup = m_document->setup();
    std::string gpuName;
    try {
        gpuName = m_document->catalogs().catalogs().accelerators.get(setup.gpuId).name;
    } catch (const InputError &) {
    }
    Report report = planReport(m_document->law(), planRequest(m_document->inputs()), setup, m_document->plan(), gpuName,
                               data::knownRuns().find(m_document->comparedRun()));
    addServingSentence(report, m_document->plan(), setup, m_document->law(), m_document->catalogs().catalogs(),
                       data::servingConstants());
    return data::reportText(report, format);
}

void ExportActions::copyReport(ReportFormat format)
{
    const QString text = reportText(format);
    if (text.isEmpty())
        return;
    // Copy report pastes as prose wherever it goes: text/plain carries no Markdown escapes ("\[",
    // "\_"), and an editor that reads Markdown takes the formatted one from text/markdown. LaTeX is
    // meant to be pasted as it is.
    auto *mime = new QMimeData;
    if (format == ReportFormat::Markdown) {
        mime->setText(reportText(ReportFormat::PlainText));
        mime->setData(QStringLiteral("text/markdown"), text.toUtf8());
    } else {
        mime->setText(text);
    }
    QGuiApplication::clipboard()->setMimeData(mime);
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(tr("The plan's report is on the clipboard"), 5000);
}

} // namespace frontier::ui
