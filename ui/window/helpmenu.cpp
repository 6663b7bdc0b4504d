#include "ui/window/helpmenu.h"

#include "ui/window/aboutfrontier.h"
#include "ui/window/shortcutlist.h"
#include "ui/window/textdialog.h"
#include "ui/window/userguide.h"

#include <QApplication>
#include <QEvent>
#include <QMainWindow>

namespace frontier::ui {

HelpMenu::HelpMenu(QMainWindow *window)
    : QMenu(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("helpMenu"));
    m_guideAction = addAction(QString(), this, &HelpMenu::showUserGuide);
    m_guideAction->setObjectName(QStringLiteral("userGuideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_shortcutsAction = addAction(QString(), this, &HelpMenu::showShortcuts);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    addSeparator();
    m_aboutQtAction = addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    m_aboutAction = addAction(QString(), this, &HelpMenu::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    retranslateUi();
}

void HelpMenu::retranslateUi()
{
    // The texts the menu had when MainWindow built it keep that context, and so their translations.
    setTitle(QCoreApplication::translate("frontier::ui::MainWindow", "&Help"));
    m_guideAction->setText(tr("User &guide"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_aboutAction->setText(QCoreApplication::translate("frontier::ui::MainWindow", "&About Frontier"));
}

void HelpMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void HelpMenu::open(TextDialog *&dialog, const char *objectName, TextDialog::Format format,
                    std::function<QString()> title, std::function<QString()> text)
{
    if (!dialog) {
        dialog = new TextDialog(format, std::move(title), std::move(text), m_window);
        dialog->setObjectName(QLatin1String(objectName));
    } else {
        dialog->refresh(); // the shortcuts follow the actions (Undo's text, for one)
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void HelpMenu::showUserGuide()
{
    open(m_guide, "userGuideDialog", TextDialog::Format::Markdown, [] { return tr("Frontier user guide"); },
         [] { return userGuideMarkdown(); });
}

void HelpMenu::showShortcuts()
{
    open(m_shortcuts, "shortcutsDialog", TextDialog::Format::Html, [] { return tr("Keyboard shortcuts"); },
         [this] { return ShortcutList::html(*m_window); });
}

void HelpMenu::showAbout()
{
    open(m_about, "aboutDialog", TextDialog::Format::Html, [] { return QCoreApplication::translate("frontier::ui::MainWindow", "About Frontier"); },
         [] { return AboutFrontier::html(); });
}

} // namespace frontier::ui
