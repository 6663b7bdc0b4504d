#include "ui/document/catalogscommand.h"

#include "ui/document/plandocument.h"

namespace frontier::ui {

CatalogsCommand::CatalogsCommand(PlanDocument *document, std::vector<UserCatalog> before,
                                 std::vector<UserCatalog> after, const QString &text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
}

void CatalogsCommand::redo()
{
    m_document->applyUserCatalogs(m_after);
}

void CatalogsCommand::undo()
{
    m_document->applyUserCatalogs(m_before);
}

} // namespace frontier::ui
