#include "ui/charts/logchartview.h"

#include "ui/charts/flowlegend.h"
#include "ui/charts/logticks.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QRubberBand>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace frontier::ui {

namespace {

constexpr double kWheelZoomPerStep = 0.85; // one wheel notch shows 85 % of the span
constexpr double kMinSpan = 0.05;          // decades: closer than this is no longer a log chart
constexpr double kMaxSpan = 40;
constexpr int kMargin = 6;
constexpr double kPivotRadius = 10; // px: around the 11 px budget dot, clear of it
constexpr int kFocusFrameWidth = 2;

QCategoryAxis *makeAxis()
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setGridLineVisible(true);
    axis->setMinorGridLineVisible(false);
    axis->setTruncateLabels(false);
    return axis;
}

} // namespace

LogChartView::LogChartView(YLabels yLabels, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_yLabels(yLabels)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    chart()->legend()->setAlignment(Qt::AlignTop);
    QFont legendFont = chart()->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    chart()->legend()->setFont(legendFont);
    // Qt's legend keeps the entries (names and colours); ours draws them, wrapping.
    chart()->legend()->hide();
    m_legend = new FlowLegend(chart());
    connect(chart(), &QGraphicsWidget::geometryChanged, this, &LogChartView::layOutLegend);
    chart()->setMargins(QMargins(kMargin, kMargin, kMargin, kMargin));

    m_axisX = makeAxis();
    m_axisY = makeAxis();
    chart()->addAxis(m_axisX, Qt::AlignBottom);
    chart()->addAxis(m_axisY, Qt::AlignLeft);
    m_anchor = new QLineSeries;
    addSeries(m_anchor);
    hideFromLegend(m_anchor);

    // Rubber-band zoom and QChart::zoom change the axes directly: follow them.
    connect(m_axisX, &QValueAxis::rangeChanged, this, [this](qreal lo, qreal hi) {
        if (!m_applying)
            applyRange({lo, hi, m_range.yMin, m_range.yMax}, true);
    });
    connect(m_axisY, &QValueAxis::rangeChanged, this, [this](qreal lo, qreal hi) {
        if (!m_applying)
            applyRange({m_range.xMin, m_range.xMax, lo, hi}, true);
    });

    auto crossPen = QPen(palette().color(QPalette::Mid), 1, Qt::DashLine);
    m_crossX = new QGraphicsLineItem(chart());
    m_crossY = new QGraphicsLineItem(chart());
    for (auto *line : {m_crossX, m_crossY}) {
        line->setPen(crossPen);
        line->setZValue(20);
        line->hide();
    }
    m_pivotRing = new QGraphicsEllipseItem(-kPivotRadius, -kPivotRadius, 2 * kPivotRadius, 2 * kPivotRadius, chart());
    m_pivotRing->setZValue(25);
    m_pivotRing->hide();
    m_clickTimer = new QTimer(this);
    m_clickTimer->setSingleShot(true);
    connect(m_clickTimer, &QTimer::timeout, this, [this] { plotClicked(m_clickAt); });
    applyRange(m_range, false);
    // How many labels fit depends on the plot's size, which the y labels' width changes in turn.
    connect(chart(), &QChart::plotAreaChanged, this, &LogChartView::rebuildTicks);
}

void LogChartView::addSeries(QXYSeries *series)
{
    chart()->addSeries(series);
    series->attachAxis(m_axisX);
    series->attachAxis(m_axisY);
    for (QLegendMarker *marker : chart()->legend()->markers(series))
        for (auto changed :
             {&QLegendMarker::labelChanged, &QLegendMarker::brushChanged, &QLegendMarker::penChanged})
            connect(marker, changed, this, &LogChartView::layOutLegend);
    connect(series, &QAbstractSeries::visibleChanged, this, &LogChartView::layOutLegend);
    layOutLegend();
}

void LogChartView::hideFromLegend(QAbstractSeries *series)
{
    m_notInLegend.append(series);
    layOutLegend();
}

void LogChartView::layOutLegend()
{
    // Across the chart's whole width (above the loss chart's colour bar too), its rows pushing the
    // plot down; inside the chart's background, as Qt's legend was (the layout's contents margins).
    qreal left = 0, top = 0, right = 0, bottom = 0;
    if (QGraphicsLayout *layout = chart()->layout())
        layout->getContentsMargins(&left, &top, &right, &bottom);
    // Qt's markers say whether they are visible only once its legend is laid out, which a hidden one
    // never is: the series' own visibility says it.
    QList<FlowLegend::Entry> entries;
    for (QLegendMarker *marker : chart()->legend()->markers())
        if (marker->series()->isVisible() && !m_notInLegend.contains(marker->series()) &&
            !marker->label().isEmpty())
        {
            // A scatter's marker outline is its border colour (the plan's ring: an outline only).
            const auto *scatter = qobject_cast<const QScatterSeries *>(marker->series());
            entries.append({marker->label(), marker->brush(), scatter ? scatter->borderColor() : marker->pen().color()});
        }
    const double width = chart()->size().width() - left - right - 2 * kMargin;
    const double height =
        m_legend->layOut(entries, width, chart()->legend()->font(), chart()->legend()->labelColor());
    m_legend->setPos(left + kMargin, top + kMargin);
    QMargins margins = chart()->margins();
    const int room = kMargin + (height > 0 ? int(std::ceil(height)) + 6 : 0);
    if (margins.top() != room) {
        margins.setTop(room);
        chart()->setMargins(margins);
    }
}

QPointF LogChartView::toChart(double x, double y)
{
    return {std::log10(x), std::log10(y)};
}

void LogChartView::applyChartPalette()
{
    const QPalette p = palette();
    chart()->setBackgroundBrush(p.base());
    chart()->setPlotAreaBackgroundVisible(false);
    chart()->legend()->setLabelColor(p.color(QPalette::Text));
    m_pivotRing->setPen(QPen(p.color(QPalette::Text), 2));
    layOutLegend();
    for (QAbstractAxis *axis : chart()->axes()) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setTitleBrush(p.text());
        // Cosmetic one-pixel pens: the raster engine draws them directly; a scaled pen goes
        // through the path stroker, which made the grid a tenth of every repaint.
        QPen grid(p.color(QPalette::Mid), 1);
        grid.setCosmetic(true);
        axis->setGridLinePen(grid);
        axis->setLinePen(grid);
    }
}

void LogChartView::setAxisTitles(const QString &x, const QString &y)
{
    m_axisX->setTitleText(x);
    m_axisY->setTitleText(y);
}

QFont LogChartView::axisLabelsFont() const
{
    return m_axisX->labelsFont();
}

QFont LogChartView::axisTitleFont() const
{
    return m_axisX->titleFont();
}

void LogChartView::setRightMargin(int pixels)
{
    QMargins margins = chart()->margins();
    if (margins.right() == pixels)
        return;
    margins.setRight(pixels);
    chart()->setMargins(margins);
    Q_EMIT rightMarginChanged(pixels);
}

int LogChartView::rightMargin() const
{
    return chart()->margins().right();
}

void LogChartView::setRange(const LogRange &range)
{
    applyRange(range, false);
}

void LogChartView::setXRange(double xMin, double xMax)
{
    applyRange({xMin, xMax, m_range.yMin, m_range.yMax}, false);
}

void LogChartView::resetRange()
{
    applyRange(m_home, false);
}

void LogChartView::applyRange(const LogRange &wanted, bool fromChart)
{
    LogRange r = wanted;
    auto clampSpan = [](double &lo, double &hi) {
        if (!std::isfinite(lo) || !std::isfinite(hi) || hi - lo < kMinSpan) {
            const double mid = std::isfinite(lo + hi) ? (lo + hi) / 2 : 0;
            lo = mid - kMinSpan / 2, hi = mid + kMinSpan / 2;
        }
        if (hi - lo > kMaxSpan) {
            const double mid = (lo + hi) / 2;
            lo = mid - kMaxSpan / 2, hi = mid + kMaxSpan / 2;
        }
    };
    clampSpan(r.xMin, r.xMax);
    clampSpan(r.yMin, r.yMax);
    const bool changed = !(r == m_range);
    m_range = r;
    if (!fromChart || changed) {
        m_applying = true;
        m_axisX->setRange(r.xMin, r.xMax);
        m_axisY->setRange(r.yMin, r.yMax);
        m_applying = false;
    }
    rebuildTicks();
    if (changed)
        Q_EMIT rangeChanged(m_range);
}

void LogChartView::rebuildTicks()
{
    auto fill = [](QCategoryAxis *axis, const QVector<Tick> &ticks, double lo) {
        // Unchanged ticks stay: a refill lays the chart out again (and a drag rebuilds on every move).
        const QStringList labels = axis->categoriesLabels();
        bool same = labels.size() == ticks.size() && axis->startValue() == lo;
        for (qsizetype i = 0; same && i < ticks.size(); ++i)
            same = labels[i] == ticks[i].label && axis->endValue(labels[i]) == ticks[i].position;
        if (same)
            return;
        for (const QString &label : labels)
            axis->remove(label);
        axis->setStartValue(lo);
        for (const Tick &t : ticks)
            axis->append(t.label, t.position);
    };
    // A label every ~90 px of the chart's width and ~45 px of its height (the same for the two
    // charts of the window, which share their FLOP axis), fewer where they would touch in the plot's
    // pixels (a narrow chart: the compare dock's scatter is 260 px).
    QRectF plot = chart()->plotArea();
    if (plot.isEmpty())
        plot = QRectF(0, 0, width() * 0.8, height() * 0.7); // not laid out yet
    const QFontMetricsF xMetrics(m_axisX->labelsFont()), yMetrics(m_axisY->labelsFont());
    const auto xExtent = [&](const QString &label) { return xMetrics.horizontalAdvance(label); };
    const auto yExtent = [&](const QString &) { return yMetrics.height(); };
    const LogRange &r = m_range;
    const auto xMake = [&](int n) { return logTicks(r.xMin, r.xMax, n); };
    const auto yMake = [&](int n) {
        return m_yLabels == YLabels::Counts ? countTicks(r.yMin, r.yMax, n) : logTicks(r.yMin, r.yMax, n);
    };
    fill(m_axisX, fittingTicks(xMake, std::max(3, width() / 90), r.xMin, r.xMax, plot.width(), xExtent, 12),
         r.xMin);
    fill(m_axisY, fittingTicks(yMake, std::max(3, height() / 45), r.yMin, r.yMax, plot.height(), yExtent, 4),
         r.yMin);
}

QPointF LogChartView::pixelOf(double x, double y) const
{
    const QPointF inChart = chart()->mapToPosition(toChart(x, y), m_anchor);
    return mapFromScene(chart()->mapToScene(inChart));
}

std::optional<QPointF> LogChartView::valueAt(const QPoint &viewportPos) const
{
    const QPointF inChart = chart()->mapFromScene(mapToScene(viewportPos));
    if (!chart()->plotArea().contains(inChart))
        return std::nullopt;
    const QPointF v = chart()->mapToValue(inChart, m_anchor);
    return QPointF(std::pow(10.0, v.x()), std::pow(10.0, v.y()));
}

std::optional<QPointF> LogChartView::dragValueAt(const QPoint &viewportPos) const
{
    const QRectF plot = plotAreaInViewport();
    const QPoint inside(std::clamp(viewportPos.x(), int(plot.left()) + 1, int(plot.right()) - 1),
                        std::clamp(viewportPos.y(), int(plot.top()) + 1, int(plot.bottom()) - 1));
    return valueAt(inside);
}

QRectF LogChartView::plotAreaInViewport() const
{
    return mapFromScene(chart()->mapToScene(chart()->plotArea())).boundingRect();
}

void LogChartView::setDecorationsVisible(bool visible)
{
    m_decorations = visible;
    if (!visible)
        hideCrosshair();
    m_pivotRing->setVisible(visible && m_pivot);
    viewport()->update(); // the focus frame
}

QString LogChartView::hoverText(double, double) const
{
    return {};
}

QString LogChartView::dragHintAt(const QPoint &) const
{
    return {};
}

void LogChartView::showPivot(std::optional<QPointF> value)
{
    m_pivot = value;
    if (!value) {
        m_pivotRing->hide();
        return;
    }
    m_pivotRing->setPos(chart()->mapToPosition(toChart(value->x(), value->y()), m_anchor));
    m_pivotRing->show();
}

std::optional<QPointF> LogChartView::pivotPixel() const
{
    if (!m_pivot || !m_pivotRing->isVisible())
        return std::nullopt;
    return mapFromScene(chart()->mapToScene(m_pivotRing->pos()));
}

void LogChartView::setHandleCursor(std::optional<Qt::CursorShape> shape)
{
    // On the viewport, which is what lies under the pointer.
    if (!shape)
        viewport()->unsetCursor();
    else if (viewport()->cursor().shape() != *shape || !viewport()->testAttribute(Qt::WA_SetCursor))
        viewport()->setCursor(*shape);
}

bool LogChartView::focusFrameVisible() const
{
    return m_decorations && hasFocus();
}

void LogChartView::paintEvent(QPaintEvent *event)
{
    QChartView::paintEvent(event);
    if (!focusFrameVisible())
        return;
    // Drawn over the view, not in the chart's scene: no export ever has it.
    QPainter painter(viewport());
    QPen pen(palette().color(QPalette::Highlight), kFocusFrameWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const double inset = kFocusFrameWidth / 2.0;
    painter.drawRect(QRectF(viewport()->rect()).adjusted(inset, inset, -inset, -inset));
}

void LogChartView::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    viewport()->update();
}

void LogChartView::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    viewport()->update();
}

bool LogChartView::pressHandle(QMouseEvent *)
{
    return false;
}

bool LogChartView::moveHandle(QMouseEvent *)
{
    return false;
}

bool LogChartView::releaseHandle(QMouseEvent *)
{
    return false;
}

void LogChartView::plotClicked(const QPoint &)
{
}

QString LogChartView::clickHintAt(const QPoint &) const
{
    return {};
}

void LogChartView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_clickTimer->stop(); // a click still waiting is followed by another gesture: that one counts
    m_clickFrom.reset();
    if (event->button() == Qt::LeftButton && pressHandle(event))
        return;
    if (event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ControlModifier))) {
        m_panFrom = event->pos();
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() == Qt::LeftButton && event->modifiers() == Qt::NoModifier && valueAt(event->pos()))
        m_clickFrom = event->pos();
    QChartView::mousePressEvent(event); // the rubber band starts: a move makes the press a zoom
}

void LogChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_clickFrom && (event->pos() - *m_clickFrom).manhattanLength() >= QApplication::startDragDistance())
        m_clickFrom.reset();
    if (m_panFrom) {
        const QRectF plot = plotAreaInViewport();
        const QPoint delta = event->pos() - *m_panFrom;
        m_panFrom = event->pos();
        const double dx = -delta.x() / plot.width() * (m_range.xMax - m_range.xMin);
        const double dy = delta.y() / plot.height() * (m_range.yMax - m_range.yMin);
        applyRange({m_range.xMin + dx, m_range.xMax + dx, m_range.yMin + dy, m_range.yMax + dy}, false);
        return;
    }
    if (moveHandle(event)) {
        // The dragged marker and the readouts are the feedback; a crosshair and a tooltip chasing
        // the pointer would repeat them, and cost a third of each move's repaint.
        hideCrosshair();
        return;
    }
    updateCrosshair(event->pos());
    QChartView::mouseMoveEvent(event);
}

void LogChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panFrom) {
        m_panFrom.reset();
        unsetCursor();
        return;
    }
    if (releaseHandle(event))
        return;
    if (m_clickFrom && event->button() == Qt::LeftButton
        && (event->pos() - *m_clickFrom).manhattanLength() < QApplication::startDragDistance()) {
        // A click, not a zoom: Qt Charts keeps its rubber band private and would zoom into the few
        // pixels the hand shook; hidden, the band is not read (it is the view's only one).
        if (auto *band = findChild<QRubberBand *>())
            band->hide();
        m_clickAt = *m_clickFrom;
        m_clickTimer->start(QApplication::doubleClickInterval());
    }
    m_clickFrom.reset();
    QChartView::mouseReleaseEvent(event);
}

void LogChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        // Qt sends press, release, press, double click, release: neither press is a click of its
        // own, and the second press's rubber band is no zoom.
        m_clickTimer->stop();
        m_clickFrom.reset();
        if (auto *band = findChild<QRubberBand *>())
            band->hide();
        resetRange();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void LogChartView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    const auto at = valueAt(event->position().toPoint());
    const double factor = std::pow(kWheelZoomPerStep, steps);
    const double cx = at ? std::log10(at->x()) : (m_range.xMin + m_range.xMax) / 2;
    const double cy = at ? std::log10(at->y()) : (m_range.yMin + m_range.yMax) / 2;
    applyRange({cx - (cx - m_range.xMin) * factor, cx + (m_range.xMax - cx) * factor,
                cy - (cy - m_range.yMin) * factor, cy + (m_range.yMax - cy) * factor},
               false);
    event->accept();
}

void LogChartView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Home) {
        resetRange();
        return;
    }
    QChartView::keyPressEvent(event);
}

void LogChartView::leaveEvent(QEvent *event)
{
    hideCrosshair();
    QChartView::leaveEvent(event);
}

void LogChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    rebuildTicks(); // how many labels fit depends on the size
}

void LogChartView::updateCrosshair(const QPoint &viewportPos)
{
    const auto value = m_decorations ? valueAt(viewportPos) : std::nullopt;
    if (!value) {
        hideCrosshair();
        return;
    }
    const QRectF plot = chart()->plotArea();
    const QPointF p = chart()->mapFromScene(mapToScene(viewportPos));
    m_crossX->setLine(plot.left(), p.y(), plot.right(), p.y());
    m_crossY->setLine(p.x(), plot.top(), p.x(), plot.bottom());
    m_crossX->show();
    m_crossY->show();
    // What a drag from here does comes first: that is what the pointer is about to do.
    const QString hint = dragHintAt(viewportPos);
    QString text = hoverText(value->x(), value->y());
    if (!hint.isEmpty())
        text = text.isEmpty() ? hint : hint + QStringLiteral("\n\n") + text;
    else if (const QString click = clickHintAt(viewportPos); !click.isEmpty())
        text = text.isEmpty() ? click : text + QStringLiteral("\n\n") + click;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(mapToGlobal(viewportPos + QPoint(14, 14)), text, this);
}

void LogChartView::hideCrosshair()
{
    m_crossX->hide();
    m_crossY->hide();
    QToolTip::hideText();
}

} // namespace frontier::ui
