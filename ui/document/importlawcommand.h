#pragma once
// The undo step of File ▸ Import runs…: the fitted law joins the catalogue, the plan switches to it
// and its runs are drawn; undo takes the law out again and puts back the law, inputs and runs from
// before. Like InputsCommand, both directions only apply(), so nothing is pushed while an undo runs.

#include "model/laws/law.h"
#include "ui/document/importedruns.h"
#include "ui/document/planinputs.h"

#include <QUndoCommand>

namespace frontier::ui {

class PlanDocument;

class ImportLawCommand : public QUndoCommand
{
public:
    ImportLawCommand(PlanDocument *document, Law law, ImportedRuns runs, const QString &text);

    void undo() override;
    void redo() override;

private:
    PlanDocument *m_document;
    Law m_law;
    PlanInputs m_before, m_after;
    ImportedRuns m_runsBefore, m_runsAfter;
};

} // namespace frontier::ui
