#pragma once
// Published runs (GPT-3, Chinchilla, Llama 2, ...) on a chart: a point each, labelled with the run's
// name, and its figures with their sources as the tooltip of the point. Each label takes the first
// free place beside its point (right, left, above, below) and is left out where none is free, never
// drawn away from its point; a point outside the view is not drawn, and
// a note at the plot's edge counts the runs that lie beyond it, so the default view (a $20k plan, far
// below any of them) keeps its range and says where the famous runs are. The chart decides where each
// run sits (the loss chart at the current law's prediction, the allocation chart at its size).

#include "ui/charts/logchartview.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

#include <vector>

class QChart;
class QGraphicsSimpleTextItem;
class QScatterSeries;

namespace frontier::ui {

class KnownRunMarks
{
public:
    struct Mark
    {
        double x = 0, y = 0; // real values: FLOPs and a loss or a count
        QString label;       // "GPT-3 175B"
        QString details;     // the tooltip: figures and sources
    };

    // `series` is the chart's own (added by it, in log10 coordinates); the labels are drawn in `chart`.
    // Without `labelled` the points stand alone (a second point per run, as the allocation chart's
    // tokens): no names, no note about runs beyond the view.
    KnownRunMarks(QChart *chart, QScatterSeries *series, bool labelled = true);

    // Replaces the marks; with `visible` false nothing is drawn (the layer is off).
    void setMarks(std::vector<Mark> marks, bool visible);
    // Puts the labels beside their points for the chart's present range and plot area.
    void place(const LogRange &range);
    // The details of the mark within a few pixels of (x, y) (real values) on `view`; empty for none.
    QString detailsNear(const LogChartView &view, double x, double y) const;
    // The labels in the chart's text colour and axis font (the palette or the language changed).
    void setTextStyle(const QColor &color, const QFont &font);

    // For tests: the marks, the labels drawn (visible ones) and how many lie beyond the view.
    const std::vector<Mark> &marks() const { return m_marks; }
    QStringList visibleLabels() const;
    int beyondCount() const { return m_beyond; }
    QString beyondText() const;

private:
    QChart *m_chart;
    QScatterSeries *m_series;
    std::vector<Mark> m_marks;
    QList<QGraphicsSimpleTextItem *> m_labels;
    QGraphicsSimpleTextItem *m_beyondNote = nullptr;
    bool m_labelled = true;
    bool m_visible = false;
    int m_beyond = 0;
};

} // namespace frontier::ui
