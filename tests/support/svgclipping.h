#pragma once
// Where an SVG's shapes are drawn, for the checks that an export clips its data to the plot area
// (tst_export). Apart from exportchecks.h because it needs Qt GUI (QTransform), which the command
// line's tests do not link.

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QRegularExpression>
#include <QString>
#include <QTransform>
#include <QXmlStreamReader>

namespace frontier::test {

// The shapes of an SVG (polylines, paths, circles) by where they are drawn: inside a group clipped
// by a <clipPath> rectangle, or not. Each shape's points are in the picture's coordinates (the
// groups' transform="matrix(...)" applied, as QSvgGenerator writes them), with its stroke colour.
struct SvgShape
{
    QList<QPointF> points;
    QString stroke;
};

struct SvgClipping
{
    QList<QRectF> clipRects; // each <clipPath>'s rectangle
    QList<SvgShape> clipped, unclipped;
};

inline SvgClipping svgClipping(const QByteArray &bytes)
{
    static const QRegularExpression pair(
        QStringLiteral(R"((-?[0-9.]+(?:e[-+]?[0-9]+)?),(-?[0-9.]+(?:e[-+]?[0-9]+)?))"));
    static const QRegularExpression matrix(QStringLiteral(R"(matrix\(([^)]*)\))"));
    struct Group
    {
        QTransform transform;
        QString stroke;
        bool clipped = false;
    };
    SvgClipping out;
    QList<Group> stack{Group{}};
    QXmlStreamReader xml(bytes);
    bool inClipPath = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("g"))
                stack.removeLast();
            else if (xml.name() == QLatin1String("clipPath"))
                inClipPath = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        const auto number = [&](const char *name) { return a.value(QLatin1String(name)).toDouble(); };
        if (xml.name() == QLatin1String("clipPath")) {
            inClipPath = true;
        } else if (inClipPath && xml.name() == QLatin1String("rect")) {
            out.clipRects << QRectF(number("x"), number("y"), number("width"), number("height"));
        } else if (xml.name() == QLatin1String("g")) {
            Group g = stack.last();
            if (a.hasAttribute(QLatin1String("clip-path")))
                g.clipped = true;
            if (a.hasAttribute(QLatin1String("stroke")))
                g.stroke = a.value(QLatin1String("stroke")).toString();
            if (const auto m = matrix.match(a.value(QLatin1String("transform"))); m.hasMatch()) {
                const QStringList v = m.captured(1).split(QLatin1Char(','));
                if (v.size() == 6)
                    g.transform = QTransform(v[0].toDouble(), v[1].toDouble(), v[2].toDouble(),
                                             v[3].toDouble(), v[4].toDouble(), v[5].toDouble()) *
                                  g.transform;
            }
            stack.append(g);
        } else if (xml.name() == QLatin1String("polyline") || xml.name() == QLatin1String("path") ||
                   xml.name() == QLatin1String("circle")) {
            SvgShape shape;
            shape.stroke = a.hasAttribute(QLatin1String("stroke"))
                               ? a.value(QLatin1String("stroke")).toString()
                               : stack.last().stroke;
            if (xml.name() == QLatin1String("circle")) {
                shape.points << stack.last().transform.map(QPointF(number("cx"), number("cy")));
            } else {
                const QString geometry =
                    a.value(QLatin1String(xml.name() == QLatin1String("path") ? "d" : "points")).toString();
                for (auto it = pair.globalMatch(geometry); it.hasNext();) {
                    const auto m = it.next();
                    shape.points << stack.last().transform.map(
                        QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()));
                }
            }
            (stack.last().clipped ? out.clipped : out.unclipped).append(shape);
        }
    }
    return out;
}

} // namespace frontier::test
