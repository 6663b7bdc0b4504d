#include "ui/window/aboutfrontier.h"

#include "data/datasources.h"

namespace frontier::ui {

QString AboutFrontier::version()
{
    return QStringLiteral(FRONTIER_VERSION);
}

QString AboutFrontier::licenceText(const QString &spdx)
{
    if (spdx.isEmpty())
        return tr("Frontier's own licence: none has been declared yet.");
    return tr("Frontier is released under the %1 licence.").arg(spdx);
}

QString AboutFrontier::sourceLicenceText(const QString &licence)
{
    if (licence == QLatin1String("facts"))
        return tr("figures quoted from it");
    return tr("licence: %1").arg(licence);
}

QString AboutFrontier::groupTitle(const QString &group)
{
    if (group == QLatin1String("laws"))
        return tr("Scaling laws");
    if (group == QLatin1String("data"))
        return tr("Data: learning curves, hardware, prices and grid carbon");
    if (group == QLatin1String("figures"))
        return tr("Single figures quoted from other publications");
    return group;
}

QString AboutFrontier::html(const data::SourceList &sources)
{
    QString html = QStringLiteral("<h2>Frontier</h2><p>%1</p><p>%2</p><p>%3</p>")
                       .arg(tr("Version %1").arg(version()),
                            tr("Frontier tells you how big a language model to train on a given budget, "
                               "from published scaling laws, hardware prices and grid carbon data."),
                            licenceText(sources.frontierLicence).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(tr("Its figures come from these works, each listed once:"));
    for (const QString &group : sources.groups) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(groupTitle(group).toHtmlEscaped());
        for (const data::DataSource &source : sources.sources) {
            if (source.group != group)
                continue;
            const QString citation = source.citation.toHtmlEscaped();
            const QString cited = source.url.isEmpty()
                                      ? citation
                                      : QStringLiteral("<a href=\"%1\">%2</a>").arg(source.url.toHtmlEscaped(), citation);
            html += QStringLiteral("<li>%1 (%2)</li>").arg(cited, sourceLicenceText(source.licence).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Every figure's exact source (repository and commit, table or page, date) is recorded "
                        "beside it in Frontier's data files, the resources folder of its source code."));
    return html;
}

QString AboutFrontier::html()
{
    return html(data::sourceList());
}

} // namespace frontier::ui
