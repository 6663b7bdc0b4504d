#pragma once
// Label colours that follow the theme. A style sheet's "color: palette(placeholder-text)" is read
// once, when the sheet is applied: after a switch to the dark theme the text stayed the light
// theme's black on dark grey (1.5:1). These set the label's own palette from its parent's instead,
// again at every palette change, and keep the text at 4.5:1 (WCAG AA) on the panel's background.

#include <QColor>

class QLabel;

namespace frontier::ui {

// A secondary text (a citation, where a number came from): quieter than the panel's text.
void setQuietText(QLabel *label);
// A text in `hue` (an error's red, a warning's amber), lightened or darkened as far as the
// background needs.
void setToneText(QLabel *label, const QColor &hue);

} // namespace frontier::ui
