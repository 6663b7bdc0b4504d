#pragma once
// The frame of a panel's small log-log chart of the document's plan: one curve, a series of marker
// lines (the critical batch, the paper's epochs) and the plan's own point. A subclass names them in
// retranslateUi(), fills them in refresh() and says what a hover reads; the frame redraws on every
// document change and retranslates on a language change. No drags, only the zoom and hover of every
// log chart.

#include "ui/charts/logchartview.h"

class QLineSeries;
class QScatterSeries;

namespace frontier::ui {

class PlanDocument;

class PlanCurveChart : public LogChartView
{
    Q_OBJECT

public:
    // The curve as drawn, in real units (not log10), for tests.
    QList<QPointF> curve() const;

protected:
    PlanCurveChart(PlanDocument *document, YLabels yLabels, const QString &objectName, Qt::PenStyle markStyle,
                   QWidget *parent);
    void changeEvent(QEvent *event) override;
    // The subclass's constructor calls retranslateUi() once it is whole (it calls refresh()).
    virtual void retranslateUi() = 0;
    virtual void refresh() = 0;

    PlanDocument *const m_document;
    QLineSeries *const m_curve;
    QLineSeries *const m_marks;
    QScatterSeries *const m_point;
};

} // namespace frontier::ui
