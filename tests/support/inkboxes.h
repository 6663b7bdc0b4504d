#pragma once
// Reading an exported PNG back the way a person looks at it: where the loss chart's colour bar is
// (the rightmost strongly coloured column), and the boxes of dark ink (text) in a region, one box
// per band of inked rows. Sizes measured here are compared with what a font's metrics say the text
// should measure, so a label drawn in the wrong font shows up as the wrong size.

#include <QColor>
#include <QImage>
#include <QList>
#include <QRect>

#include <optional>

namespace frontier::test {

inline bool isInk(QRgb c)
{
    return qGray(c) < 128;
}

// Viridis is saturated from end to end (purple, teal, yellow); text, grid and background are not.
inline bool isStrongColour(QRgb c)
{
    const QColor colour(c);
    return colour.hsvSaturation() > 120 && colour.value() > 40;
}

// The colour bar: at half the picture's height, the rightmost run of strongly coloured columns; its
// rows are those strongly coloured in its middle column.
inline std::optional<QRect> findColorBar(const QImage &image)
{
    const int y = image.height() / 2;
    int right = image.width() - 1;
    while (right >= 0 && !isStrongColour(image.pixel(right, y)))
        --right;
    if (right < 0)
        return std::nullopt;
    int left = right;
    while (left > 0 && isStrongColour(image.pixel(left - 1, y)))
        --left;
    const int x = (left + right) / 2;
    int top = y, bottom = y;
    while (top > 0 && isStrongColour(image.pixel(x, top - 1)))
        --top;
    while (bottom < image.height() - 1 && isStrongColour(image.pixel(x, bottom + 1)))
        ++bottom;
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

// The bounding box of the ink in each band of consecutive inked rows of `region`, top to bottom.
inline QList<QRect> inkBoxes(const QImage &image, QRect region)
{
    region = region.intersected(image.rect());
    QList<QRect> boxes;
    QRect current;
    for (int y = region.top(); y <= region.bottom(); ++y) {
        QRect row;
        for (int x = region.left(); x <= region.right(); ++x)
            if (isInk(image.pixel(x, y)))
                row |= QRect(x, y, 1, 1);
        if (row.isNull()) {
            if (!current.isNull())
                boxes.append(current);
            current = QRect();
        } else {
            current |= row;
        }
    }
    if (!current.isNull())
        boxes.append(current);
    return boxes;
}

} // namespace frontier::test
