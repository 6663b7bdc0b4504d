#pragma once
// Compare offers (issue 9 §1): the document's job, or its budget, on every cloud offer and every
// accelerator of the catalogue, in a dock under the charts.
//
//   document changed -> PlanDocument::comparison() (compareOffers + paretoRows, made once per
//   change and shared with the exports) -> CompareModel (dataChanged while the offers are the same
//   ones) -> CompareFilter (provider, GPU, maximum price, fits only; numeric sort)
//   -> table, bar chart of the visible rows, Pareto scatter of the visible rows
//
// With a budget each offer buys its own compute-optimal model: the parameters, tokens and loss
// columns appear and the table sorts by loss ("where does $20k buy the lowest loss?"). The work is
// done only while the dock is visible; a hidden dock catches up when shown.
//
// A drag changes the document on every mouse move, and comparing every offer costs more than a
// move may (issue 14 §5): a change only schedules the refresh, and a timer of one frame runs it
// once for every change that came in meanwhile, with the latest inputs, off the move's path. The
// readouts and the main charts still follow each move. (A change of the hardware catalogues is
// applied at once: the rows point into the offers it replaces.)
//
// Taking an offer for the plan is a deliberate act, one undo step: double-click or Enter on a row,
// or the "Use this offer" button. A single click only selects, so walking the table with the arrow
// keys does not rewrite the plan (and the undo stack) at every step.

#include "model/plan/planner.h"
#include "model/plan/session.h"
#include "ui/compare/comparemodel.h"

#include "ui/panels/bottomdock.h"

#include <optional>
#include <string>

class QCheckBox;
class QComboBox;
class QLabel;
class QMainWindow;
class QMenu;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace frontier::ui {

// What of the comparison is shown and how: the filters, the bar chart's metric, the table's order.
struct ComparisonView
{
    ComparisonFilter filter;
    std::optional<CompareModel::Column> metric; // none: the default for a budget or a job
    std::optional<CompareModel::Column> sortColumn; // none: loss with a budget, else cost
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};

class CompareBarChart;
class CompareFilter;
class NumberField;
class ParetoChart;
class PlanDocument;

class CompareDock : public BottomDock
{
    Q_OBJECT

public:
    explicit CompareDock(PlanDocument *document, QWidget *parent = nullptr);

    // Builds the dock, puts it under the window's central widget (hidden) and its toggle in `viewMenu`.
    static CompareDock *addTo(QMainWindow *window, PlanDocument *document, QMenu *viewMenu);

    CompareModel *model() const { return m_model; }
    CompareFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QTabWidget *chartTabs() const { return m_charts; }
    CompareBarChart *barChart() const { return m_bars; }
    ParetoChart *paretoChart() const { return m_scatter; }

    // What the dock shows, for an export to show the same (ui/export/comparisonexport.h) and a
    // session to keep its filters.
    ComparisonView view() const;
    // A session's filters: the combos, the price field and the check box follow.
    void setFilters(const ComparisonFilter &filters);

    // Recomputes the comparison now (if visible; else on the next show).
    void refresh();
    // A document change waits for this: true from the change until the coalesced refresh ran.
    bool refreshPending() const;
    // At most one refresh per this many milliseconds, however many changes come in (a frame at 60 Hz).
    static constexpr int kRefreshIntervalMs = 16;
    // Makes the offer of the filter's row `proxyRow` the plan's hardware: one undo step. An offer on
    // which the model does not fit is taken too (the user may mean to add GPUs next), with a warning
    // (status()) and the note under the table (fitWarning()).
    void useRow(int proxyRow);
    // The note under the table while the plan's own offer cannot hold the model; empty otherwise.
    QString fitWarning() const;

Q_SIGNALS:
    // A message for the window's status bar.
    void status(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // A row's GPU or offer as people read it, for undo steps and warnings.
    QString rowName(const std::string &gpu, const std::string &offer) const;
    void scheduleRefresh();
    QWidget *buildFilters();
    void retranslateUi() override;
    void fillFilterCombos();
    void applyMode(bool budget);
    void updateCharts();
    CompareModel::Column barMetric() const;
    void updateCount();
    void updateFitWarning();

    PlanDocument *m_document = nullptr;
    CompareModel *m_model = nullptr;
    CompareFilter *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_provider = nullptr, *m_gpu = nullptr, *m_metric = nullptr;
    NumberField *m_maxPrice = nullptr;
    QCheckBox *m_fitsOnly = nullptr;
    QPushButton *m_use = nullptr;
    QLabel *m_fitNote = nullptr; // the plan's offer cannot hold the model
    QLabel *m_count = nullptr, *m_providerLabel = nullptr, *m_gpuLabel = nullptr, *m_priceLabel = nullptr,
           *m_metricLabel = nullptr;
    CompareBarChart *m_bars = nullptr;
    ParetoChart *m_scatter = nullptr;
    QTabWidget *m_charts = nullptr;
    QTimer *m_refreshTimer = nullptr; // single shot, not restarted by later changes: coalesces them
    // The offers' setups for the law and choices they were resolved with.
    int m_revision = -1; // AppCatalogs::hardwareRevision() of the model's rows
    bool m_stale = true;
    bool m_placed = false; // the floating dock was given its first geometry
    int m_mode = -1; // -1 before the first refresh, else 1 for a budget, 0 for a fixed job
};

} // namespace frontier::ui
