#include "ui/panels/servingdock.h"

#include "ui/panels/servingpanel.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>

namespace frontier::ui {

ServingDock::ServingDock(PlanDocument *document, QWidget *parent)
    : QDockWidget(parent)
    , m_panel(new ServingPanel(document, this))
{
    setObjectName(QStringLiteral("servingDock"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_panel);
    setWidget(scroll);
    retranslateUi();
}

ServingDock *ServingDock::addTo(QMainWindow *window, PlanDocument *document, QMenu *viewMenu)
{
    auto *dock = new ServingDock(document, window);
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("servingDockAction"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    viewMenu->addAction(toggle);
    return dock;
}

void ServingDock::retranslateUi()
{
    setWindowTitle(tr("Serving"));
    toggleViewAction()->setText(tr("&Serving cost"));
}

void ServingDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

} // namespace frontier::ui
