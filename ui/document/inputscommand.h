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
    // Commands with the same `mergeId` (not -1) in a row merge into one step (QUndoCommand::id()).
    InputsCommand(PlanDocument *document, PlanInputs before, PlanInputs after, const QString &text, int mergeId = -1);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    PlanDocument *m_document;
    PlanInputs m_before, m_after;
    int m_mergeId = -1;
};

} // namespace frontier::ui
