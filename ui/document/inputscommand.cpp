#include "ui/document/inputscommand.h"

#include "ui/document/plandocument.h"

namespace frontier::ui {

InputsCommand::InputsCommand(PlanDocument *document, PlanInputs before, PlanInputs after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
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
