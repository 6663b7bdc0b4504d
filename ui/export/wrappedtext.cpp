#include "ui/export/wrappedtext.h"

#include <QFontMetricsF>
#include <QTextBoundaryFinder>

namespace frontier::ui {

namespace {

// Splits a word wider than `width` (a URL, a title in a script without spaces) where it must:
// the longest run of whole characters (graphemes) that fits, then the next.
QStringList brokenWord(const QString &word, const QFontMetricsF &metrics, double width)
{
    QStringList pieces;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, word);
    qsizetype start = 0, fitting = 0;
    for (qsizetype at = graphemes.toNextBoundary(); at > 0; at = graphemes.toNextBoundary()) {
        if (metrics.horizontalAdvance(word.mid(start, at - start)) > width && fitting > start) {
            pieces << word.mid(start, fitting - start);
            start = fitting;
        }
        fitting = at;
    }
    pieces << word.mid(start);
    return pieces;
}

} // namespace

QStringList wrappedLines(const QString &text, const QFont &font, double width)
{
    // Breaks only between words (Qt's own line breaking would also split "arXiv:2203.15556" after
    // the colon): the words of a line are filled greedily.
    const QFontMetricsF metrics(font);
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (metrics.horizontalAdvance(longer) <= width) {
            line = longer;
            continue;
        }
        if (!line.isEmpty())
            lines << line;
        QStringList pieces = brokenWord(word, metrics, width);
        line = pieces.takeLast();
        lines << pieces;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    return lines;
}

} // namespace frontier::ui
