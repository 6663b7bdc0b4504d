#pragma once
// What the window's docks share: each lives under the central widget, starts hidden, and is shown
// and hidden by its toggle in the View menu, with a shortcut; each retranslates on a language change.

#include <QDockWidget>

class QKeySequence;
class QMainWindow;
class QMenu;

namespace frontier::ui {

class BottomDock : public QDockWidget
{
    Q_OBJECT

protected:
    using QDockWidget::QDockWidget;

    // Docks this under `window`'s central widget, hidden, and adds its toggle to `viewMenu`:
    // `actionName` names the toggle for tests and scripts, `shortcut` shows and hides the dock.
    void dockUnder(QMainWindow *window, QMenu *viewMenu, const QString &actionName, const QKeySequence &shortcut);
    void changeEvent(QEvent *event) override;
    // The title and the toggle's text; the subclass's constructor calls it once.
    virtual void retranslateUi() = 0;
};

} // namespace frontier::ui
