#include "ui/charts/colorbaritem.h"

#include "ui/charts/colormap.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

#include <cmath>

namespace frontier::ui {

namespace {
constexpr double kBarWidth = 12;
constexpr double kTickLength = 4;
constexpr double kLabelGap = 6; // from the bar's edge to its labels
constexpr double kMinBarHeight = 40;
}

ColorBarItem::ColorBarItem(QGraphicsItem *parent)
    : QGraphicsObject(parent)
{
    setZValue(5);
    m_titleFont.setBold(true);
    relayout();
}

void ColorBarItem::setSizeRange(double minParams, double maxParams)
{
    if (minParams == m_min && maxParams == m_max)
        return;
    m_min = minParams;
    m_max = maxParams;
    relayout();
}

void ColorBarItem::setScale(const ColorScale &scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    update();
}

void ColorBarItem::setTitle(const QString &title)
{
    if (title == m_title)
        return;
    m_title = title;
    relayout();
}

void ColorBarItem::setTextColor(const QColor &color)
{
    m_text = color;
    update();
}

void ColorBarItem::setFonts(const QFont &labels, const QFont &title)
{
    if (labels == m_labelsFont && title == m_titleFont)
        return;
    m_labelsFont = labels;
    m_titleFont = title;
    relayout();
}

void ColorBarItem::setItemHeight(double height)
{
    if (height == m_height)
        return;
    m_height = height;
    relayout();
}

double ColorBarItem::width() const
{
    return m_width;
}

void ColorBarItem::relayout()
{
    prepareGeometryChange();
    const QFontMetricsF labels(m_labelsFont), title(m_titleFont);
    double widest = 0;
    for (const Tick &t : ticks())
        widest = std::max(widest, labels.horizontalAdvance(t.label));
    const double width =
        std::ceil(std::max(title.horizontalAdvance(m_title), kBarWidth + kLabelGap + widest) + 2);
    const bool changed = width != m_width;
    m_width = width;
    update();
    if (changed)
        Q_EMIT widthChanged();
}

QRectF ColorBarItem::barRect() const
{
    // The title's line (a Chinese title may be taller than the Latin font's line), then half a label
    // above the bar's top and below its bottom: the end labels are centred on the bar's ends.
    const QFontMetricsF labels(m_labelsFont), title(m_titleFont);
    const double titleHeight = std::max(title.height(), title.boundingRect(m_title).height());
    const double top = std::ceil(titleHeight + labels.ascent() / 2 + 2);
    const double bottom = m_height - std::ceil(labels.ascent() / 2 + labels.descent());
    return {0, top, kBarWidth, std::max(kMinBarHeight, bottom - top)};
}

QVector<Tick> ColorBarItem::ticks() const
{
    if (!(m_max > m_min))
        return {};
    // A label every two lines of text at most.
    const double spacing = 2 * QFontMetricsF(m_labelsFont).height();
    return countTicks(std::log10(m_min), std::log10(m_max), std::max(2, int(barRect().height() / spacing)));
}

QRectF ColorBarItem::boundingRect() const
{
    return {0, 0, m_width, std::max(m_height, barRect().bottom() + QFontMetricsF(m_labelsFont).height())};
}

void ColorBarItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!(m_max > m_min))
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(m_text);
    painter->setFont(m_titleFont);
    const QFontMetricsF titleMetrics(m_titleFont);
    painter->drawText(QPointF(0, titleMetrics.ascent()), m_title);

    const QRectF bar = barRect();
    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft()); // small at the bottom, as on the y axis
    for (int i = 0; i <= 16; ++i)
        gradient.setColorAt(i / 16.0, m_scale.at(i / 16.0));
    painter->fillRect(bar, gradient);
    painter->setPen(QPen(m_text, 0.5));
    painter->drawRect(bar);

    painter->setFont(m_labelsFont);
    const QFontMetricsF metrics(m_labelsFont);
    const double lo = std::log10(m_min), hi = std::log10(m_max);
    for (const Tick &t : ticks()) {
        const double y = bar.bottom() - (t.position - lo) / (hi - lo) * bar.height();
        painter->drawLine(QPointF(bar.right(), y), QPointF(bar.right() + kTickLength, y));
        painter->drawText(QPointF(bar.right() + kLabelGap, y + metrics.ascent() / 2 - 1), t.label);
    }
}

} // namespace frontier::ui
