#include "ui/files/catalogcontroller.h"

#include "model/core/errors.h"
#include "data/messagetext.h"
#include "ui/document/plandocument.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace frontier::ui {

CatalogController::CatalogController(PlanDocument *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window)
{
    m_addAction = new QAction(this);
    m_addAction->setObjectName(QStringLiteral("addCatalogAction"));
    connect(m_addAction, &QAction::triggered, this, &CatalogController::chooseFile);
    m_removeMenu = new QMenu(window);
    m_removeMenu->setObjectName(QStringLiteral("removeCatalogMenu"));
    // The list follows the catalogues, undo and opened sessions included.
    connect(m_document, &PlanDocument::changed, this, &CatalogController::rebuildRemoveMenu);
    retranslateUi();
}

void CatalogController::addActionsTo(QMenu *fileMenu, QAction *before)
{
    fileMenu->insertAction(before, m_addAction);
    fileMenu->insertMenu(before, m_removeMenu);
}

void CatalogController::retranslateUi()
{
    m_addAction->setText(tr("Add &catalogue…"));
    m_addAction->setToolTip(tr("Your own offers or accelerators (CSV or JSON), merged over the built-in ones"));
    m_removeMenu->setTitle(tr("Remove catalo&gue"));
    rebuildRemoveMenu();
}

void CatalogController::rebuildRemoveMenu()
{
    m_removeMenu->clear();
    const auto paths = m_document->catalogs().userCatalogPaths();
    m_removeMenu->setEnabled(!paths.empty());
    for (const std::string &path : paths) {
        const QString file = QString::fromStdString(path);
        QAction *action = m_removeMenu->addAction(QFileInfo(file).fileName());
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setData(file);
        connect(action, &QAction::triggered, this, [this, file] { removeFile(file); });
    }
}

void CatalogController::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Add catalogue"), QString(),
                                                      tr("Catalogues (*.csv *.json);;All files (*)"));
    if (!path.isEmpty())
        addFile(path);
}

bool CatalogController::addFile(const QString &path)
{
    const std::string file = QFileInfo(path).absoluteFilePath().toStdString();
    std::vector<Message> notes;
    try {
        std::vector<UserCatalog> files;
        for (const UserCatalog &f : m_document->catalogs().userCatalogs())
            if (f.file != file) // added again: read anew, and last
                files.push_back(f);
        files.push_back(AppCatalogs::readUserCatalog(file));
        notes = files.back().notes;
        m_document->setUserCatalogs(std::move(files), tr("Add catalogue %1").arg(QFileInfo(path).fileName()));
    } catch (const InputError &e) {
        showError(data::messageText(e.message()));
        return false;
    }
    QString text = tr("Added catalogue %1").arg(QDir::toNativeSeparators(QString::fromStdString(file)));
    for (const Message &note : notes) // an unknown key, ignored: said, as a session's notes are
        text += QStringLiteral("; ") + data::messageText(note);
    Q_EMIT status(text);
    return true;
}

bool CatalogController::removeFile(const QString &path)
{
    const std::string file = path.toStdString();
    try {
        std::vector<UserCatalog> files;
        for (const UserCatalog &f : m_document->catalogs().userCatalogs())
            if (f.file != file)
                files.push_back(f);
        m_document->setUserCatalogs(std::move(files), tr("Remove catalogue %1").arg(QFileInfo(path).fileName()));
    } catch (const InputError &e) {
        showError(data::messageText(e.message()));
        return false;
    }
    return true;
}

void CatalogController::showError(const QString &text)
{
    // Not modal-blocking (open(), not exec()): the window's event loop runs on, and tests can read it.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Catalogue"),
                                tr("The catalogues were not changed; the plan is unchanged."), QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("catalogErrorBox"));
    box->setInformativeText(text);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT status(text);
}

} // namespace frontier::ui
