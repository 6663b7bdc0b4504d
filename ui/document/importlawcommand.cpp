#include "ui/document/importlawcommand.h"

#include "ui/document/plandocument.h"

namespace frontier::ui {

ImportLawCommand::ImportLawCommand(PlanDocument *document, Law law, ImportedRuns runs, const QString &text)
    : QUndoCommand(text), m_document(document), m_law(std::move(law)), m_before(document->inputs()),
      m_after(document->inputs()), m_runsBefore(document->importedRuns()), m_runsAfter(std::move(runs))
{
    m_after.lawId = m_law.id();
    m_after.overrides.clear(); // the fitted constants as fitted
}

void ImportLawCommand::redo()
{
    m_document->catalogs().addFittedLaw(m_law);
    m_document->applyImport(m_after, m_runsAfter);
}

void ImportLawCommand::undo()
{
    // Out of the catalogue first, so the views that refresh on the change no longer list it.
    m_document->catalogs().removeFittedLaw(m_law.id());
    m_document->applyImport(m_before, m_runsBefore);
}

} // namespace frontier::ui
