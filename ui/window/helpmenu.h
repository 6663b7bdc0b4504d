#pragma once
// The Help menu: the user guide (F1), the keyboard shortcuts read from the window's own actions,
// About Qt and About Frontier. Each opens a window beside the main one (not modal, so the guide can
// stay open while working), made on first use and raised again after; all follow the language.

#include "ui/window/textdialog.h"

#include <QMenu>

#include <functional>

class QMainWindow;

namespace frontier::ui {

class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    explicit HelpMenu(QMainWindow *window);

    void showUserGuide();
    void showShortcuts();
    void showAbout();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // Shows the dialog, making it first if need be.
    void open(TextDialog *&dialog, const char *objectName, TextDialog::Format format, std::function<QString()> title,
              std::function<QString()> text);

    QMainWindow *m_window = nullptr;
    QAction *m_guideAction = nullptr, *m_shortcutsAction = nullptr, *m_aboutQtAction = nullptr,
            *m_aboutAction = nullptr;
    TextDialog *m_guide = nullptr, *m_shortcuts = nullptr, *m_about = nullptr;
};

} // namespace frontier::ui
