#pragma once
// What a chart tells an export (ui/export/chartexport.h) beyond its scene: the interface the
// window's charts implement. It lives with the charts so that they need nothing of the export.

#include <QString>

#include <string>
#include <utility>

class QChartView;

namespace frontier::ui {

// What an exporter needs from a chart beyond its scene. The window's charts implement it.
class ExportableChart
{
public:
    virtual ~ExportableChart() = default;
    virtual QChartView *chartView() = 0;
    virtual QString exportTitle() const = 0;
    virtual QString exportCitation() const = 0;
    // The data behind the drawing as CSV (header first); empty when the chart draws none.
    virtual std::string exportCsv() const = 0;
    // Hover crosshair, tooltips and drag handles; hidden for export, restored after.
    virtual void setDecorationsVisible(bool visible) = 0;
};

// An ExportableChart whose title, citation and data its owner sets: the comparison's charts, whose
// rows are chosen outside them (ui/export/comparisonexport.h).
class ExportTexts : public ExportableChart
{
public:
    void setExportTexts(const QString &title, const QString &citation, std::string csv)
    {
        m_title = title;
        m_citation = citation;
        m_csv = std::move(csv);
    }
    QString exportTitle() const override { return m_title; }
    QString exportCitation() const override { return m_citation; }
    std::string exportCsv() const override { return m_csv; }

private:
    QString m_title, m_citation;
    std::string m_csv;
};

} // namespace frontier::ui
