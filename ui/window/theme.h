#pragma once
// Light or dark, or whatever the desktop says. Fusion draws both the same way on every desktop;
// the charts follow through their PaletteChange handling (LogChartView::applyChartPalette).

#include <QString>

namespace frontier::ui {

enum class Theme { System, Light, Dark };

Theme parseTheme(const QString &name);   // "system" | "light" | "dark"; anything else is System
QString themeName(Theme theme);
// Applies it to the application (call with a QApplication running). The System palette is the one
// the platform gave at start.
void applyTheme(Theme theme);
Theme currentTheme();

} // namespace frontier::ui
