#include "ui/charts/comparebarchart.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace frontier::ui {

namespace {

const QColor kBarColor(31, 119, 180);    // the charts' budget blue
const QColor kCurrentColor(255, 127, 14); // its complement, for the plan's own offer
const QColor kUnfitColor(160, 160, 160);   // an offer the job cannot run on: there, not chosen

// "runpod/rtx-4090/default" -> "runpod/rtx-4090": the bar chart has little room for names.
QString shortLabel(QString label)
{
    if (label.endsWith(QStringLiteral("/default")))
        label.chop(8);
    return label;
}

// A value axis from zero to just past `largest`, in 1, 2, 2.5 or 5 times a power of ten, at most
// five steps (QValueAxis::applyNiceNumbers took a 2.1 loss to 3, a third of the chart empty).
struct ZeroBasedAxis
{
    double max = 1;
    int ticks = 2;
};

ZeroBasedAxis zeroBasedAxis(double largest)
{
    if (!(largest > 0) || !std::isfinite(largest))
        return {};
    const double top = largest * 1.02; // the longest bar ends short of the edge
    const double decade = std::pow(10, std::floor(std::log10(top / 5)));
    for (const double multiple : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const double step = multiple * decade;
        if (const double steps = std::ceil(top / step); steps <= 5)
            return {steps * step, int(steps) + 1};
    }
    return {std::ceil(top / (10 * decade)) * 10 * decade, 2};
}

} // namespace

CompareBarChart::CompareBarChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("compareBarChart"));
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    // The legend says what the orange bar is; small, so the bars keep their room.
    chart()->legend()->setAlignment(Qt::AlignTop);
    QFont legendFont = chart()->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    chart()->legend()->setFont(legendFont);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    m_others = new QBarSet(QString());
    m_current = new QBarSet(QString());
    m_unfit = new QBarSet(QString());
    m_others->setColor(kBarColor);
    m_current->setColor(kCurrentColor);
    m_unfit->setColor(kUnfitColor);
    for (QBarSet *set : {m_others, m_current, m_unfit})
        set->setBorderColor(Qt::transparent);
    m_series = new QHorizontalStackedBarSeries;
    m_series->append(m_others);
    m_series->append(m_current);
    m_series->append(m_unfit);
    m_series->setBarWidth(0.75);
    chart()->addSeries(m_series);
    m_categories = new QBarCategoryAxis;
    m_categories->setTruncateLabels(false);
    m_values = new QValueAxis;
    m_values->setLabelFormat(QStringLiteral("%.3g"));
    m_values->setTickCount(5);
    chart()->addAxis(m_categories, Qt::AlignLeft);
    chart()->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    QFont small = m_categories->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_categories->setLabelsFont(small);
    m_values->setLabelsFont(small);
    applyPalette();
    retranslateUi();
}

void CompareBarChart::retranslateUi()
{
    m_others->setLabel(tr("Offers"));
    m_current->setLabel(tr("Current plan"));
    m_unfit->setLabel(tr("Does not fit in memory"));
}

void CompareBarChart::setBars(const std::vector<CompareBar> &bars, const QString &title)
{
    // Qt draws the first category at the bottom: hand them over reversed, so the first is on top.
    QStringList labels;
    QList<qreal> others, current, unfit;
    double largest = 0;
    for (auto bar = bars.rbegin(); bar != bars.rend(); ++bar) {
        labels << shortLabel(bar->label);
        others << (!bar->current && bar->fits ? bar->value : 0.0);
        current << (bar->current ? bar->value : 0.0);
        unfit << (!bar->current && !bar->fits ? bar->value : 0.0);
        largest = std::max(largest, bar->value);
    }
    for (QBarSet *set : {m_others, m_current, m_unfit})
        set->remove(0, set->count());
    m_categories->clear();
    m_categories->append(labels);
    m_others->append(others);
    m_current->append(current);
    m_unfit->append(unfit);
    // The grey bars' legend entry only when there are some.
    const bool anyUnfit = std::any_of(unfit.begin(), unfit.end(), [](qreal v) { return v != 0; });
    for (QLegendMarker *marker : chart()->legend()->markers(m_series))
        if (auto *bar = qobject_cast<QBarLegendMarker *>(marker); bar && bar->barset() == m_unfit)
            bar->setVisible(anyUnfit);
    // From zero, whatever the metric: a bar's length is its value, so two bars' lengths compare as
    // their values do (an axis from 1.95 made a loss 3 % lower look half as long).
    const ZeroBasedAxis axis = zeroBasedAxis(largest);
    m_values->setRange(0, axis.max);
    m_values->setTickCount(axis.ticks);
    // Whole numbers read better than "1e+04" up to a million; losses and huge values keep 3 digits.
    m_values->setLabelFormat(largest >= 10 && largest < 1e6 ? QStringLiteral("%.0f") : QStringLiteral("%.3g"));
    m_values->setTitleText(title);
    m_count = int(bars.size());
}

std::pair<double, double> CompareBarChart::valueRange() const
{
    return {m_values->min(), m_values->max()};
}

void CompareBarChart::applyPalette()
{
    const QPalette p = palette();
    chart()->setBackgroundBrush(p.base());
    chart()->legend()->setLabelColor(p.color(QPalette::Text));
    chart()->setPlotAreaBackgroundVisible(false);
    for (QAbstractAxis *axis : chart()->axes()) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setTitleBrush(p.text());
        axis->setGridLineColor(p.color(QPalette::Mid));
        axis->setLinePenColor(p.color(QPalette::Mid));
    }
}

void CompareBarChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QChartView::changeEvent(event);
}

} // namespace frontier::ui
