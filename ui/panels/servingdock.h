#pragma once
// The serving panel in a dock of its own at the bottom of the window, hidden until View ▸ Serving
// (Ctrl+Shift+T) shows it; it scrolls, so a short window still reaches every field.

#include "ui/panels/bottomdock.h"

class QMainWindow;
class QMenu;

namespace frontier::ui {

class PlanDocument;
class ServingPanel;

class ServingDock : public BottomDock
{
    Q_OBJECT

public:
    explicit ServingDock(PlanDocument *document, QWidget *parent = nullptr);

    // Builds the dock, docks it under the window's central widget (hidden) and puts its toggle in `viewMenu`.
    static ServingDock *addTo(QMainWindow *window, PlanDocument *document, QMenu *viewMenu);

    ServingPanel *panel() const { return m_panel; }

private:
    void retranslateUi() override;

    ServingPanel *m_panel = nullptr;
};

} // namespace frontier::ui
