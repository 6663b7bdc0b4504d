#pragma once
// The colour bar of the learning-curve family: viridis from the smallest model size to the largest,
// labelled in parameters (1M, 10M, ... 1T), drawn in the chart's scene so that it is part of every
// export.

#include <QGraphicsObject>

namespace frontier::ui {

class ColorBarItem : public QGraphicsObject
{
    Q_OBJECT

public:
    explicit ColorBarItem(QGraphicsItem *parent = nullptr);

    void setSizeRange(double minParams, double maxParams);
    void setTitle(const QString &title);
    void setTextColor(const QColor &color);
    // The bar fills `height` pixels; its width is fixed.
    void setBarHeight(double height);
    static constexpr double kWidth = 62;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    double m_min = 1e6, m_max = 1e12;
    double m_height = 200;
    QString m_title;
    QColor m_text = Qt::black;
};

} // namespace frontier::ui
