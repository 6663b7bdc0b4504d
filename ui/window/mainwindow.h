#pragma once
// The window: it assembles the document's views and owns nothing else.
//   left    the inputs: budget, law and its constants, hardware (with memory), energy and carbon, batch
//   middle  the loss chart above the allocation chart, their FLOP axes tied together
//   right   the readouts, with the plan's warnings
// Menus: File imports runs to fit a law to (ui/files/importruns*); Edit holds the document's undo stack (every edit and every drag is one step) and the reset
// of the law's constants; View shows or hides chart layers, resets the zoom and switches language
// at run time; Help (ui/window/helpmenu) holds the user guide, the shortcuts and the About boxes.

#include "data/appcatalogs.h"

#include <QMainWindow>

class QAction;
class QGroupBox;
class QMenu;
class QSplitter;

namespace frontier::ui {

class AllocationChart;
class BatchPanel;
class BudgetPanel;
class UniqueDataPanel;
class SparsePanel;
class CatalogController;
class CompareDock;
class ServingDock;
class EnergyPanel;
class HardwarePanel;
class ImportRunsController;
class LawPanel;
class LossChart;
class PlanDocument;
class ReadoutsPanel;
class SessionController;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppCatalogs &catalogs, QWidget *parent = nullptr);
    ~MainWindow() override;

    PlanDocument *document() const { return m_document; }
    LossChart *lossChart() const { return m_lossChart; }
    AllocationChart *allocationChart() const { return m_allocationChart; }
    SessionController *sessions() const { return m_sessions; }
    CatalogController *catalogController() const { return m_catalogs; }
    CompareDock *compareDock() const { return m_compareDock; }
    ServingDock *servingDock() const { return m_servingDock; }

    // What the Language menu does: switch, remember, and keep the check mark on the language that
    // is actually showing (a failed switch keeps the current one and says so in the status bar).
    void chooseLanguage(const QString &language);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;

private:
    QWidget *buildInputs();
    void buildMenus();
    void fitToScreen();
    void checkCurrentLanguage();
    void retranslateUi();
    void showStatus();

    PlanDocument *m_document = nullptr;
    SessionController *m_sessions = nullptr;
    LossChart *m_lossChart = nullptr;
    AllocationChart *m_allocationChart = nullptr;
    BudgetPanel *m_budget = nullptr;
    LawPanel *m_law = nullptr;
    HardwarePanel *m_hardware = nullptr;
    EnergyPanel *m_energy = nullptr;
    BatchPanel *m_batch = nullptr;
    UniqueDataPanel *m_uniqueData = nullptr;
    SparsePanel *m_sparse = nullptr;
    ReadoutsPanel *m_readouts = nullptr;
    ImportRunsController *m_importRuns = nullptr;
    CatalogController *m_catalogs = nullptr;
    CompareDock *m_compareDock = nullptr;
    ServingDock *m_servingDock = nullptr;
    QSplitter *m_columns = nullptr;
    QSplitter *m_charts = nullptr;
    QList<QGroupBox *> m_groups;
    bool m_fittedOnShow = false;
    bool m_fittedToFrame = false; // fitted again once the window manager's frame was known
    QMenu *m_fileMenu = nullptr, *m_editMenu = nullptr, *m_viewMenu = nullptr, *m_layersMenu = nullptr,
          *m_languageMenu = nullptr, *m_themeMenu = nullptr;
    QAction *m_quitAction = nullptr, *m_undoAction = nullptr, *m_redoAction = nullptr,
            *m_resetConstantsAction = nullptr, *m_resetZoomAction = nullptr;
    QList<QAction *> m_layerActions;
    QList<QAction *> m_themeActions; // follow the desktop, light, dark
    QAction *m_englishAction = nullptr, *m_chineseAction = nullptr;
};

} // namespace frontier::ui
