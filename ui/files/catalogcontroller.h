#pragma once
// File ▸ Add catalogue… and File ▸ Remove catalogue ▸ FILE: the user's own offers and accelerators
// (CSV or JSON, docs/user-catalogs.md) merged over the built-in catalogues.
//
//   action -> file dialog -> addFile(path): read (size checked first, a bad cell names its line and
//   column) and merged with the files already added -> the document's one undo step -> recompute
//
// A file the model refuses ends in a message box with the translated message, and the catalogues and
// the plan stay as they were. Removing a file a plan used leaves the plan's problem on show. Each
// change is an undo step, so it marks the session modified; the session saves the paths.

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace frontier::ui {

class PlanDocument;

class CatalogController : public QObject
{
    Q_OBJECT

public:
    // `window` parents the dialogs (and this controller).
    CatalogController(PlanDocument *document, QWidget *window);

    // Adds "Add catalogue…" and the "Remove catalogue" submenu to `fileMenu`, before `before`.
    void addActionsTo(QMenu *fileMenu, QAction *before);
    void retranslateUi();

    // What the action does after its file dialog; false (and a message box) when refused.
    bool addFile(const QString &path);
    bool removeFile(const QString &path);

Q_SIGNALS:
    void status(const QString &text); // already translated

private:
    void chooseFile();
    void rebuildRemoveMenu();
    void showError(const QString &text);

    PlanDocument *m_document;
    QWidget *m_window;
    QAction *m_addAction = nullptr;
    QMenu *m_removeMenu = nullptr;
};

} // namespace frontier::ui
