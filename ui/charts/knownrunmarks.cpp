#include "ui/charts/knownrunmarks.h"

#include "ui/charts/logpoints.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsSimpleTextItem>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>

namespace frontier::ui {

namespace {

constexpr double kLabelGap = 6;   // between a point and its label, pixels
constexpr double kHoverPixels = 9; // a marker is 9 px wide: the pointer anywhere on it counts

} // namespace

KnownRunMarks::KnownRunMarks(QChart *chart, QScatterSeries *series, bool labelled)
    : m_chart(chart), m_series(series), m_labelled(labelled)
{
    m_beyondNote = new QGraphicsSimpleTextItem(chart);
    m_beyondNote->setZValue(9);
    m_beyondNote->hide();
    m_series->setVisible(false);
}

void KnownRunMarks::setMarks(std::vector<Mark> marks, bool visible)
{
    m_marks = std::move(marks);
    m_visible = visible;
    QList<QPointF> points;
    if (visible)
        for (const Mark &m : m_marks)
            if (m.x > 0 && m.y > 0 && std::isfinite(m.x) && std::isfinite(m.y))
                points.append({fastLog10(m.x), fastLog10(m.y)});
    m_series->replace(points);
    if (m_series->isVisible() != visible)
        m_series->setVisible(visible); // its legend entry follows
    while (m_labels.size() < qsizetype(m_marks.size())) {
        auto *label = new QGraphicsSimpleTextItem(m_chart);
        label->setZValue(9);
        // The note is styled from the start (setTextStyle): a label made later takes its style, even
        // the first one, which used to come out black on the dark theme's plot.
        label->setBrush(m_beyondNote->brush());
        label->setFont(m_beyondNote->font());
        m_labels.append(label);
    }
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        m_labels[i]->setText(m_labelled && i < qsizetype(m_marks.size()) ? m_marks[size_t(i)].label : QString());
        m_labels[i]->hide();
    }
}

void KnownRunMarks::place(const LogRange &range)
{
    m_beyond = 0;
    const QRectF plot = m_chart->plotArea();
    // The points themselves are taken first: no label covers another run's point.
    QList<QRectF> taken;
    if (m_visible && m_labelled)
        for (const QPointF &p : m_series->points())
            taken.append(QRectF(m_chart->mapToPosition(p, m_series) - QPointF(5, 5), QSizeF(10, 10)));
    // In the catalogue's order, which puts the runs people know best first (GPT-3, Gopher,
    // Chinchilla, BLOOM, ...): where the points crowd, theirs are the labels that find room.
    for (std::size_t i = 0; i < m_marks.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_labels[qsizetype(i)];
        label->hide();
        const Mark &m = m_marks[i];
        if (!m_visible || !(m.x > 0 && m.y > 0))
            continue;
        const QPointF value(fastLog10(m.x), fastLog10(m.y));
        if (value.x() < range.xMin || value.x() > range.xMax || value.y() < range.yMin || value.y() > range.yMax) {
            ++m_beyond;
            continue;
        }
        const QPointF at = m_chart->mapToPosition(value, m_series);
        if (!m_labelled)
            continue;
        // Right of the point, else left, above or below it: the first place inside the plot that no
        // earlier label takes. Where none is free the label is left out (its tooltip still names
        // the run) rather than drawn away from its point.
        const QSizeF size = label->boundingRect().size();
        const double h = size.height(), w = size.width();
        const QPointF candidates[] = {{at.x() + kLabelGap, at.y() - h / 2},     {at.x() - kLabelGap - w, at.y() - h / 2},
                                      {at.x() + kLabelGap / 2, at.y() - h - 2}, {at.x() + kLabelGap / 2, at.y() + 2},
                                      {at.x() - w - kLabelGap / 2, at.y() - h - 2}, {at.x() - w - kLabelGap / 2, at.y() + 2}};
        for (const QPointF &topLeft : candidates) {
            const QRectF box(topLeft, size);
            const QRectF own(at - QPointF(5, 5), QSizeF(10, 10)); // its own point does not count
            if (!plot.contains(box)
                || std::any_of(taken.begin(), taken.end(), [&](const QRectF &r) { return r != own && r.intersects(box); }))
                continue;
            taken.append(box);
            label->setPos(topLeft);
            label->show();
            break;
        }
    }
    m_beyondNote->setText(beyondText());
    m_beyondNote->setVisible(m_labelled && m_visible && m_beyond > 0);
    if (m_beyondNote->isVisible()) {
        const QRectF note = m_beyondNote->boundingRect();
        m_beyondNote->setPos(plot.right() - note.width() - 4, plot.top() + 4);
    }
}

QString KnownRunMarks::beyondText() const
{
    return QCoreApplication::translate("KnownRunMarks", "Published runs outside the view: %1 (zoom out to see them)")
        .arg(m_beyond);
}

QString KnownRunMarks::detailsNear(const LogChartView &view, double x, double y) const
{
    if (!m_visible)
        return {};
    const QPointF pointer = view.pixelOf(x, y);
    const Mark *nearest = nullptr;
    double best = kHoverPixels;
    for (const Mark &m : m_marks) {
        if (!(m.x > 0 && m.y > 0))
            continue;
        const QPointF d = view.pixelOf(m.x, m.y) - pointer;
        if (const double distance = std::hypot(d.x(), d.y()); distance <= best)
            best = distance, nearest = &m;
    }
    return nearest ? nearest->details : QString();
}

void KnownRunMarks::setTextStyle(const QColor &color, const QFont &font)
{
    for (QGraphicsSimpleTextItem *item : m_labels + QList<QGraphicsSimpleTextItem *>{m_beyondNote}) {
        item->setBrush(color);
        item->setFont(font);
    }
}

QStringList KnownRunMarks::visibleLabels() const
{
    QStringList out;
    for (const QGraphicsSimpleTextItem *label : m_labels)
        if (label->isVisible())
            out.append(label->text());
    return out;
}

} // namespace frontier::ui
