#include "ui/panels/compactcombo.h"
#include "ui/panels/energypanel.h"

#include "model/core/numbers.h"
#include "ui/document/plandocument.h"
#include "ui/panels/numberfield.h"
#include "ui/panels/textcolor.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace frontier::ui {

EnergyPanel::EnergyPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_form(new QFormLayout(this))
    , m_mode(compactCombo(this))
    , m_dataset(compactCombo(this))
    , m_region(compactCombo(this))
    , m_country(compactCombo(this))
    , m_grid(new NumberField(this))
    , m_pue(new NumberField(this))
    , m_powerFraction(new NumberField(this))
    , m_electricity(new NumberField(this))
    , m_gridSource(new QLabel(this))
{
    m_mode->setObjectName(QStringLiteral("gridModeCombo"));
    m_dataset->setObjectName(QStringLiteral("gridDatasetCombo"));
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_country->setObjectName(QStringLiteral("countryCombo"));
    m_gridSource->setObjectName(QStringLiteral("gridSource"));
    m_gridSource->setWordWrap(true);
    m_gridSource->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setQuietText(m_gridSource);
    m_mode->addItems({QString(), QString(), QString(), QString()});
    const RegionCatalog &regions = m_document->catalogs().catalogs().regions;
    for (const RegionDataset &dataset : regions.datasets())
        m_dataset->addItem(QString::fromStdString(dataset.name), QString::fromStdString(dataset.id));
    for (const Country &country : regions.countries())
        m_country->addItem(QStringLiteral("%1 — %2 g/kWh (%3)")
                               .arg(QString::fromStdString(country.name),
                                    QString::fromStdString(formatNumber(country.gPerKwh, 3)))
                               .arg(country.year),
                           QString::fromStdString(country.iso3));

    // The ranges the plan and a session file hold these to (resources/limits.json).
    const InputLimits &limits = m_document->catalogs().limits();
    m_grid->setRange(limits.range("grid_g_per_kwh"));
    m_pue->setRange(limits.range("pue"));
    m_powerFraction->setCheck(
        [](double v) { return v > 0 && v <= 1 ? QString() : EnergyPanel::tr("must be above 0 and at most 1"); });
    m_electricity->setRange(limits.range("usd_per_kwh"));
    for (NumberField *field : {m_pue, m_powerFraction, m_electricity})
        field->setOptional(true);

    const auto addRow = [this](QWidget *field, QWidget *focus) {
        auto *label = new QLabel(this);
        label->setBuddy(focus);
        m_form->addRow(label, field);
        m_labels.push_back(label);
    };
    addRow(m_mode, m_mode);
    addRow(m_dataset, m_dataset);
    addRow(m_region, m_region);
    addRow(m_country, m_country);
    addRow(m_grid, m_grid->edit());
    m_form->addRow(m_gridSource);
    addRow(m_pue, m_pue->edit());
    addRow(m_powerFraction, m_powerFraction->edit());
    addRow(m_electricity, m_electricity->edit());

    connect(m_mode, &QComboBox::activated, this, &EnergyPanel::chooseMode);
    connect(m_dataset, &QComboBox::activated, this, [this](int i) {
        const std::string dataset = m_dataset->itemData(i).toString().toStdString();
        m_document->editChoices([&](PlanChoices &c) {
            c.gridDataset = dataset;
            // A region keeps its id only if the other dataset lists it too.
            if (!c.region.empty() && !m_document->catalogs().catalogs().regions.findRegion(c.region, dataset))
                c.region.clear();
        });
    });
    connect(m_region, &QComboBox::activated, this, [this](int i) {
        const std::string region = m_region->itemData(i).toString().toStdString();
        m_document->editChoices([&](PlanChoices &c) { c.region = region; });
    });
    connect(m_country, &QComboBox::activated, this, [this](int i) {
        const std::string country = m_country->itemData(i).toString().toStdString();
        m_document->editChoices([&](PlanChoices &c) { c.country = country; });
    });
    connect(m_grid, &NumberField::committed, this, [this](std::optional<double> v) {
        m_document->editChoices([v](PlanChoices &c) { c.gridGramsPerKwh = v; });
    });
    connect(m_pue, &NumberField::committed, this,
            [this](std::optional<double> v) { m_document->editChoices([v](PlanChoices &c) { c.pue = v; }); });
    connect(m_powerFraction, &NumberField::committed, this, [this](std::optional<double> v) {
        m_document->editChoices([v](PlanChoices &c) { c.powerFraction = v; });
    });
    connect(m_electricity, &NumberField::committed, this, [this](std::optional<double> v) {
        m_document->editChoices([v](PlanChoices &c) { c.usdPerKwh = v; });
    });
    connect(m_document, &PlanDocument::changed, this, &EnergyPanel::refresh);

    retranslateUi();
}

QWidgetList EnergyPanel::tabOrder() const
{
    return {m_mode, m_dataset, m_region, m_country, m_grid, m_pue, m_powerFraction, m_electricity};
}

void EnergyPanel::retranslateUi()
{
    const QString names[] = {tr("&Grid from:"), tr("&Dataset:"), tr("&Region:"), tr("&Country:"),
                             tr("&Intensity (g CO2/kWh):"), tr("&PUE:"), tr("Po&wer fraction:"),
                             tr("&Electricity ($/kWh):")};
    for (std::size_t i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(names[i]);
    m_mode->setItemText(DefaultGrid, tr("Default (the offer's region, else world average)"));
    m_mode->setItemText(RegionGrid, tr("Cloud region"));
    m_mode->setItemText(CountryGrid, tr("Country average"));
    m_mode->setItemText(TypedGrid, tr("Typed intensity"));
    m_mode->setAccessibleName(tr("Where the grid carbon intensity comes from"));
    m_grid->setNames(QStringLiteral("gridEdit"), tr("Grid carbon intensity in grams CO2 per kWh"));
    m_pue->setNames(QStringLiteral("pueEdit"), tr("Power usage effectiveness"));
    m_powerFraction->setNames(QStringLiteral("powerFractionEdit"), tr("Average power as a fraction of TDP"));
    m_electricity->setNames(QStringLiteral("electricityEdit"), tr("Electricity price in US dollars per kWh"));
    refresh();
}

void EnergyPanel::fillRegions(const std::string &dataset)
{
    if (dataset == m_regionsDataset && m_region->count() > 0)
        return; // refilled when the dataset changes, not on every drag move
    m_regionsDataset = dataset;
    m_region->clear();
    for (const RegionDataset &set : m_document->catalogs().catalogs().regions.datasets()) {
        if (set.id != dataset)
            continue;
        for (const GridRegion &region : set.regions) {
            // Short enough to read in the combo; where it is and the figure's source in the tooltip.
            m_region->addItem(QStringLiteral("%1 — %2 g/kWh")
                                  .arg(QString::fromStdString(region.id), QString::fromStdString(formatNumber(region.gPerKwh, 3))),
                              QString::fromStdString(region.id));
            m_region->setItemData(m_region->count() - 1, QString::fromStdString(region.location + "\n" + region.source),
                                  Qt::ToolTipRole);
        }
    }
}

void EnergyPanel::refresh()
{
    const PlanChoices &c = m_document->inputs().choices;
    const QSignalBlocker b1(m_mode), b2(m_dataset), b3(m_region), b4(m_country);
    const Mode mode = c.gridGramsPerKwh ? TypedGrid : !c.region.empty() ? RegionGrid : !c.country.empty() ? CountryGrid : DefaultGrid;
    m_mode->setCurrentIndex(mode);
    m_dataset->setCurrentIndex(std::max(0, m_dataset->findData(QString::fromStdString(c.gridDataset))));
    fillRegions(c.gridDataset);
    m_region->setCurrentIndex(m_region->findData(QString::fromStdString(c.region)));
    m_country->setCurrentIndex(m_country->findData(QString::fromStdString(c.country)));
    m_region->setToolTip(m_region->currentData(Qt::ToolTipRole).toString());
    m_grid->setValue(c.gridGramsPerKwh);
    m_pue->setValue(c.pue);
    m_powerFraction->setValue(c.powerFraction);
    m_electricity->setValue(c.usdPerKwh);
    // The dataset matters for a region and for the offer's own region, so it stays in Default too.
    m_form->setRowVisible(m_dataset, mode == RegionGrid || mode == DefaultGrid);
    m_form->setRowVisible(m_region, mode == RegionGrid);
    m_form->setRowVisible(m_country, mode == CountryGrid);
    m_form->setRowVisible(m_grid, mode == TypedGrid);
    m_electricity->setPlaceholder(tr("none"));
    if (m_document->hasPlan()) {
        const ResolvedSetup &setup = m_document->setup();
        const auto source = [&](const char *key) {
            const auto found = setup.sources.find(key);
            return found == setup.sources.end() ? QString() : QString::fromStdString(found->second);
        };
        m_pue->setPlaceholder(tr("provider default: %1").arg(QString::fromStdString(formatNumber(setup.cost.pue, 3))));
        m_pue->edit()->setToolTip(source("pue"));
        m_powerFraction->setPlaceholder(tr("default: %1").arg(QString::fromStdString(formatNumber(setup.cost.powerFraction, 3))));
        m_powerFraction->edit()->setToolTip(source("power_fraction"));
        const QString grid = setup.cost.gridGramsPerKwh
                                 ? QString::fromStdString(formatNumber(*setup.cost.gridGramsPerKwh, 3))
                                 : QStringLiteral("?");
        m_gridSource->setText(tr("Planned with %1 g/kWh: %2").arg(grid, QString::fromStdString(setup.gridRegion)));
        m_gridSource->setToolTip(source("grid"));
    }
}

void EnergyPanel::chooseMode(int index)
{
    // One grid source at a time: the planner reads a typed figure before a region before a country.
    m_document->editChoices([&](PlanChoices &c) {
        const double shown = m_document->hasPlan() ? m_document->setup().cost.gridGramsPerKwh.value_or(0) : 0;
        const auto &regions = m_document->catalogs().catalogs().regions;
        c.gridGramsPerKwh.reset();
        if (index != RegionGrid)
            c.region.clear();
        if (index != CountryGrid)
            c.country.clear();
        if (index == TypedGrid)
            c.gridGramsPerKwh = shown; // starts as what is planned with, for the user to edit
        else if (index == RegionGrid && c.region.empty()) {
            const RegionDataset &set = regions.dataset(c.gridDataset);
            if (!set.regions.empty())
                c.region = set.regions.front().id;
        } else if (index == CountryGrid && c.country.empty() && !regions.countries().empty())
            c.country = regions.countries().front().iso3;
    });
}

void EnergyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontier::ui
