#include "ui/panels/bottomdock.h"

#include <QAction>
#include <QEvent>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>

namespace frontier::ui {

void BottomDock::dockUnder(QMainWindow *window, QMenu *viewMenu, const QString &actionName, const QKeySequence &shortcut)
{
    window->addDockWidget(Qt::BottomDockWidgetArea, this);
    hide();
    QAction *toggle = toggleViewAction();
    toggle->setObjectName(actionName);
    toggle->setShortcut(shortcut);
    viewMenu->addAction(toggle);
}

void BottomDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

} // namespace frontier::ui
