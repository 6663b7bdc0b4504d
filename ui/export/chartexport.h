#pragma once
// Export of a chart to a file, as the user sees it minus the interaction decorations (hover
// crosshair, drag handles), with a title above and the law's citation in small print below (both
// wrapped to the width, never elided: ui/export/wrappedtext.h), the data clipped to the plot area in
// every format (ui/export/plotlayers.h):
//   PNG  a QImage of size x scale device pixels (devicePixelRatio = scale: text and lines scale too)
//   SVG  QSvgGenerator, vector, size in pixels
//   PDF  QPdfWriter, one page sized to the chart
//   CSV  the numbers the chart draws (the model's chart data, model/laws/chartcsv.h)
// The chart's scene is rendered into the painter after the view is laid out at the requested size,
// so the file has that size whatever the window's is; the view gets its size and decorations back.
// Files are written atomically (QSaveFile). The file dialog is the window's business, not this one's.

#include "ui/charts/exportablechart.h"

#include <QSize>
#include <QString>

#include <optional>
#include <string>

namespace frontier::ui {

enum class ExportFormat { Png, Svg, Pdf, Csv };

// By the file's suffix (case-insensitive): .png, .svg, .pdf, .csv; nullopt for any other.
std::optional<ExportFormat> exportFormatForPath(const QString &path);

// The limits an export accepts (checked by exportChart; the window's dialog uses them for its fields).
constexpr int kMinExportSide = 64;
constexpr int kMaxExportSide = 8000;
constexpr double kMinExportScale = 1;
constexpr double kMaxExportScale = 4;

// Throws InputError unless `size` and `scale` are within the limits above (and a PNG of them at most
// 16,000 pixels a side); exportChart checks it too, a caller may ask first. CSV has no size.
void checkExportSize(const QString &path, ExportFormat format, QSize size, double scale);

// Writes `chart` to `path`. `size` is in pixels (CSS pixels for SVG, 1/96 inch for PDF); `scale`
// multiplies the PNG's pixels only. Throws InputError naming the path and the reason (a size or
// scale out of range, a file that cannot be written).
void exportChart(ExportableChart &chart, const QString &path, ExportFormat format, QSize size,
                 double scale = 1);

// Writes data that is no chart's (the comparison table) to `path` as CSV, atomically; throws
// InputError like exportChart.
void exportCsv(const std::string &csv, const QString &path);

} // namespace frontier::ui
