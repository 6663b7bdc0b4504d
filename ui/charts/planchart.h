#pragma once
// What the window's two charts of the plan (loss against compute, the allocation) share: they show
// the document and redraw on each of its changes, are exported as they are (ExportableChart), follow
// the language and the palette, and edit the document by dragging, Escape cancelling the drag.

#include "ui/charts/documentdrag.h"
#include "ui/charts/exportablechart.h"
#include "ui/charts/logchartview.h"

namespace frontier::ui {

class PlanDocument;

class PlanChart : public LogChartView, public ExportableChart
{
    Q_OBJECT

public:
    QChartView *chartView() override { return this; }
    // The range around the plan that Home returns to.
    virtual LogRange homeRangeForPlan() const = 0;

public Q_SLOTS:
    // Draws the document as it now is.
    virtual void refresh() = 0;

protected:
    PlanChart(YLabels labels, PlanDocument *document, QWidget *parent);

    virtual void retranslateUi() = 0;
    // The accessible name ("Loss chart") and description (what it shows, in the readouts' numbers).
    virtual QString accessibleTitle() const = 0;
    virtual QString accessibleSummary() const = 0;
    // Sets both on the view; subclasses call it once at the end of their constructor.
    void updateAccessibleText();
    virtual void applyPalette() = 0;
    // After Escape cancelled a drag (the document has its inputs back).
    virtual void dragCancelled() {}

    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

    PlanDocument *m_document;
    DocumentDrag m_gesture{m_document};
};

} // namespace frontier::ui
