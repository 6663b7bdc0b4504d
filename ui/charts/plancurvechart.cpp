#include "ui/charts/plancurvechart.h"

#include "ui/document/plandocument.h"

#include <QEvent>
#include <QLineSeries>
#include <QScatterSeries>

#include <cmath>

namespace frontier::ui {

PlanCurveChart::PlanCurveChart(PlanDocument *document, YLabels yLabels, const QString &objectName,
                               Qt::PenStyle markStyle, QWidget *parent)
    : LogChartView(yLabels, parent)
    , m_document(document)
    , m_curve(new QLineSeries)
    , m_marks(new QLineSeries)
    , m_point(new QScatterSeries)
{
    setObjectName(objectName);
    setMinimumHeight(170);
    addSeries(m_curve);
    addSeries(m_marks);
    addSeries(m_point);
    QPen pen = m_marks->pen();
    pen.setStyle(markStyle);
    m_marks->setPen(pen);
    m_point->setMarkerSize(9);
    connect(m_document, &PlanDocument::changed, this, [this] { refresh(); });
}

QList<QPointF> PlanCurveChart::curve() const
{
    QList<QPointF> points;
    for (const QPointF &p : m_curve->points())
        points << QPointF(std::pow(10.0, p.x()), std::pow(10.0, p.y()));
    return points;
}

void PlanCurveChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    LogChartView::changeEvent(event);
}

} // namespace frontier::ui
