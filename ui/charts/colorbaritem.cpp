#include "ui/charts/colorbaritem.h"

#include "ui/charts/colormap.h"
#include "ui/charts/logticks.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

#include <cmath>

namespace frontier::ui {

namespace {
constexpr double kBarWidth = 12;
constexpr double kTitleHeight = 18;
}

ColorBarItem::ColorBarItem(QGraphicsItem *parent)
    : QGraphicsObject(parent)
{
    setZValue(5);
}

void ColorBarItem::setSizeRange(double minParams, double maxParams)
{
    if (minParams == m_min && maxParams == m_max)
        return;
    m_min = minParams;
    m_max = maxParams;
    update();
}

void ColorBarItem::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void ColorBarItem::setTextColor(const QColor &color)
{
    m_text = color;
    update();
}

void ColorBarItem::setBarHeight(double height)
{
    prepareGeometryChange();
    m_height = std::max(40.0, height);
}

QRectF ColorBarItem::boundingRect() const
{
    return {0, 0, kWidth, m_height + kTitleHeight};
}

void ColorBarItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!(m_max > m_min))
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = painter->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    painter->setPen(m_text);
    painter->drawText(QRectF(0, 0, kWidth, kTitleHeight), Qt::AlignLeft | Qt::AlignVCenter, m_title);

    const QRectF bar(0, kTitleHeight, kBarWidth, m_height);
    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft()); // small at the bottom, as on the y axis
    for (int i = 0; i <= 16; ++i)
        gradient.setColorAt(i / 16.0, viridis(i / 16.0));
    painter->fillRect(bar, gradient);
    painter->setPen(QPen(m_text, 0.5));
    painter->drawRect(bar);

    const double lo = std::log10(m_min), hi = std::log10(m_max);
    const QFontMetricsF metrics(font);
    for (const Tick &t : countTicks(lo, hi, std::max(2, int(m_height / 28)))) {
        const double y = bar.bottom() - (t.position - lo) / (hi - lo) * bar.height();
        painter->drawLine(QPointF(bar.right(), y), QPointF(bar.right() + 4, y));
        painter->drawText(QPointF(bar.right() + 6, y + metrics.ascent() / 2 - 1), t.label);
    }
}

} // namespace frontier::ui
