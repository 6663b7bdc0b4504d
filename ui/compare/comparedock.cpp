#include "ui/compare/comparedock.h"

#include "data/offernames.h"
#include "model/core/errors.h"
#include "model/plan/pareto.h"
#include "model/plan/planinputs.h"
#include "ui/charts/comparebarchart.h"
#include "ui/charts/paretochart.h"
#include "ui/compare/comparecharts.h"
#include "ui/compare/comparefilter.h"
#include "ui/compare/comparemodel.h"
#include "data/messagetext.h"
#include "ui/document/plandocument.h"
#include "ui/panels/numberfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace frontier::ui {

namespace {

constexpr int kWidestColumn = 150; // px: long instance descriptions keep their full text in the tooltip

} // namespace

CompareDock::CompareDock(PlanDocument *document, QWidget *parent)
    : BottomDock(parent)
    , m_document(document)
    , m_model(new CompareModel(document->catalogs().catalogs().offers, this))
    , m_filter(new CompareFilter(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("compareDock"));
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &CompareDock::refresh);
    m_filter->setSourceModel(m_model);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(CompareModel::Pareto, 28);
    // Enter and double-click take the offer; a click or an arrow key only selects it.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { useRow(index.row()); });

    m_metric = new QComboBox;
    m_metric->setObjectName(QStringLiteral("compareMetricCombo"));
    m_metric->addItems({QString(), QString(), QString(), QString(), QString()});
    m_metricLabel = new QLabel;
    m_metricLabel->setBuddy(m_metric);
    m_bars = new CompareBarChart;
    m_bars->setMinimumWidth(260);
    m_scatter = new ParetoChart;
    m_scatter->setMinimumWidth(260);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &CompareDock::updateCharts);
    m_bars->installEventFilter(this); // its height decides how many bars have room

    auto *barBox = new QWidget;
    auto *barLayout = new QVBoxLayout(barBox);
    barLayout->setContentsMargins(0, 0, 0, 0);
    auto *metricRow = new QHBoxLayout;
    metricRow->addWidget(m_metricLabel);
    metricRow->addWidget(m_metric, 1);
    barLayout->addLayout(metricRow);
    barLayout->addWidget(m_bars, 1);

    // Each chart gets the full width beside the table: a dock under the main charts is short.
    m_charts = new QTabWidget;
    m_charts->setObjectName(QStringLiteral("compareChartTabs"));
    m_charts->addTab(barBox, QString());
    m_charts->addTab(m_scatter, QString());
    connect(m_charts, &QTabWidget::currentChanged, this, &CompareDock::updateCharts);
    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("compareSplitter"));
    split->addWidget(m_table);
    split->addWidget(m_charts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({720, 540});

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildFilters());
    layout->addWidget(split, 1);
    m_fitNote = new QLabel;
    m_fitNote->setObjectName(QStringLiteral("compareFitWarning"));
    m_fitNote->setWordWrap(true);
    m_fitNote->hide();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_count);
    actions->addWidget(m_fitNote, 1);
    actions->addStretch(0);
    actions->addWidget(m_use);
    layout->addLayout(actions);
    setWidget(content);

    connect(m_document, &PlanDocument::changed, this, &CompareDock::scheduleRefresh);
    // The charts show the visible rows, in the table's order: follow filters and sorting.
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CompareDock::updateCharts);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CompareDock::updateCharts);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CompareDock::updateCharts);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CompareDock::updateCharts);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_use->setEnabled(m_table->selectionModel()->hasSelection()); });
    retranslateUi();
}

QWidget *CompareDock::buildFilters()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_provider = new QComboBox;
    m_provider->setObjectName(QStringLiteral("compareProviderCombo"));
    m_gpu = new QComboBox;
    m_gpu->setObjectName(QStringLiteral("compareGpuCombo"));
    for (QComboBox *combo : {m_provider, m_gpu}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    m_maxPrice = new NumberField;
    m_maxPrice->setOptional(true);
    m_maxPrice->setCheck([](double v) { return v > 0 ? QString() : CompareDock::tr("must be positive"); });
    m_maxPrice->setRange(m_document->catalogs().limits().range("usd_per_gpu_hour")); // as a session holds it
    m_maxPrice->setMaximumWidth(80);
    m_fitsOnly = new QCheckBox;
    m_fitsOnly->setObjectName(QStringLiteral("compareFitsOnlyCheck"));
    m_use = new QPushButton;
    m_use->setObjectName(QStringLiteral("compareUseButton"));
    m_use->setEnabled(false);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("compareCountLabel"));
    m_providerLabel = new QLabel;
    m_providerLabel->setBuddy(m_provider);
    m_gpuLabel = new QLabel;
    m_gpuLabel->setBuddy(m_gpu);
    m_priceLabel = new QLabel;
    m_priceLabel->setBuddy(m_maxPrice->edit());

    layout->addWidget(m_providerLabel);
    layout->addWidget(m_provider);
    layout->addWidget(m_gpuLabel);
    layout->addWidget(m_gpu);
    layout->addWidget(m_priceLabel);
    layout->addWidget(m_maxPrice, 0, Qt::AlignTop);
    layout->addWidget(m_fitsOnly);
    layout->addStretch(1);

    connect(m_provider, &QComboBox::activated, this,
            [this](int i) { m_filter->setProvider(m_provider->itemData(i).toString()); });
    connect(m_gpu, &QComboBox::activated, this, [this](int i) { m_filter->setGpu(m_gpu->itemData(i).toString()); });
    connect(m_maxPrice, &NumberField::committed, this, [this](std::optional<double> v) { m_filter->setMaxPrice(v); });
    connect(m_fitsOnly, &QCheckBox::toggled, m_filter, &CompareFilter::setFitsOnly);
    connect(m_use, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            useRow(rows.first().row());
    });
    return row;
}

CompareDock *CompareDock::addTo(QMainWindow *window, PlanDocument *document, QMenu *viewMenu)
{
    auto *dock = new CompareDock(document, window);
    dock->dockUnder(window, viewMenu, QStringLiteral("compareDockAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    // The window's charts leave a docked table too little height for its own charts: it first
    // opens floating over the window, big enough to read; double-clicking its title docks it.
    dock->setFloating(true);
    connect(dock, &QDockWidget::visibilityChanged, window, [window, dock](bool visible) {
        if (!visible || !dock->isFloating() || dock->m_placed)
            return;
        dock->m_placed = true;
        const QRect frame = window->geometry();
        const QSize size(std::min(1180, frame.width() - 40), std::min(600, frame.height() - 80));
        dock->setGeometry(QRect(frame.center() - QPoint(size.width() / 2, size.height() / 2), size));
    });
    // Docked (its title double-clicked, or dragged to an edge): a share of the window's height that
    // reads as a table, the charts keeping their minimum height above it.
    connect(dock, &QDockWidget::topLevelChanged, window, [window, dock](bool floating) {
        if (!floating && window->dockWidgetArea(dock) & (Qt::TopDockWidgetArea | Qt::BottomDockWidgetArea))
            window->resizeDocks({dock}, {std::max(260, window->height() * 2 / 5)}, Qt::Vertical);
    });
    return dock;
}

void CompareDock::retranslateUi()
{
    setWindowTitle(tr("Compare offers"));
    toggleViewAction()->setText(tr("C&ompare offers"));
    m_providerLabel->setText(tr("&Provider:"));
    m_gpuLabel->setText(tr("&GPU:"));
    m_priceLabel->setText(tr("Max $/GPU-&h:"));
    m_maxPrice->setNames(QStringLiteral("compareMaxPriceEdit"), tr("Highest price per GPU-hour to show"));
    m_maxPrice->setPlaceholder(tr("any"));
    m_fitsOnly->setText(tr("&Fits in memory only"));
    m_fitsOnly->setToolTip(tr("Hide the offers on which the model does not fit, or where the GPU's memory is unknown"));
    m_use->setText(tr("&Use this offer"));
    m_use->setToolTip(tr("Make the selected offer the plan's hardware (also: double-click or Enter on a row)"));
    m_metricLabel->setText(tr("&Bars:"));
    m_charts->setTabText(0, tr("Bar chart"));
    m_charts->setTabText(1, tr("Pareto scatter"));
    const QStringList metrics{tr("Cost"), tr("Wall-clock time"), tr("Energy"), tr("CO₂"), tr("Predicted loss")};
    for (int i = 0; i < metrics.size(); ++i)
        m_metric->setItemText(i, metrics[i]);
    m_table->setAccessibleName(tr("Offers compared"));
    m_bars->setAccessibleName(tr("Bar chart of the chosen metric for the shown offers"));
    m_scatter->setAccessibleName(tr("Scatter of the shown offers with their Pareto front"));
    m_model->retranslate();
    fillFilterCombos();
    updateCount();
    updateCharts();
}

bool CompareDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_bars && event->type() == QEvent::Resize)
        updateCharts();
    return QDockWidget::eventFilter(watched, event);
}

void CompareDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void CompareDock::scheduleRefresh()
{
    // New catalogues: the rows point into the old offers, so they go now (refresh() clears them
    // when hidden, recomputes when shown).
    if (!isVisible() || m_document->catalogs().hardwareRevision() != m_revision) {
        refresh();
        return;
    }
    // Not restarted when already running: a steady stream of changes still refreshes every interval.
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

bool CompareDock::refreshPending() const
{
    return m_refreshTimer->isActive();
}

void CompareDock::refresh()
{
    m_refreshTimer->stop(); // this refresh answers every change scheduled so far
    const int revision = m_document->catalogs().hardwareRevision();
    if (!isVisible()) {
        m_stale = true;
        // The model points into the offer catalogue, which a user catalogue file just rebuilt: let
        // go of the rows now, before a filter change reads them.
        if (revision != m_revision && m_model->rowCount() > 0)
            m_model->clear();
        return;
    }
    m_stale = false;
    m_revision = revision;
    const PlanInputs &inputs = m_document->inputs();
    const bool hasSetup = m_document->hasPlan();
    const int before = m_model->rowCount();
    m_model->setComparison(m_document->comparison(), inputs.choices.pricing,
                           hasSetup ? m_document->setup().gpuId : std::string(),
                           hasSetup ? m_document->setup().offerId : std::string());
    applyMode(inputs.mode == PlanMode::Budget);
    if (m_model->rowCount() != before || m_provider->count() <= 1)
        fillFilterCombos();
    updateCount();
    updateFitWarning();
    updateCharts();
}

void CompareDock::applyMode(bool budget)
{
    if (int(budget) == m_mode)
        return;
    m_mode = budget;
    // With a fixed job or a target loss every row trains the same model: its size and loss say nothing.
    for (int column : {CompareModel::Params, CompareModel::Tokens, CompareModel::TokensPerParam, CompareModel::Loss})
        m_table->setColumnHidden(column, !budget);
    m_table->sortByColumn(defaultCompareColumn(budget), Qt::AscendingOrder);
    const auto metrics = compareBarMetrics();
    m_metric->setCurrentIndex(int(std::find(metrics.begin(), metrics.end(), defaultCompareColumn(budget)) - metrics.begin()));
    m_table->resizeColumnsToContents();
    for (int column = 0; column < CompareModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), kWidestColumn));
    m_table->setColumnWidth(CompareModel::Pareto, 28);
}

void CompareDock::fillFilterCombos()
{
    // Distinct providers and GPUs of the rows, keeping what is chosen.
    std::set<QString> providers;
    std::set<QString> gpus;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const QModelIndex index = m_model->index(i, 0);
        if (const QString p = index.data(CompareModel::ProviderRole).toString(); !p.isEmpty())
            providers.insert(p);
        gpus.insert(index.data(CompareModel::GpuIdRole).toString());
    }
    // The filter is what is chosen: a value no row has (a session's, or a provider the rows lost)
    // stays chosen and listed, and the table says it is empty.
    const auto fill = [](QComboBox *combo, const QString &all, std::set<QString> values, const QString &chosen) {
        if (!chosen.isEmpty())
            values.insert(chosen);
        combo->clear();
        combo->addItem(all, QString());
        for (const QString &value : values)
            combo->addItem(value, value);
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    };
    const ComparisonFilter chosen = m_filter->filters();
    fill(m_provider, tr("All providers"), providers, QString::fromStdString(chosen.provider));
    fill(m_gpu, tr("All GPUs"), gpus, QString::fromStdString(chosen.gpu));
}

void CompareDock::updateCount()
{
    //: how many rows the filters leave: "58 of 204"
    m_count->setText(tr("%1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
    const int skipped = int(m_model->comparison().skipped.size());
    QString tip = tr("Offers and GPUs shown, of those compared")
                  + (skipped ? QStringLiteral("\n") + tr("%n more left out: the plan cannot be made on them", nullptr, skipped)
                             : QString());
    // An offer left out for an implausible number (a typo in a catalogue file) is named, with why.
    for (const Message &warning : m_model->comparison().warnings)
        tip += QStringLiteral("\n") + data::messageText(warning);
    m_count->setToolTip(tip);
}

void CompareDock::updateCharts()
{
    if (!isVisible() || m_model->rowCount() == 0)
        return;
    updateCount();
    // Only the chart on show is drawn (a drag redraws it on every move); the other catches up on
    // its tab's first show.
    if (m_charts->currentWidget() == m_scatter) {
        const ParetoAxes axes = paretoAxes(planRequest(m_document->inputs()));
        m_scatter->setPoints(comparePoints(*m_model, *m_filter, axes), compareAxisTitle(compareColumn(axes.x)),
                             compareAxisTitle(compareColumn(axes.y)));
        return;
    }
    const CompareModel::Column metric = usableBarMetric(*m_model, barMetric());
    m_bars->setBars(compareBars(*m_model, *m_filter, metric, barsThatFit(m_bars->height())), compareAxisTitle(metric));
}

CompareModel::Column CompareDock::barMetric() const
{
    return compareBarMetrics()[std::size_t(std::max(0, m_metric->currentIndex()))];
}

ComparisonView CompareDock::view() const
{
    ComparisonView v;
    v.filter = m_filter->filters();
    if (m_mode >= 0) // the dock was shown once: its chosen metric and sorting, else the defaults
        v.metric = barMetric();
    if (m_mode >= 0 && m_filter->sortColumn() >= 0) {
        v.sortColumn = CompareModel::Column(m_filter->sortColumn());
        v.sortOrder = m_filter->sortOrder();
    }
    return v;
}

void CompareDock::setFilters(const ComparisonFilter &filters)
{
    m_maxPrice->setValue(filters.maxUsdPerGpuHour);
    m_fitsOnly->setChecked(filters.fitsOnly);
    m_filter->setFilters(filters);
    fillFilterCombos();
}

void CompareDock::useRow(int proxyRow)
{
    const QModelIndex index = m_filter->index(proxyRow, 0);
    if (!index.isValid())
        return;
    const std::string gpu = index.data(CompareModel::GpuIdRole).toString().toStdString();
    const std::string offer = index.data(CompareModel::OfferIdRole).toString().toStdString();
    // The choices compareOffers planned the row with, so the plan becomes exactly that row.
    PlanInputs next = m_document->inputs();
    next.choices.gpu = gpu;
    next.choices.offer = offer;
    if (!offer.empty())
        next.choices.usdPerGpuHour.reset();
    const QVariant fits = index.data(CompareModel::FitsRole);
    m_document->setInputs(next, offer.empty() ? tr("Use GPU %1").arg(rowName(gpu, offer)) : tr("Use offer %1").arg(rowName(gpu, offer)));
    if (fits.isValid() && !fits.toBool()) {
        // Said now, where the user looks, and kept under the table until the plan fits again.
        refresh();
        Q_EMIT status(fitWarning());
    }
}

QString CompareDock::rowName(const std::string &gpu, const std::string &offer) const
{
    // As people read the table (the GPU's name, the provider, instance and place), never by ids.
    const Catalogs catalogs = m_document->catalogs().catalogs();
    const QString chip = QString::fromStdString(catalogs.accelerators.get(gpu).name);
    //: a cloud offer of a GPU: "NVIDIA H100 SXM5 80GB at Google Cloud a3-highgpu-8g us-central1 ×8"
    return offer.empty() ? chip : tr("%1 at %2").arg(chip, data::offerName(catalogs.offers.get(offer)));
}

QString CompareDock::fitWarning() const
{
    return m_fitNote->isHidden() ? QString() : m_fitNote->text();
}

void CompareDock::updateFitWarning()
{
    const int current = m_model->currentRow();
    const ComparisonRow *row = current >= 0 ? &m_model->comparison().rows[std::size_t(current)] : nullptr;
    if (!row || !row->plan.memory || row->plan.memory->fits) {
        m_fitNote->hide();
        return;
    }
    // The plan's own warning says by how much, and on how many GPUs it would fit.
    QString why;
    for (const Message &warning : row->plan.warnings)
        if (warning.code.rfind("plan.does_not_fit", 0) == 0)
            why = data::messageText(warning);
    const QString id = rowName(row->setup.gpuId, row->setup.offerId);
    //: %1 an offer or GPU as the table names it; %2 why: "does not fit: 118 GB per GPU needed on 1 GPUs ..."
    m_fitNote->setText(why.isEmpty() ? tr("Warning: on %1 the model does not fit in memory.").arg(id)
                                     : tr("Warning: on %1 the model %2").arg(id, why));
    m_fitNote->setToolTip(m_fitNote->text());
    m_fitNote->show();
}

} // namespace frontier::ui
