#include "ui/files/sessioncontroller.h"

#include "model/core/errors.h"
#include "ui/compare/comparedock.h"
#include "ui/compare/inferencedock.h"
#include "ui/panels/servingpanel.h"
#include "data/resourcedata.h"
#include "model/runs/knownruns.h"
#include "data/messagetext.h"
#include "ui/document/plandocument.h"
#include "data/sessionfile.h"
#include "ui/files/settings.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <QWidget>

namespace frontier::ui {

namespace {

// The serving panel's request as a session keeps it, and back.
ServingSettings servingSettings(const ServingRequest &request, std::optional<double> lossPenalty)
{
    return {request.compression.bitsPerWeight, request.compression.prunedFraction, request.load.contextTokens,
            request.load.batch, request.offerId, request.pricing, lossPenalty};
}

ServingRequest servingRequest(const ServingSettings &settings)
{
    ServingRequest request;
    request.compression = {settings.bitsPerWeight, settings.prunedFraction};
    request.load = {settings.contextTokens, settings.batch};
    request.offerId = settings.offer;
    request.pricing = settings.pricing;
    return request;
}

QString sessionFilter()
{
    return SessionController::tr("Frontier sessions (*.json);;All files (*)");
}

SessionController::Prompts dialogPrompts(QWidget *window)
{
    using Answer = SessionController::Answer;
    SessionController::Prompts p;
    p.unsavedChanges = [window](const QString &name) {
        const auto button = QMessageBox::warning(
            window, SessionController::tr("Unsaved changes"),
            SessionController::tr("%1 has changes that are not saved. Save them first?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return button == QMessageBox::Save      ? Answer::Save
               : button == QMessageBox::Discard ? Answer::Discard
                                                : Answer::Cancel;
    };
    p.restoreRecovery = [window] {
        const auto button = QMessageBox::question(
            window, SessionController::tr("Restore unsaved work?"),
            SessionController::tr(
                "Frontier did not close normally last time. Restore the changes that were not saved?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        return button == QMessageBox::Yes ? Answer::Yes : Answer::No;
    };
    p.error = [window](const QString &title, const QString &text) {
        QMessageBox::warning(window, title, text);
    };
    p.openPath = [window] {
        return QFileDialog::getOpenFileName(window, SessionController::tr("Open session"), QString(),
                                            sessionFilter());
    };
    p.savePath = [window](const QString &suggested) {
        return QFileDialog::getSaveFileName(window, SessionController::tr("Save session"), suggested,
                                            sessionFilter());
    };
    return p;
}

} // namespace

SessionController::SessionController(QWidget *window, PlanDocument *document, QObject *parent)
    : QObject(parent), m_window(window), m_document(document), m_prompts(dialogPrompts(window)),
      m_recoveryTimer(new QTimer(this))
{
    m_recoveryTimer->setSingleShot(true);
    m_recoveryTimer->setInterval(kRecoveryDelayMs);
    connect(m_recoveryTimer, &QTimer::timeout, this, &SessionController::writeRecovery);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &SessionController::stackChanged);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &SessionController::updateTitle);
}

// A crash never runs this far; a normal end removes the copy in closing(), so the destructor
// leaves it alone (a test destroys a window without closing it to simulate the crash).
SessionController::~SessionController() = default;

void SessionController::setRecoveryDelay(int ms)
{
    m_recoveryTimer->setInterval(ms);
}

void SessionController::addActionsTo(QMenu *fileMenu, QAction *before)
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setObjectName(QStringLiteral("newAction"));
    connect(m_newAction, &QAction::triggered, this, &SessionController::newSession);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    connect(m_openAction, &QAction::triggered, this, &SessionController::open);
    m_recentMenu = new QMenu(fileMenu);
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &SessionController::rebuildRecentMenu);
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    connect(m_saveAction, &QAction::triggered, this, &SessionController::save);
    m_saveAsAction = new QAction(this);
    m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveAsAction->setObjectName(QStringLiteral("saveAsAction"));
    connect(m_saveAsAction, &QAction::triggered, this, &SessionController::saveAs);

    fileMenu->insertAction(before, m_newAction);
    fileMenu->insertAction(before, m_openAction);
    fileMenu->insertMenu(before, m_recentMenu);
    fileMenu->insertAction(before, m_saveAction);
    fileMenu->insertAction(before, m_saveAsAction);
    fileMenu->insertSeparator(before);
    rebuildRecentMenu();
    retranslateUi();
}

void SessionController::retranslateUi()
{
    if (m_newAction) {
        m_newAction->setText(tr("&New"));
        m_openAction->setText(tr("&Open…"));
        m_recentMenu->setTitle(tr("Open &Recent"));
        m_saveAction->setText(tr("&Save"));
        m_saveAsAction->setText(tr("Save &As…"));
    }
    updateTitle();
}

QString SessionController::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

void SessionController::updateTitle()
{
    // "[*]" is where Qt shows the modified mark; the program's own title (the window's text, already
    // translated) follows the file's name.
    static const char *const kProgram =
        QT_TRANSLATE_NOOP("frontier::ui::MainWindow", "Frontier — compute-optimal model size");
    const QString program = QCoreApplication::translate("frontier::ui::MainWindow", kProgram);
    m_window->setWindowTitle(tr("%1[*] — %2").arg(displayName(), program));
    m_window->setWindowModified(isModified());
}

bool SessionController::isModified() const
{
    return !m_document->undoStack()->isClean();
}

Session SessionController::session() const
{
    Session s;
    s.inputs = m_document->inputs();
    s.chart = m_document->chartView();
    s.compare = m_compareDock ? m_compareDock->view().filter : m_compare;
    s.serving = m_servingPanel ? servingSettings(m_servingPanel->request(), m_servingPanel->lossPenalty()) : m_serving;
    s.inference = m_inferenceDock ? InferenceSettings{m_inferenceDock->inferenceTokens(), m_inferenceDock->servingOffer(),
                                                      m_inferenceDock->servingModel(), m_inferenceDock->objective()}
                                  : m_inference;
    s.comparedRun = m_document->comparedRun();
    s.runsPath = m_runsPath;
    s.userCatalogPaths = m_document->catalogs().userCatalogPaths();
    return s;
}

void SessionController::load(const Session &session, const QString &path)
{
    apply(session, path);
    m_recoveryTimer->stop();
    removeRecovery(); // a copy of work the user has just let go of would be offered back after a crash
}

void SessionController::apply(const Session &session, const QString &path)
{
    // The session's own catalogue files first: its offer may be one of theirs.
    std::vector<UserCatalog> files;
    QStringList refused;
    for (const std::string &file : session.userCatalogPaths)
        try {
            files.push_back(AppCatalogs::readUserCatalog(file));
        } catch (const InputError &e) {
            refused << data::messageText(e.message());
        }
    try {
        m_document->load(session, std::move(files));
    } catch (const InputError &e) { // the files do not merge: the session without them
        refused << data::messageText(e.message());
        m_document->load(session, {});
    }
    m_compare = session.compare;
    if (m_compareDock)
        m_compareDock->setFilters(session.compare);
    // The docks' settings, or their defaults for a session saved before they were kept (and for New).
    m_serving = session.serving;
    if (m_servingPanel) {
        if (session.serving)
            m_servingPanel->setRequest(servingRequest(*session.serving), session.serving->lossPenalty);
        else
            m_servingPanel->setRequest(defaultServingRequest(), std::nullopt);
    }
    m_inference = session.inference;
    if (m_inferenceDock) {
        const InferenceSettings &i = session.inference;
        m_inferenceDock->setInferenceTokens(i.lifetimeTokens.value_or(data::servingAssumptions().exampleLifetimeTokens));
        m_inferenceDock->setServingOffer(i.servingOffer);
        m_inferenceDock->setServingModel(i.servingModel.value_or(InferenceDock::kDefaultServingModel));
        m_inferenceDock->setObjective(i.objective.value_or(InferenceDock::kDefaultObjective));
    }
    m_document->setComparedRun(session.comparedRun.empty() ? std::string(kDefaultReferenceRun) : session.comparedRun);
    m_runsPath = session.runsPath;
    m_path = path;
    updateTitle();
    if (!refused.isEmpty())
        Q_EMIT status(tr("Left out catalogue files: %1").arg(refused.join(QStringLiteral("; "))));
    Q_EMIT loaded();
}

AppCatalogs SessionController::catalogsWithFiles(const std::vector<std::string> &paths) const
{
    AppCatalogs withFiles = m_document->catalogs();
    std::vector<UserCatalog> files;
    for (const std::string &file : paths)
        files.push_back(AppCatalogs::readUserCatalog(file));
    withFiles.setUserCatalogs(std::move(files));
    return withFiles;
}

AppCatalogs SessionController::catalogsWithReadableFiles(const std::vector<std::string> &paths) const
{
    try {
        return catalogsWithFiles(paths);
    } catch (const InputError &) {
        return m_document->catalogs(); // without them: the session's check names the offer that is missing
    }
}

bool SessionController::openPath(const QString &path)
{
    try {
        // The session is checked against the catalogues with its own files in them; a file that is
        // missing or refused stops the opening here, before anything of the current work changes.
        const std::vector<std::string> paths = sessionUserCatalogPaths(path);
        const AppCatalogs withFiles = [&] {
            try {
                return catalogsWithFiles(paths);
            } catch (const InputError &e) {
                throw SessionFileError(tr("%1: %2").arg(QDir::toNativeSeparators(path), data::messageText(e.message())));
            }
        }();
        LoadedSession file = readSessionFile(path, withFiles.sessionCatalogs());
        file.session.userCatalogPaths = paths; // relative ones taken from the session's folder
        load(file.session, QFileInfo(path).absoluteFilePath());
        addRecent(m_path);
        QStringList notes;
        for (const auto &note : file.notes)
            notes << data::messageText(note);
        // Its catalogue files' too (an unknown key, ignored), as adding one of them says.
        for (const UserCatalog &catalog : withFiles.userCatalogs())
            for (const Message &note : catalog.notes)
                notes << data::messageText(note);
        if (!notes.isEmpty())
            Q_EMIT status(tr("Opened %1: %2").arg(displayName(), notes.join(QStringLiteral("; "))));
        return true;
    } catch (const SessionFileError &e) {
        m_prompts.error(tr("Cannot open the session"), e.text());
        return false;
    }
}

bool SessionController::saveTo(const QString &path)
{
    try {
        writeSessionFile(path, session());
    } catch (const SessionFileError &e) {
        m_prompts.error(tr("Cannot save the session"), e.text());
        return false;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    m_document->undoStack()->setClean();
    removeRecovery();
    addRecent(m_path);
    updateTitle();
    return true;
}

bool SessionController::save()
{
    return m_path.isEmpty() ? saveAs() : saveTo(m_path);
}

bool SessionController::saveAs()
{
    const QString suggested =
        m_path.isEmpty() ? QDir::home().filePath(tr("untitled") + QStringLiteral(".json")) : m_path;
    const QString path = m_prompts.savePath(suggested);
    return !path.isEmpty() && saveTo(path);
}

bool SessionController::maybeDiscard()
{
    if (!isModified())
        return true;
    switch (m_prompts.unsavedChanges(displayName())) {
    case Answer::Save:
        return save();
    case Answer::Discard:
        return true;
    default:
        return false;
    }
}

void SessionController::newSession()
{
    if (!maybeDiscard())
        return;
    load(Session{}, QString());
}

void SessionController::open()
{
    if (!maybeDiscard())
        return;
    const QString path = m_prompts.openPath();
    if (!path.isEmpty())
        openPath(path);
}

QStringList SessionController::recentFiles() const
{
    return Settings::recentFiles.value();
}

void SessionController::addRecent(const QString &path)
{
    QStringList files = Settings::recentFiles.value();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    Settings::recentFiles.set(files);
    rebuildRecentMenu(); // an empty submenu is disabled and never shown, so never rebuilt on show
}

void SessionController::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeDiscard())
                openPath(path);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

// ---- recovery and the last plan ---------------------------------------------------------------------

QString SessionController::recoveryPath() const
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery.json"));
}

bool SessionController::recoveryPending() const
{
    return m_recoveryTimer->isActive();
}

void SessionController::stackChanged()
{
    updateTitle();
    if (!isModified()) {
        m_recoveryTimer->stop();
        // Undone back to what is saved: nothing to recover. An emptied stack is a load (which
        // handles the copy itself) or the document being destroyed, which must leave the copy be.
        if (m_document->undoStack()->count() > 0)
            removeRecovery();
    } else if (!m_recoveryTimer->isActive()) {
        m_recoveryTimer->start(); // the first unsaved change starts the clock; later ones ride on it
    }
}

void SessionController::writeRecovery()
{
    m_recoveryTimer->stop();
    if (!isModified())
        return;
    QDir().mkpath(QFileInfo(recoveryPath()).absolutePath());
    try {
        writeSessionFile(recoveryPath(), session());
    } catch (const SessionFileError &e) {
        Q_EMIT status(e.text()); // the work itself is still there; say the safety net is missing
    }
}

void SessionController::removeRecovery()
{
    QFile::remove(recoveryPath());
}

void SessionController::closing()
{
    m_recoveryTimer->stop();
    removeRecovery();
    Session last = session();
    Settings::lastSession.set(QString::fromStdString(sessionJson(last)));
}

void SessionController::restoreAtStart()
{
    const QString recovery = recoveryPath();
    if (QFileInfo::exists(recovery)) {
        const bool restore = m_prompts.restoreRecovery() == Answer::Yes;
        if (restore) {
            try {
                const AppCatalogs withFiles = catalogsWithReadableFiles(sessionUserCatalogPaths(recovery));
                const LoadedSession file = readSessionFile(recovery, withFiles.sessionCatalogs());
                // The copy stays where it is until the work is saved or a newer copy replaces it: a
                // second crash, before any timer has fired, must find it again.
                apply(file.session, QString());
                m_document->undoStack()->resetClean(); // restored work is unsaved work
                updateTitle();
                Q_EMIT status(tr("Restored the unsaved work of the last run"));
                return;
            } catch (const SessionFileError &e) {
                m_prompts.error(tr("Cannot restore the unsaved work"), e.text());
            }
        }
        removeRecovery();
    }
    const QString last = Settings::lastSession.value();
    if (last.isEmpty())
        return;
    try {
        std::vector<Message> notes;
        const std::string text = last.toStdString();
        // Checked against the catalogues with its own files in them, as when it was the window's.
        const AppCatalogs withFiles = catalogsWithReadableFiles(sessionUserCatalogPaths(text, QDir::home()));
        load(parseSession(text, withFiles.sessionCatalogs(), notes), QString());
    } catch (const InputError &e) {
        Q_EMIT status(tr("The last plan could not be restored (%1); the defaults are shown")
                          .arg(data::messageText(e.message())));
    }
}

} // namespace frontier::ui
