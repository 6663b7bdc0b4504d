#pragma once
// The File menu's session handling: which file the window shows, whether it has unsaved changes,
// the recent files, a recovery copy of unsaved work, and the last plan remembered between runs.
//
//   Open  -> readSessionFile (refused: a message, the current work untouched) -> document inputs,
//            undo history cleared (a loaded file is a fresh start), chart view restored
//   Save  -> writeSessionFile (QSaveFile: a failure names the path and keeps the old file) -> clean
//   edit  -> undo stack not clean -> title "name[*] — Frontier" marked, recovery copy within 30 s
//   close / New / Open with changes -> Save / Discard / Cancel
//   start -> a recovery copy left by a crash is offered back; otherwise the last plan (Settings)
//
// Every question and file dialog goes through Prompts, which tests replace, and every action has a
// path-taking function (openPath, saveTo) that asks nothing.

#include "model/plan/session.h"
#include "data/appcatalogs.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QTimer;
class QWidget;

namespace frontier::ui {

class CompareDock;
class InferenceDock;
class PlanDocument;
class ServingPanel;

class SessionController : public QObject
{
    Q_OBJECT

public:
    enum class Answer { Save, Discard, Cancel, Yes, No };

    // What the controller asks a person; the defaults show QMessageBox and QFileDialog.
    struct Prompts
    {
        std::function<Answer(const QString &name)> unsavedChanges; // Save, Discard or Cancel
        std::function<Answer()> restoreRecovery;                   // Yes or No
        std::function<void(const QString &title, const QString &text)> error;
        std::function<QString()> openPath;                         // "" = cancelled
        std::function<QString(const QString &suggested)> savePath; // "" = cancelled
    };

    static constexpr int kRecoveryDelayMs = 30000; // unsaved work is copied at most this long after a change
    static constexpr int kMaxRecentFiles = 8;

    SessionController(QWidget *window, PlanDocument *document, QObject *parent = nullptr);
    ~SessionController() override;

    // New, Open, Open Recent, Save, Save As, then a separator, above `before` (Quit).
    void addActionsTo(QMenu *fileMenu, QAction *before);
    void retranslateUi(); // action texts and the window title
    void setPrompts(Prompts prompts) { m_prompts = std::move(prompts); }
    // Tests shorten the delay to watch the timer write the copy; the window keeps kRecoveryDelayMs.
    void setRecoveryDelay(int ms);

    // The session as the window shows it now, and loading one into the window. Its user catalogue
    // files are read again; one that is now refused is left out, and status() says so.
    Session session() const;
    void load(const Session &session, const QString &path); // and lets the recovery copy go

    QString currentPath() const { return m_path; }
    bool isModified() const;
    QStringList recentFiles() const;
    QString recoveryPath() const;
    bool recoveryPending() const; // the timer runs: a copy is due

    // Ask nothing; report a failure through Prompts::error and return false.
    bool openPath(const QString &path);
    bool saveTo(const QString &path);

    // Ask first when there are unsaved changes; true when the caller may go on (closing, New, Open).
    bool maybeDiscard();
    // The window closes: remember the plan, remove the recovery copy.
    void closing();
    // At start: offer a recovery copy back, else restore the last plan remembered in Settings.
    void restoreAtStart();
    void writeRecovery();

    // The comparison dock whose filters a session keeps and restores (without one, the filters a
    // session was opened with are kept as they were).
    void setCompareDock(CompareDock *dock) { m_compareDock = dock; }
    // The serving panel and the inference dock whose settings a session keeps and restores, in the
    // same way (not undoable: they are views of the plan, not the plan).
    void setServingPanel(ServingPanel *panel) { m_servingPanel = panel; }
    void setInferenceDock(InferenceDock *dock) { m_inferenceDock = dock; }

Q_SIGNALS:
    // A note for the status bar: what loading changed (defaults taken, keys ignored), a restore.
    void status(const QString &text);
    void loaded();

private:
    // load() without touching the recovery copy (restoring from that copy keeps it).
    void apply(const Session &session, const QString &path);
    // The window's catalogues with a session's own files merged over them, to check the session
    // against before anything of the current work changes. Throws InputError naming a refused file;
    // the lenient one then gives the catalogues without them.
    AppCatalogs catalogsWithFiles(const std::vector<std::string> &paths) const;
    AppCatalogs catalogsWithReadableFiles(const std::vector<std::string> &paths) const;
    void newSession();
    void open();
    bool save();
    bool saveAs();
    void rebuildRecentMenu();
    void addRecent(const QString &path);
    void updateTitle();
    void stackChanged();
    void removeRecovery();
    QString displayName() const;

    QWidget *m_window;
    PlanDocument *m_document;
    Prompts m_prompts;
    QString m_path;
    ComparisonFilter m_compare;
    CompareDock *m_compareDock = nullptr;
    std::optional<ServingSettings> m_serving;     // as opened, while there is no serving panel
    ServingPanel *m_servingPanel = nullptr;
    InferenceSettings m_inference;                // as opened, while there is no inference dock
    InferenceDock *m_inferenceDock = nullptr;
    std::string m_runsPath;
    QTimer *m_recoveryTimer = nullptr;
    QAction *m_newAction = nullptr, *m_openAction = nullptr, *m_saveAction = nullptr,
            *m_saveAsAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace frontier::ui
