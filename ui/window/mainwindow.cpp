#include "ui/window/mainwindow.h"

#include "data/language.h"
#include "ui/charts/alignedplots.h"
#include "ui/charts/allocationchart.h"
#include "ui/charts/batchchart.h"
#include "ui/charts/epochschart.h"
#include "ui/charts/chartviewstate.h"
#include "ui/charts/losschart.h"
#include "ui/compare/comparedock.h"
#include "ui/compare/inferencedock.h"
#include "data/messagetext.h"
#include "ui/document/plandocument.h"
#include "ui/files/catalogcontroller.h"
#include "ui/export/exportactions.h"
#include "ui/files/importrunscontroller.h"
#include "ui/panels/batchpanel.h"
#include "ui/panels/uniquedatapanel.h"
#include "ui/panels/budgetpanel.h"
#include "ui/panels/energypanel.h"
#include "ui/panels/hardwarepanel.h"
#include "ui/panels/lawpanel.h"
#include "ui/panels/readoutspanel.h"
#include "ui/panels/servingdock.h"
#include "ui/panels/servingpanel.h"
#include "ui/panels/shapespanel.h"
#include "ui/panels/sparsepanel.h"
#include "ui/files/sessioncontroller.h"
#include "ui/files/settings.h"
#include "ui/window/helpmenu.h"
#include "ui/window/theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QGuiApplication>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace frontier::ui {

namespace {

QScrollArea *scrolling(QWidget *content, const char *objectName)
{
    auto *area = new QScrollArea;
    area->setObjectName(QLatin1String(objectName));
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

// Tab goes from each widget of `order` to the next, in one chain through the window. A number field
// is named as itself, not its line edit: Qt 6.4's setTabOrder moves a field with a focus proxy as a
// whole, while moving the line edit out of its field closed loops (from Amount, Tab went to Unit
// and back to Amount; MFU, Overhead, Memory went round).
void chainTabOrder(const QWidgetList &order)
{
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

} // namespace

MainWindow::MainWindow(AppCatalogs &catalogs, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_document = new PlanDocument(catalogs, PlanInputs::defaults(), this);

    m_lossChart = new LossChart(m_document);
    m_allocationChart = new AllocationChart(m_document);
    // Both charts show the document's view, so zooming or panning either moves the FLOP axis of both.
    bindChartView(*m_document, *m_lossChart, *m_allocationChart);
    // The loss chart's colour bar sets both right margins, so the FLOP axes line up.
    connect(m_lossChart, &LogChartView::rightMarginChanged, m_allocationChart, &LogChartView::setRightMargin);
    m_allocationChart->setRightMargin(m_lossChart->rightMargin());
    alignPlotLefts(m_lossChart->chart(), m_allocationChart->chart()); // and their left edges too

    m_charts = new QSplitter(Qt::Vertical);
    m_charts->setObjectName(QStringLiteral("chartSplitter"));
    m_charts->addWidget(m_lossChart);
    m_charts->addWidget(m_allocationChart);
    // Room for a title, the plot and the axis labels: a docked comparison crushed them to 60 px.
    m_lossChart->setMinimumHeight(240);
    m_allocationChart->setMinimumHeight(180);
    m_charts->setChildrenCollapsible(false);
    // On a small screen the readouts wrap before the charts shrink further, down to what the readouts
    // column needs: at 1024 px the charts keep the rest.
    m_charts->setMinimumWidth(370);
    m_charts->setStretchFactor(0, 3);
    m_charts->setStretchFactor(1, 2);

    m_readouts = new ReadoutsPanel(m_document);
    m_columns = new QSplitter(Qt::Horizontal);
    m_columns->setObjectName(QStringLiteral("columnSplitter"));
    QWidget *inputs = buildInputs();
    QScrollArea *inputsArea = scrolling(inputs, "inputsArea");
    const int inputsWidth = 380;
    // As wide as its fields need, so that a small window never gives it a side scroll bar.
    inputsArea->setMinimumWidth(inputs->minimumSizeHint().width() + inputsArea->verticalScrollBar()->sizeHint().width());
    inputsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_columns->addWidget(inputsArea);
    m_columns->addWidget(m_charts);
    // The right column: the readouts, and under them the shapes that have the plan's N.
    auto *shapes = new ShapesPanel(m_document);
    m_readouts->addSummarySection([shapes] { return shapes->summary(); });
    auto *rightColumn = new QWidget;
    auto *rightLayout = new QVBoxLayout(rightColumn);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_readouts);
    rightLayout->addWidget(shapes);
    rightLayout->addStretch(1);
    QScrollArea *readoutsArea = scrolling(rightColumn, "readoutsArea");
    // It has no sideways scroll bar: narrower than its content, its right edge would be cut off unseen.
    readoutsArea->setMinimumWidth(rightColumn->minimumSizeHint().width() + readoutsArea->verticalScrollBar()->sizeHint().width());
    m_columns->addWidget(readoutsArea);
    m_columns->setStretchFactor(0, 0);
    m_columns->setStretchFactor(1, 1);
    m_columns->setStretchFactor(2, 0);
    // The readouts as wide as their one-line values (between 260 and 420 px), the charts the rest.
    const int readoutsWidth = std::clamp(m_readouts->preferredWidth() + 4, 260, 420);
    m_columns->setSizes({inputsWidth, 1280 - inputsWidth - readoutsWidth, readoutsWidth});
    m_charts->setSizes({470, 300});
    setCentralWidget(m_columns);
    // The scroll areas are no stops of their own: they follow the focus to the field it is on.
    for (QScrollArea *area : m_columns->findChildren<QScrollArea *>(Qt::FindDirectChildrenOnly))
        area->setFocusPolicy(Qt::NoFocus);
    chainTabOrder(m_budget->tabOrder() + m_law->tabOrder() + m_hardware->tabOrder() + m_energy->tabOrder() + m_batch->tabOrder()
                  + m_uniqueData->tabOrder()
                  + m_sparse->tabOrder()
                  + QWidgetList{m_lossChart, m_allocationChart} + m_readouts->tabOrder() + shapes->tabOrder());

    buildMenus();
    m_viewMenu->addSeparator();
    m_compareDock = CompareDock::addTo(this, m_document, m_viewMenu);
    InferenceDock *inference = InferenceDock::addTo(this, m_document, m_viewMenu);
    m_sessions->setCompareDock(m_compareDock);
    connect(m_compareDock, &CompareDock::status, this, [this](const QString &text) { statusBar()->showMessage(text); });
    m_servingDock = ServingDock::addTo(this, m_document, m_viewMenu);
    // The inference dock prices a served token with the serving dock's bits, context and batch.
    connect(m_servingDock->panel(), &ServingPanel::requestChanged, inference, [this, inference] {
        const ServingRequest &r = m_servingDock->panel()->request();
        inference->setServingLoad(r.compression, r.load);
    });
    m_sessions->setServingPanel(m_servingDock->panel());
    m_sessions->setInferenceDock(inference);
    // The two docks under the charts share one place as tabs (the comparison first opens floating):
    // each answers one question about the plan, and stacked they would squeeze the charts flat. They
    // are tabbed when the second is shown (tabbed while both are hidden, Qt keeps an empty tab bar
    // that takes the focus), and the one the user asks for comes to the front.
    const std::array<QDockWidget *, 2> underCharts{inference, m_servingDock};
    for (QDockWidget *dock : underCharts)
        connect(dock->toggleViewAction(), &QAction::triggered, dock, [this, dock, underCharts](bool shown) {
            if (!shown)
                return;
            QDockWidget *other = underCharts[0] == dock ? underCharts[1] : underCharts[0];
            if (other->isVisible() && !other->isFloating() && !dock->isFloating()
                && dockWidgetArea(other) == dockWidgetArea(dock) && !tabifiedDockWidgets(other).contains(dock))
                tabifyDockWidget(other, dock);
            dock->raise();
        });
    (new ExportActions(m_document, m_lossChart, m_allocationChart, m_compareDock, this))->addTo(m_fileMenu, m_editMenu);
    connect(m_document, &PlanDocument::changed, this, &MainWindow::showStatus);
    connect(m_document, &PlanDocument::refused, this, [this](const Message &reason) {
        statusBar()->showMessage(tr("Not taken: %1").arg(data::messageText(reason)));
    });
    retranslateUi();
    showStatus();
    resize(1280, 800);
    if (const QByteArray geometry = Settings::windowGeometry.value(); !geometry.isEmpty())
        restoreGeometry(geometry);
    fitToScreen();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_fittedOnShow) { // the frame's size is known once the window is shown
        m_fittedOnShow = true;
        fitToScreen();
    }
}

bool MainWindow::event(QEvent *event)
{
    // Under a window manager the frame arrives after the window is shown (X11 reports its extents
    // when the manager has decorated the window): until then the frame looks like no frame, and a
    // window sized to the screen put its status bar below the screen's edge. Fit once more, the
    // first time the window is moved or resized with its frame known.
    const bool result = QMainWindow::event(event);
    if (!m_fittedToFrame && m_fittedOnShow && (event->type() == QEvent::Move || event->type() == QEvent::Resize)
        && frameGeometry().size() != geometry().size()) {
        m_fittedToFrame = true;
        fitToScreen();
    }
    return result;
}

void MainWindow::fitToScreen()
{
    // The default size, or a geometry saved on a larger screen, must not put the readouts off a
    // small one (1024 x 640 is a netbook or a projector).
    const QScreen *where = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!where)
        return;
    const QRect available = where->availableGeometry();
    const QSize decorations = frameGeometry().size() - geometry().size();
    const QSize room = available.size() - decorations;
    if (width() > room.width() || height() > room.height())
        resize(size().boundedTo(room));
    QRect frame = frameGeometry();
    if (!available.contains(frame)) {
        frame.moveRight(std::min(frame.right(), available.right()));
        frame.moveBottom(std::min(frame.bottom(), available.bottom()));
        frame.moveLeft(std::max(frame.left(), available.left()));
        frame.moveTop(std::max(frame.top(), available.top()));
        move(frame.topLeft());
    }
}

MainWindow::~MainWindow()
{
    // A field that loses focus while the window is taken down hands its typing on, and the
    // document's signals would reach this half-destroyed window (the status bar is gone).
    m_document->disconnect(this);
}

QWidget *MainWindow::buildInputs()
{
    auto *inputs = new QWidget;
    auto *layout = new QVBoxLayout(inputs);
    layout->setContentsMargins(6, 6, 6, 6);
    m_budget = new BudgetPanel(m_document);
    m_law = new LawPanel(m_document);
    m_hardware = new HardwarePanel(m_document);
    m_energy = new EnergyPanel(m_document);
    m_batch = new BatchPanel(m_document);
    m_batch->setChart(new BatchChart(m_document));
    m_uniqueData = new UniqueDataPanel(m_document);
    m_sparse = new SparsePanel(m_document);
    m_uniqueData->setChart(new EpochsChart(m_document));
    for (QWidget *panel : std::initializer_list<QWidget *>{m_budget, m_law, m_hardware, m_energy, m_batch, m_uniqueData,
                                                           m_sparse}) {
        auto *group = new QGroupBox;
        auto *box = new QVBoxLayout(group);
        box->setContentsMargins(6, 6, 6, 6);
        box->addWidget(panel);
        layout->addWidget(group);
        m_groups.append(group);
    }
    layout->addStretch(1);
    return inputs;
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importRuns = new ImportRunsController(m_document, this);
    connect(m_importRuns, &ImportRunsController::status, this, [this](const QString &text) { statusBar()->showMessage(text); });
    m_fileMenu->addAction(m_importRuns->action());
    m_catalogs = new CatalogController(m_document, this);
    connect(m_catalogs, &CatalogController::status, this, [this](const QString &text) { statusBar()->showMessage(text); });
    m_catalogs->addActionsTo(m_fileMenu, nullptr);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_sessions = new SessionController(this, m_document, this);
    connect(m_sessions, &SessionController::status, this, [this](const QString &text) { statusBar()->showMessage(text); });
    m_sessions->addActionsTo(m_fileMenu, m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_document->undoStack()->createUndoAction(this);
    m_redoAction = m_document->undoStack()->createRedoAction(this);
    m_undoAction->setShortcuts(QKeySequence::Undo); // every binding of the platform (Ctrl+Y and Ctrl+Shift+Z)
    m_redoAction->setShortcuts(QKeySequence::Redo);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_resetConstantsAction = m_editMenu->addAction(QString(), m_document, &PlanDocument::resetOverrides);
    m_resetConstantsAction->setObjectName(QStringLiteral("resetConstantsAction"));

    m_viewMenu = menuBar()->addMenu(QString());
    m_layersMenu = m_viewMenu->addMenu(QString());
    // The document holds which layers are on; the menu's checks show it.
    for (int i = 0; i < kChartLayerCount; ++i) {
        const auto layer = ChartLayer(i);
        QAction *action = m_layersMenu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(m_document->layerVisible(layer));
        action->setObjectName(QStringLiteral("layerAction%1").arg(i));
        connect(action, &QAction::toggled, m_document, [this, layer](bool on) { m_document->setLayerVisible(layer, on); });
        connect(m_document, &PlanDocument::layersChanged, action,
                [this, action, layer] { action->setChecked(m_document->layerVisible(layer)); });
        m_layerActions.append(action);
    }
    // Fitted to the plan: a view without spans.
    m_resetZoomAction = m_viewMenu->addAction(QString(), this, [this] { m_document->setChartView({}); });
    m_resetZoomAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_resetZoomAction->setObjectName(QStringLiteral("resetZoomAction"));
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *group = new QActionGroup(this);
    // Each language names itself in its own script, so it can be found whatever is showing.
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    m_chineseAction = m_languageMenu->addAction(QStringLiteral("简体中文"));
    for (QAction *action : {m_englishAction, m_chineseAction}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    m_englishAction->setObjectName(QStringLiteral("languageEnglish"));
    m_chineseAction->setObjectName(QStringLiteral("languageChinese"));
    checkCurrentLanguage();
    connect(m_englishAction, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("en")); });
    connect(m_chineseAction, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("zh_CN")); });

    m_themeMenu = m_viewMenu->addMenu(QString());
    auto *themes = new QActionGroup(this);
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        QAction *action = m_themeMenu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(theme == currentTheme());
        action->setObjectName(QStringLiteral("theme_") + themeName(theme));
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [theme] {
            applyTheme(theme);
            Settings::theme.set(themeName(theme)); // remembered for the next start
        });
        m_themeActions.append(action);
    }

    menuBar()->addMenu(new HelpMenu(this)); // it titles and retranslates itself
}

void MainWindow::checkCurrentLanguage()
{
    (currentLanguage() == QLatin1String("zh_CN") ? m_chineseAction : m_englishAction)->setChecked(true);
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (setLanguage(language)) {
        Settings::language.set(language); // remembered for the next start
    } else {
        // The action group already moved the check mark to the language that failed: put it back.
        statusBar()->showMessage(tr("Cannot load the translation '%1'; the language stays as it was").arg(language));
    }
    checkCurrentLanguage();
}

void MainWindow::retranslateUi()
{
    m_sessions->retranslateUi(); // the title names the session
    const QStringList titles{tr("Budget"), tr("Scaling law"), tr("Hardware"), tr("Energy and carbon"), tr("Batch"),
                             tr("Unique data"),
                             tr("Sparse (mixture of experts)")};
    for (int i = 0; i < m_groups.size(); ++i)
        m_groups[i]->setTitle(titles.value(i));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_importRuns->retranslateUi();
    m_catalogs->retranslateUi();
    m_editMenu->setTitle(tr("&Edit"));
    m_resetConstantsAction->setText(tr("Reset law &constants"));
    m_viewMenu->setTitle(tr("&View"));
    m_layersMenu->setTitle(tr("&Chart layers"));
    const QStringList layers{tr("Learning curves"), tr("Compute frontier"), tr("Published frontier"),
                             tr("Envelope of L(N, D)"), tr("Optimal size at the budget"), tr("Budget marker"),
                             tr("Imported runs"), tr("Published runs")};
    for (int i = 0; i < m_layerActions.size(); ++i)
        m_layerActions[i]->setText(layers.value(i));
    m_resetZoomAction->setText(tr("&Reset zoom"));
    m_languageMenu->setTitle(tr("&Language"));
    m_themeMenu->setTitle(tr("&Theme"));
    const QStringList themeTexts{tr("&Follow the desktop"), tr("&Light"), tr("&Dark")};
    for (int i = 0; i < m_themeActions.size(); ++i)
        m_themeActions[i]->setText(themeTexts.value(i));
    // QUndoStack's actions take their prefix from the current translation.
    m_undoAction->setText(m_document->undoStack()->canUndo() ? tr("&Undo %1").arg(m_document->undoStack()->undoText())
                                                            : tr("&Undo"));
    m_redoAction->setText(m_document->undoStack()->canRedo() ? tr("&Redo %1").arg(m_document->undoStack()->redoText())
                                                            : tr("&Redo"));
    showStatus();
}

void MainWindow::showStatus()
{
    m_resetConstantsAction->setEnabled(!m_document->inputs().overrides.empty());
    if (const auto &problem = m_document->problem())
        statusBar()->showMessage(tr("Not planned: %1 (the last plan that worked is shown)").arg(data::messageText(*problem)));
    else
        statusBar()->showMessage(QString::fromStdString(m_document->law().info().citation));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_sessions->maybeDiscard())
        return event->ignore();
    m_sessions->closing();
    Settings::windowGeometry.set(saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace frontier::ui
