#pragma once
// One undo step of the document: the inputs before and after. undo() is redo() the other way
// round, and both only apply(), so nothing is pushed while an undo runs.

#include "ui/document/planinputs.h"

#include <QUndoCommand>

namespace frontier::ui {

class PlanDocument;

class InputsCommand : public QUndoCommand
{
public:
    InputsCommand(PlanDocument *document, PlanInputs before, PlanInputs after, const QString &text);

    void undo() override;
    void redo() override;

private:
    PlanDocument *m_document;
    PlanInputs m_before, m_after;
};

} // namespace frontier::ui
