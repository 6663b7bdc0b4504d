#pragma once
// What makes an exported file real, checked the same way for the window's exports (tst_export) and
// the command line's (tst_cli): the PNG's signature and pixel size, the SVG as XML with its texts,
// the PDF's signature and page count.

#include <QByteArray>
#include <QRegularExpression>
#include <QSize>
#include <QStringList>
#include <QXmlStreamReader>

namespace frontier::test {

// The 8-byte PNG signature, then IHDR's big-endian width and height (RFC 2083, 3.1 and 4.1.1).
inline bool isPng(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)) && bytes.mid(12, 4) == "IHDR";
}

inline QSize pngPixelSize(const QByteArray &bytes)
{
    auto be32 = [&](int at) {
        return int((uchar(bytes[at]) << 24) | (uchar(bytes[at + 1]) << 16) | (uchar(bytes[at + 2]) << 8) |
                   uchar(bytes[at + 3]));
    };
    return bytes.size() < 24 ? QSize() : QSize(be32(16), be32(20));
}

struct SvgContent
{
    bool wellFormed = false;
    QString error;
    QString width, height, viewBox; // the root's attributes
    QStringList texts;              // every character run, trimmed, non-empty
};

inline SvgContent readSvg(const QByteArray &bytes)
{
    SvgContent out;
    QXmlStreamReader xml(bytes);
    bool root = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && root) {
            root = false;
            out.width = xml.attributes().value(QStringLiteral("width")).toString();
            out.height = xml.attributes().value(QStringLiteral("height")).toString();
            out.viewBox = xml.attributes().value(QStringLiteral("viewBox")).toString();
        }
        if (xml.isCharacters() && !xml.text().trimmed().isEmpty())
            out.texts << xml.text().trimmed().toString();
    }
    out.wellFormed = !xml.hasError() && !root;
    out.error = xml.errorString();
    return out;
}

// Each <text> element's characters with the font it is drawn in (QSvgGenerator writes the font on
// the element: family, size in pixels, weight).
struct SvgText
{
    QString text, family, size, weight;
    bool operator==(const SvgText &) const = default;
};

inline QList<SvgText> svgTexts(const QByteArray &bytes)
{
    QList<SvgText> out;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text")) {
            const QXmlStreamAttributes a = xml.attributes();
            SvgText t{QString(), a.value(QStringLiteral("font-family")).toString(),
                      a.value(QStringLiteral("font-size")).toString(),
                      a.value(QStringLiteral("font-weight")).toString()};
            t.text = xml.readElementText().trimmed();
            out.append(t);
        }
    return out;
}

// <image> elements: raster pictures inside the drawing.
inline int svgImageCount(const QByteArray &bytes)
{
    int images = 0;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("image"))
            ++images;
    return images;
}

// Page objects, not the /Pages tree node (ISO 32000-1, 7.7.3.3).
inline int pdfPageCount(const QByteArray &bytes)
{
    static const QRegularExpression page(QStringLiteral(R"(/Type\s*/Page(?![a-zA-Z]))"));
    int pages = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(bytes)); it.hasNext(); it.next())
        ++pages;
    return pages;
}

} // namespace frontier::test
