#pragma once
// The undo step of File ▸ Add catalogue… and File ▸ Remove catalogue: the user's catalogue files
// before and after (already read and checked, so undo and redo never touch the disk) go into the
// catalogues, and the document recomputes: a plan on a row that left shows its problem.

#include "model/hardware/usercatalog.h"

#include <QUndoCommand>

#include <vector>

namespace frontier::ui {

class PlanDocument;

class CatalogsCommand : public QUndoCommand
{
public:
    CatalogsCommand(PlanDocument *document, std::vector<UserCatalog> before, std::vector<UserCatalog> after,
                    const QString &text);

    void undo() override;
    void redo() override;

private:
    PlanDocument *m_document;
    std::vector<UserCatalog> m_before, m_after;
};

} // namespace frontier::ui
