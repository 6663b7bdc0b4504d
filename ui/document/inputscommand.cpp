#include "ui/document/inputscommand.h"

#include "ui/document/plandocument.h"

namespace frontier::ui {

InputsCommand::InputsCommand(PlanDocument *document, PlanInputs before, PlanInputs after, const QString &text, int mergeId)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeId(mergeId)
{
}

bool InputsCommand::mergeWith(const QUndoCommand *other)
{
    // QUndoStack offers only a command of the same id(), pushed right after this one.
    m_after = static_cast<const InputsCommand *>(other)->m_after;
    setText(other->text());
    setObsolete(m_after == m_before); // browsed back to where it started: no step at all
    return true;
}

void InputsCommand::undo()
{
    m_document->apply(m_before);
}

void InputsCommand::redo()
{
    m_document->apply(m_after);
}

} // namespace frontier::ui
