// The loss chart's layer of imported runs (File ▸ Import runs…): each run a point at its training
// compute C = 6ND (the FLOPs of the file, when it gave FLOPs: the reader derived D = C / 6N) and its
// loss, coloured by size like the learning curves. One series with a colour per point
// (QXYSeries::setPointsConfiguration, Qt 6.2+) rather than a series per colour.
#include "ui/charts/losschart.h"

#include "model/core/units.h"
#include "ui/charts/colormap.h"
#include "ui/charts/flowlegend.h"
#include "ui/document/plandocument.h"

#include <QScatterSeries>

#include <cmath>

namespace frontier::ui {

void LossChart::drawRuns(double minSize, double maxSize)
{
    m_drawnRuns = m_document->importedRuns();
    const bool show = !m_drawnRuns.empty() && m_document->layerVisible(Layer::ImportedRuns);
    QList<QPointF> points;
    QHash<int, QHash<QXYSeries::PointConfiguration, QVariant>> colors;
    if (show) {
        for (const Observation &o : m_drawnRuns.runs) {
            colors[int(points.size())][QXYSeries::PointConfiguration::Color] =
                colorForSize(o.params, minSize, maxSize, m_scale);
            points.append({std::log10(units::kFlopsPerParamToken * o.params * o.tokens), std::log10(o.loss)});
        }
    }
    m_runs->clearPointsConfiguration();
    m_runs->replace(points);
    m_runs->setPointsConfiguration(colors);
    if (m_runs->isVisible() == show)
        return;
    m_runs->setVisible(show); // its legend entry follows
}

QList<QPointF> LossChart::runPoints() const
{
    return m_runs->points();
}

QList<QColor> LossChart::runColors() const
{
    QList<QColor> out;
    const auto configuration = m_runs->pointsConfiguration();
    for (int i = 0; i < m_runs->count(); ++i)
        out.append(configuration.value(i).value(QXYSeries::PointConfiguration::Color).value<QColor>());
    return out;
}

QStringList LossChart::legendEntries() const
{
    return legend()->names();
}

} // namespace frontier::ui
