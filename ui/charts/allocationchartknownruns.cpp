// The allocation chart's layer of published runs (View ▸ Chart layers ▸ Published runs): each run at
// its training FLOPs (printed, else 6ND), a filled point at its size and a hollow one at its tokens,
// so a run that sits below the N_opt line was trained smaller than the law's optimum for its compute.
#include "ui/charts/allocationchart.h"

#include "data/knownruntext.h"
#include "data/resourcedata.h"
#include "ui/charts/knownrunmarks.h"
#include "ui/document/plandocument.h"

namespace frontier::ui {

void AllocationChart::drawKnownRuns()
{
    const bool show = m_document->layerVisible(Layer::KnownRuns);
    std::vector<KnownRunMarks::Mark> sizes, tokens;
    if (show) {
        for (const KnownRun &run : data::knownRuns().all()) {
            const auto flops = run.trainingFlops();
            if (!flops)
                continue;
            const QString name = QString::fromStdString(run.name);
            const QString details = data::runDetails(run);
            if (run.params)
                sizes.push_back({*flops, run.params->value, name,
                                 details + QStringLiteral("\n\n") + tr("The filled point is its parameters at its training FLOPs.")});
            if (run.tokens)
                tokens.push_back({*flops, run.tokens->value, name,
                                  details + QStringLiteral("\n\n") + tr("The hollow point is its training tokens at its training FLOPs.")});
        }
    }
    m_knownSizes->setMarks(std::move(sizes), show);
    m_knownTokens->setMarks(std::move(tokens), show);
    m_knownSizes->place(range());
    m_knownTokens->place(range());
}

} // namespace frontier::ui
