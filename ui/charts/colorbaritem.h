#pragma once
// The colour bar of the learning-curve family: viridis from the smallest model size to the largest,
// labelled in parameters (1M, 10M, ... 1T), drawn in the chart's scene so that it is part of every
// export. Its texts are in the fonts the chart gives it (the axes' own), never the painter's: an
// export paints the scene with a painter whose font is the export's title font.

#include "ui/charts/colormap.h"
#include "ui/charts/logticks.h"

#include <QFont>
#include <QGraphicsObject>

namespace frontier::ui {

class ColorBarItem : public QGraphicsObject
{
    Q_OBJECT

public:
    explicit ColorBarItem(QGraphicsItem *parent = nullptr);

    void setSizeRange(double minParams, double maxParams);
    // The part of viridis the curves are drawn in (colorForSize's scale).
    void setScale(const ColorScale &scale);
    void setTitle(const QString &title);
    void setTextColor(const QColor &color);
    // Tick labels in `labels` (the axis labels' font), the title in `title` (the axis titles').
    void setFonts(const QFont &labels, const QFont &title);
    // The item is `height` pixels tall: its title, then the bar, with room for the end labels.
    void setItemHeight(double height);
    // As wide as its title or its bar with the widest label, in its fonts.
    double width() const;

    // The ticks drawn beside the bar, bottom to top (for tests).
    QVector<Tick> ticks() const;
    QString title() const { return m_title; }
    QFont labelsFont() const { return m_labelsFont; }
    QFont titleFont() const { return m_titleFont; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

Q_SIGNALS:
    // The width changed (fonts, title or labels): the chart makes room for it.
    void widthChanged();

private:
    QRectF barRect() const;
    void relayout();

    double m_min = 1e6, m_max = 1e12;
    ColorScale m_scale;
    double m_height = 200;
    double m_width = 60;
    QString m_title;
    QColor m_text = Qt::black;
    QFont m_labelsFont, m_titleFont;
};

} // namespace frontier::ui
