#include "ui/charts/flowlegend.h"

#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include <cmath>

namespace frontier::ui {

namespace {
constexpr double kEntryGap = 12; // between one entry's text and the next entry's swatch
constexpr double kSwatchGap = 4; // between a swatch and its text
constexpr double kRowGap = 2;
} // namespace

FlowLegend::FlowLegend(QGraphicsItem *parent) : QGraphicsObject(parent)
{
    setZValue(6);
}

double FlowLegend::layOut(const QList<Entry> &entries, double width, const QFont &font,
                          const QColor &textColor)
{
    prepareGeometryChange();
    qDeleteAll(childItems());
    m_entries = entries;
    m_width = width;
    const QFontMetricsF metrics(font);
    const double line = std::ceil(metrics.height());
    const double swatch = std::round(line * 0.6);

    struct Placed
    {
        const Entry *entry;
        QString text;
        double width;
    };
    QList<QList<Placed>> rows(1);
    double rowWidth = 0;
    for (const Entry &entry : m_entries) {
        // An entry wider than the whole row (a very narrow chart) is the one place left to elide.
        const QString text =
            metrics.elidedText(entry.name, Qt::ElideRight, std::max(1.0, width - swatch - kSwatchGap));
        const double w = swatch + kSwatchGap + metrics.horizontalAdvance(text);
        const double needed = rows.last().isEmpty() ? w : rowWidth + kEntryGap + w;
        if (needed > width && !rows.last().isEmpty()) {
            rows.append(QList<Placed>());
            rowWidth = w;
        } else {
            rowWidth = needed;
        }
        rows.last().append({&entry, text, w});
    }

    double y = 0;
    for (const QList<Placed> &row : rows) {
        if (row.isEmpty())
            continue;
        double total = -kEntryGap;
        for (const Placed &p : row)
            total += kEntryGap + p.width;
        double x = std::round((width - total) / 2);
        for (const Placed &p : row) {
            auto *box = new QGraphicsRectItem(x, y + (line - swatch) / 2, swatch, swatch, this);
            box->setBrush(p.entry->swatch);
            // A swatch without fill (a ring on the chart) shows its outline stronger.
            box->setPen(QPen(p.entry->border, p.entry->swatch.color().alpha() == 0 ? 2 : 1));
            auto *label = new QGraphicsSimpleTextItem(p.text, this);
            label->setFont(font);
            label->setBrush(textColor);
            label->setPos(x + swatch + kSwatchGap, y);
            x += p.width + kEntryGap;
        }
        y += line + kRowGap;
    }
    m_height = y > 0 ? y - kRowGap : 0;
    return m_height;
}

QStringList FlowLegend::names() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out.append(e.name);
    return out;
}

QStringList FlowLegend::drawnTexts() const
{
    QStringList out;
    for (QGraphicsItem *item : childItems())
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            out.append(text->text());
    return out;
}

QRectF FlowLegend::boundingRect() const
{
    return {0, 0, m_width, m_height};
}

} // namespace frontier::ui
