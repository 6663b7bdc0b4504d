#pragma once
// Where the electricity comes from and what it costs the planet: the grid's carbon intensity from a
// cloud region of one named dataset (mlco2 or CodeCarbon, never merged), a country's average, or a
// typed g/kWh; the facility's PUE (typed or the provider's default), the GPUs' average power
// fraction and an optional electricity price. "Default" leaves the grid to the planner (the offer's
// region, else the world average).

#include "model/plan/planner.h"

#include <QWidget>

#include <string>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;

namespace frontier::ui {

class NumberField;
class PlanDocument;

class EnergyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EnergyPanel(PlanDocument *document, QWidget *parent = nullptr);

    // The panel's fields in reading order, hidden ones included: the window chains every panel's
    // order into one Tab order.
    QWidgetList tabOrder() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Mode { DefaultGrid, RegionGrid, CountryGrid, TypedGrid };

    void retranslateUi();
    void refresh();
    void fillRegions(const std::string &dataset);
    std::string m_regionsDataset; // what the region list was last filled for
    void chooseMode(int index);

    PlanDocument *m_document = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_mode = nullptr, *m_dataset = nullptr, *m_region = nullptr, *m_country = nullptr;
    NumberField *m_grid = nullptr, *m_pue = nullptr, *m_powerFraction = nullptr, *m_electricity = nullptr;
    QLabel *m_gridSource = nullptr;
    std::vector<QLabel *> m_labels;
};

} // namespace frontier::ui
