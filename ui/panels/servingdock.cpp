#include "ui/panels/servingdock.h"

#include "ui/panels/servingpanel.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>

namespace frontier::ui {

ServingDock::ServingDock(PlanDocument *document, QWidget *parent)
    : BottomDock(parent)
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
    dock->dockUnder(window, viewMenu, QStringLiteral("servingDockAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    return dock;
}

void ServingDock::retranslateUi()
{
    setWindowTitle(tr("Serving"));
    toggleViewAction()->setText(tr("&Serving cost"));
}

} // namespace frontier::ui
