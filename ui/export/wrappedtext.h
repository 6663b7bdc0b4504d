#pragma once
// A text broken into the lines it takes at a width: the exports' title and citation. A citation is
// never shortened (a reader must find the paper from it), so a line breaks between words, or inside
// a word longer than the width (a URL), and the band below the chart grows to hold every line.

#include <QFont>
#include <QStringList>

namespace frontier::ui {

// The lines `text` takes in `font` at most `width` pixels wide (at least one, even for no text).
QStringList wrappedLines(const QString &text, const QFont &font, double width);

} // namespace frontier::ui
