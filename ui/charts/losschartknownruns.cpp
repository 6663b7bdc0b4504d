// The loss chart's layer of published runs (View ▸ Chart layers ▸ Published runs): each run at its
// training FLOPs (printed, else 6ND) and at the loss the CURRENT law predicts for its N and D. The
// runs reported no loss on one common dataset, so the height is the law's, and the tooltip says so.
#include "ui/charts/losschart.h"

#include "data/knownruntext.h"
#include "data/resourcedata.h"
#include "model/core/errors.h"
#include "model/core/numbers.h"
#include "ui/charts/knownrunmarks.h"
#include "ui/document/plandocument.h"

#include <cmath>
#include <limits>

namespace frontier::ui {

void LossChart::drawKnownRuns()
{
    const bool show = m_document->layerVisible(Layer::KnownRuns);
    // Their heights follow the law only: a budget drag, or a frontier drag's repeat, changes nothing.
    const std::string drawnFor = show ? m_document->lawKey() : std::string();
    if (!m_knownRunsDrawnFor.empty() && drawnFor == m_knownRunsDrawnFor)
        return;
    m_knownRunsDrawnFor = drawnFor;
    std::vector<KnownRunMarks::Mark> marks;
    if (show) {
        const Law &law = m_document->law();
        const QString lawName = QString::fromStdString(law.info().name);
        for (const KnownRun &run : data::knownRuns().all()) {
            const auto flops = run.trainingFlops();
            if (!flops)
                continue; // nothing says where it goes
            // NaN: no height. (An optional here drew GCC 12's "may be used uninitialized" in Release.)
            double loss = std::numeric_limits<double>::quiet_NaN();
            QString how;
            try {
                if (law.can(Capability::LossOfParamsTokens) && run.params && run.tokens) {
                    LossQuery query;
                    query.params = run.params->value;
                    query.tokens = run.tokens->value;
                    loss = law.loss(query);
                    how = tr("Placed at the loss %1 predicts for its parameters and tokens: %2 nats/token.");
                } else if (law.can(Capability::LossOfCompute)) {
                    loss = law.optimumForFlops(*flops).loss.value_or(loss);
                    how = tr("Placed on %1's compute frontier at its FLOPs: %2 nats/token.");
                }
            } catch (const InputError &) {
                continue; // outside the law's range: no height to give it
            }
            if (!std::isfinite(loss))
                continue;
            const QString details = data::runDetails(run) + QStringLiteral("\n\n")
                                    + how.arg(lawName, QString::fromStdString(formatNumber(loss, 4))) + QLatin1Char(' ')
                                    + tr("Published runs reported no loss on one common dataset: the height is the "
                                         "law's prediction, not a measured loss.");
            marks.push_back({*flops, loss, QString::fromStdString(run.name), details});
        }
    }
    m_knownMarks->setMarks(std::move(marks), show);
    m_knownMarks->place(range());
}

} // namespace frontier::ui
