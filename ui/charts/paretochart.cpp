#include "ui/charts/paretochart.h"

#include <QEvent>
#include <QGraphicsTextItem>
#include <QTextDocument>
#include <QTextOption>
#include <QLineSeries>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>

namespace frontier::ui {

namespace {

const QColor kPointColor(150, 150, 150);
const QColor kFrontColor(31, 119, 180);
const QColor kCurrentColor(255, 127, 14);
constexpr double kHoverPixels = 8;
constexpr double kPaddingDecades = 0.01; // at least 2 % each side: losses differ in their second digit

} // namespace

ParetoChart::ParetoChart(QWidget *parent)
    : LogChartView(YLabels::Numbers, parent)
{
    setObjectName(QStringLiteral("paretoChart"));
    m_all = new QScatterSeries;
    m_all->setMarkerSize(6);
    m_all->setColor(kPointColor);
    m_all->setBorderColor(kPointColor);
    m_staircase = new QLineSeries;
    m_staircase->setPen(QPen(kFrontColor, 1.5));
    m_front = new QScatterSeries;
    m_front->setMarkerSize(9);
    m_front->setColor(kFrontColor);
    m_front->setBorderColor(Qt::white);
    m_current = new QScatterSeries;
    m_current->setMarkerSize(15);
    m_current->setColor(Qt::transparent);
    m_current->setBorderColor(kCurrentColor);
    m_current->setPen(QPen(kCurrentColor, 2.5));
    for (QXYSeries *s : std::initializer_list<QXYSeries *>{m_all, m_staircase, m_front, m_current})
        addSeries(s);
    hideFromLegend(m_staircase);
    // Said in the plot, not left blank: the filters hide every offer, or (with a budget) the law
    // predicts no loss to plot.
    m_note = new QGraphicsTextItem(chart());
    m_note->setZValue(10);
    m_note->document()->setDefaultTextOption(QTextOption(Qt::AlignHCenter));
    m_note->hide();
    connect(chart(), &QChart::plotAreaChanged, this, &ParetoChart::placeNote);
    applyChartPalette();
    retranslateUi();
}

QString ParetoChart::emptyNote() const
{
    return m_note->isVisible() ? m_note->toPlainText() : QString();
}

void ParetoChart::placeNote()
{
    const QRectF plot = chart()->plotArea();
    m_note->setTextWidth(std::max(80.0, plot.width() - 16)); // wraps inside the plot
    const QRectF text = m_note->boundingRect();
    m_note->setPos(plot.center() - QPointF(text.width() / 2, text.height() / 2));
}

void ParetoChart::retranslateUi()
{
    m_all->setName(tr("Offers"));
    m_front->setName(tr("Pareto front"));
    m_current->setName(tr("Current plan"));
    m_note->setPlainText(tr("No offer shown has both values to plot. With a budget, a law without a loss predicts none."));
    placeNote();
}

void ParetoChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyChartPalette();
    LogChartView::changeEvent(event);
}

void ParetoChart::setPoints(const std::vector<ParetoPoint> &points, const QString &xTitle, const QString &yTitle)
{
    m_points.clear();
    for (const auto &p : points)
        if (p.x > 0 && p.y > 0 && std::isfinite(p.x) && std::isfinite(p.y))
            m_points.push_back(p);
    QList<QPointF> all, front, current;
    std::vector<QPointF> corners;
    LogRange range{INFINITY, -INFINITY, INFINITY, -INFINITY};
    for (const auto &p : m_points) {
        const QPointF at = toChart(p.x, p.y);
        (p.pareto ? front : all).append(at);
        if (p.pareto)
            corners.push_back(at);
        if (p.current)
            current.append(at);
        range = {std::min(range.xMin, at.x()), std::max(range.xMax, at.x()), std::min(range.yMin, at.y()),
                 std::max(range.yMax, at.y())};
    }
    // The front's staircase: from each optimal point across to the next one's x, then down to it.
    std::sort(corners.begin(), corners.end(), [](QPointF a, QPointF b) { return a.x() < b.x(); });
    QList<QPointF> stairs;
    for (std::size_t i = 0; i < corners.size(); ++i) {
        if (i > 0)
            stairs.append({corners[i].x(), corners[i - 1].y()});
        stairs.append(corners[i]);
    }
    m_all->replace(all);
    m_front->replace(front);
    m_current->replace(current);
    m_staircase->replace(stairs);
    setAxisTitles(xTitle, yTitle);
    m_note->setDefaultTextColor(palette().color(QPalette::PlaceholderText));
    m_note->setVisible(m_points.empty());
    placeNote();
    if (m_points.empty())
        return;
    // A single value (a fixed quantity) still gets a span the axes can label.
    const double xPad = std::max(kPaddingDecades, (range.xMax - range.xMin) * 0.05);
    const double yPad = std::max(kPaddingDecades, (range.yMax - range.yMin) * 0.05);
    const LogRange home{range.xMin - xPad, range.xMax + xPad, range.yMin - yPad, range.yMax + yPad};
    setHomeRange(home);
    setRange(home);
}

QList<QPointF> ParetoChart::frontCorners() const
{
    QList<QPointF> out;
    for (const auto &p : m_points)
        if (p.pareto)
            out.append({p.x, p.y});
    return out;
}

QString ParetoChart::hoverText(double x, double y) const
{
    // The point nearest the pointer in pixels, if close enough.
    const QPointF pointer = pixelOf(x, y);
    const ParetoPoint *nearest = nullptr;
    double best = kHoverPixels;
    for (const auto &p : m_points) {
        const double d = QLineF(pixelOf(p.x, p.y), pointer).length();
        if (d < best) {
            best = d;
            nearest = &p;
        }
    }
    return nearest ? nearest->label : QString();
}

} // namespace frontier::ui
