#pragma once
// The comparison's bar chart: one horizontal bar per offer for the chosen metric (cost, time,
// energy or CO2), best at the top, the plan's current offer in its own colour and the offers that
// cannot run the job (the model does not fit) in grey. The dock hands it
// the rows to show; it draws and owns nothing else.

#include "ui/charts/exportablechart.h"

#include <QChartView>

#include <utility>
#include <vector>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace frontier::ui {

struct CompareBar
{
    QString label; // the offer id, or the GPU id without an offer: unique per bar
    double value = 0;
    bool current = false;
    bool fits = true; // false: the model does not fit in the offer's GPUs (drawn apart, in grey)
};

class CompareBarChart : public QChartView, public ExportTexts
{
    Q_OBJECT

public:
    explicit CompareBarChart(QWidget *parent = nullptr);

    // Bars in the order given (first at the top), on a value axis titled `title` that starts at zero.
    void setBars(const std::vector<CompareBar> &bars, const QString &title);
    int barCount() const { return m_count; }
    // The value axis's range, as drawn.
    std::pair<double, double> valueRange() const;

    // ExportableChart (the texts come from whoever sets the bars); a bar chart has no decorations.
    QChartView *chartView() override { return this; }
    void setDecorationsVisible(bool) override {}

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void retranslateUi();

    QHorizontalStackedBarSeries *m_series = nullptr;
    // A bar has its value in one set, 0 in the others.
    QBarSet *m_others = nullptr, *m_current = nullptr, *m_unfit = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;
    int m_count = 0;
};

} // namespace frontier::ui
