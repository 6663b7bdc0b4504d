#pragma once
// The charts' legend, in rows that wrap: Qt's own legend lays its entries out in one row and elides
// them when the row is too short ("Learnin…" in a 1024 px window). This item draws the entries it is
// given, each whole, as many to a row as fit, every row centred. It lives in the chart's scene, so
// an export shows it too.

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGraphicsObject>
#include <QList>

namespace frontier::ui {

class FlowLegend : public QGraphicsObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QString name;
        QBrush swatch;
        QColor border;
    };

    explicit FlowLegend(QGraphicsItem *parent);

    // Lays `entries` out in rows at most `width` pixels wide; returns the height they take.
    double layOut(const QList<Entry> &entries, double width, const QFont &font, const QColor &textColor);
    double height() const { return m_height; }
    // The entries' names, and their texts as drawn row by row (for tests).
    QStringList names() const;
    QStringList drawnTexts() const;

    QRectF boundingRect() const override;
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}

private:
    QList<Entry> m_entries;
    double m_width = 0, m_height = 0;
};

} // namespace frontier::ui
