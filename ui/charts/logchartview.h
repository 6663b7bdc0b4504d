#pragma once
// The base of Frontier's charts: a QChartView whose two axes are log10 of the real values, labelled
// with the real values (ui/charts/logticks.h). It maps between pixels and real values through the
// chart's own mapping, zooms (wheel, rubber band), pans (middle button or Ctrl+drag), resets (double
// click, Home) and draws a hover crosshair whose tooltip a subclass writes, prefixed with what a drag
// there would do (dragHintAt) and followed by what a click would (clickHintAt). A plain click in the
// plot (a press and release that neither moves nor grabs a handle) reaches plotClicked() once the
// double-click interval has passed without a second click, so a double click (Home) is never a click. Keyboard focus shows as a frame in the palette's highlight colour; a
// drag that turns a line shows its pivot as a ring. Subclasses add series with addSeries() and give
// points in real units through toChart().
//
// Every Qt Charts include of the project stays inside ui/charts/, behind classes like this one.

#include <QChartView>
#include <QPointer>

#include <optional>

class QAbstractSeries;
class QCategoryAxis;
class QGraphicsEllipseItem;
class QGraphicsLineItem;
class QLineSeries;
class QTimer;
class QXYSeries;

namespace frontier::ui {

class FlowLegend;

// A rectangle in log10 units: x from xMin to xMax decades, y likewise.
struct LogRange
{
    double xMin = 0, xMax = 1, yMin = 0, yMax = 1;
    bool operator==(const LogRange &) const = default;
};

class LogChartView : public QChartView
{
    Q_OBJECT

public:
    enum class YLabels { Numbers, Counts };

    explicit LogChartView(YLabels yLabels, QWidget *parent = nullptr);

    LogRange range() const { return m_range; }
    void setRange(const LogRange &range);
    // Keeps y, takes x (the charts share their FLOP axis).
    void setXRange(double xMin, double xMax);
    // What Home and double-click return to; the owner decides (e.g. around the budget).
    void setHomeRange(const LogRange &range) { m_home = range; }
    void resetRange();

    // Real values <-> viewport pixels, through the chart's own mapping.
    QPointF pixelOf(double x, double y) const;
    std::optional<QPointF> valueAt(const QPoint &viewportPos) const; // nullopt outside the plot area
    QRectF plotAreaInViewport() const;
    // Where a drag at `viewportPos` is: outside the plot the pointer still counts, clamped to its
    // edge, so a drag never jumps. Nullopt only before the chart is laid out.
    std::optional<QPointF> dragValueAt(const QPoint &viewportPos) const;
    // How near, in pixels, the pointer must come to a line or handle to grab it.
    static constexpr double kHitPixels = 7;

    // Hover decorations and drag handles are hidden for export.
    virtual void setDecorationsVisible(bool visible);
    // What dragging from `viewportPos` would do, for its tooltip; empty where nothing can be dragged.
    virtual QString dragHintAt(const QPoint &viewportPos) const;
    // What a plain click at `viewportPos` would do, for its tooltip; empty where a click does nothing.
    virtual QString clickHintAt(const QPoint &viewportPos) const;
    // The ring drawn around the point a drag turns a line about, in viewport pixels; nullopt when
    // none is drawn (no drag, or a drag that turns nothing).
    std::optional<QPointF> pivotPixel() const;
    // Whether the keyboard focus frame is drawn (the chart has focus; never in an export).
    bool focusFrameVisible() const;

    void setAxisTitles(const QString &x, const QString &y);
    // The fonts the axes label and title in (what other texts in the chart should match).
    QFont axisLabelsFont() const;
    QFont axisTitleFont() const;
    // The chart's right margin: the loss chart keeps its colour bar there, and the allocation chart
    // below takes the same so that their FLOP axes line up.
    void setRightMargin(int pixels);
    int rightMargin() const;
    // The legend as drawn (its entries wrap into rows rather than elide).
    const FlowLegend *legend() const { return m_legend; }

Q_SIGNALS:
    void rangeChanged(const frontier::ui::LogRange &range);
    void rightMarginChanged(int pixels);

protected:
    // A series in log10 coordinates, attached to both axes.
    void addSeries(QXYSeries *series);
    // A series the legend does not name (a guide, a handle).
    void hideFromLegend(QAbstractSeries *series);
    static QPointF toChart(double x, double y);
    // Background, legend, axes and grid in the widget's palette (light or dark).
    void applyChartPalette();
    // The tooltip for the point under the pointer (real values); empty for none.
    virtual QString hoverText(double x, double y) const;
    // Draws the pivot ring at (x, y) in real values, or hides it.
    void showPivot(std::optional<QPointF> value);
    // The pointer over a handle (a size arrow along the drag), during a drag (a closed hand), or
    // over nothing to drag (nullopt: the view's own).
    void setHandleCursor(std::optional<Qt::CursorShape> shape);
    // Subclasses take a press for their own drags: return true to keep it from zoom and pan.
    virtual bool pressHandle(QMouseEvent *event);
    virtual bool moveHandle(QMouseEvent *event);
    virtual bool releaseHandle(QMouseEvent *event);
    // A plain click at `viewportPos`, inside the plot (see the class comment); nothing by default.
    virtual void plotClicked(const QPoint &viewportPos);

    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void applyRange(const LogRange &range, bool fromChart);
    void rebuildTicks();
    void layOutLegend();
    void updateCrosshair(const QPoint &viewportPos);
    void hideCrosshair();

    YLabels m_yLabels;
    QCategoryAxis *m_axisX = nullptr;
    QCategoryAxis *m_axisY = nullptr;
    QLineSeries *m_anchor = nullptr; // an empty series the mapping is read through
    FlowLegend *m_legend = nullptr;
    QList<const QAbstractSeries *> m_notInLegend;
    QGraphicsLineItem *m_crossX = nullptr;
    QGraphicsLineItem *m_crossY = nullptr;
    QGraphicsEllipseItem *m_pivotRing = nullptr;
    std::optional<QPointF> m_pivot; // real values
    LogRange m_range, m_home;
    bool m_decorations = true;
    bool m_applying = false;
    std::optional<QPoint> m_panFrom;
    std::optional<QPoint> m_clickFrom; // a press that is a click unless it moves
    QTimer *m_clickTimer = nullptr;    // a click waits out the double-click interval
    QPoint m_clickAt;
};

} // namespace frontier::ui
