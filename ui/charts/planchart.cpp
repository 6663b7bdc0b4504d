#include "ui/charts/planchart.h"

#include "ui/document/plandocument.h"

#include <QEvent>
#include <QKeyEvent>

namespace frontier::ui {

PlanChart::PlanChart(YLabels labels, PlanDocument *document, QWidget *parent)
    : LogChartView(labels, parent)
    , m_document(document)
{
    connect(document, &PlanDocument::changed, this, &PlanChart::refresh);
    connect(document, &PlanDocument::changed, this, &PlanChart::updateAccessibleText);
}

void PlanChart::updateAccessibleText()
{
    const QString title = accessibleTitle(), summary = accessibleSummary();
    if (accessibleName() != title)
        setAccessibleName(title);
    if (accessibleDescription() != summary)
        setAccessibleDescription(summary);
}

void PlanChart::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_gesture.active()) {
        m_gesture.cancel();
        dragCancelled();
        return;
    }
    LogChartView::keyPressEvent(event);
}

void PlanChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateAccessibleText();
    }
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
    LogChartView::changeEvent(event);
}

} // namespace frontier::ui
