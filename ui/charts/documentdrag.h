#pragma once
// A drag on a chart that edits the document (the budget, the frontier, the optimal size): the
// document previews every move, the release is one undo step, Escape puts the inputs back. The
// gesture is relative to the law as it was at the press, which the drag keeps.

#include "model/laws/law.h"
#include "ui/document/plandocument.h"

#include <QString>

#include <optional>

namespace frontier::ui {

class DocumentDrag
{
public:
    explicit DocumentDrag(PlanDocument *document) : m_document(document) {}

    void begin() { m_law = m_document->law(); }
    bool active() const { return m_law.has_value(); }
    // The law at the press; only while active().
    const Law &law() const { return *m_law; }
    // One undo step named `undoText` for all the moves.
    void finish(const QString &undoText)
    {
        m_law.reset();
        m_document->commitPreview(undoText);
    }
    void cancel()
    {
        m_law.reset();
        m_document->cancelPreview();
    }

private:
    PlanDocument *m_document;
    std::optional<Law> m_law;
};

} // namespace frontier::ui
