#include "ui/panels/textcolor.h"

#include "ui/document/contrast.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>

#include <functional>

namespace frontier::ui {

namespace {

using Pick = std::function<QColor(const QColor &text, const QColor &background)>;

// Lives as the label's child; sets its text colour now and at every palette change.
class TextColorKeeper : public QObject
{
public:
    TextColorKeeper(QLabel *label, Pick pick)
        : QObject(label)
        , m_label(label)
        , m_pick(std::move(pick))
    {
        label->installEventFilter(this);
        apply();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_label && event->type() == QEvent::PaletteChange && !m_applying)
            apply();
        return QObject::eventFilter(watched, event);
    }

private:
    void apply()
    {
        // From the parent's palette: the label's own holds the colour set last time.
        const QPalette around = m_label->parentWidget() ? m_label->parentWidget()->palette() : QApplication::palette(m_label);
        QPalette p = m_label->palette();
        p.setColor(QPalette::WindowText, m_pick(around.color(QPalette::WindowText), around.color(QPalette::Window)));
        m_applying = true;
        m_label->setPalette(p);
        m_applying = false;
    }

    QLabel *m_label;
    Pick m_pick;
    bool m_applying = false;
};

// `hue` moved away from the background's lightness until it reads at 4.5:1.
QColor readableOn(QColor hue, const QColor &background)
{
    const bool darkBackground = relativeLuminance(background) < 0.18;
    for (int step = 0; step < 40 && contrastRatio(hue, background) < kTextContrast; ++step)
        hue = darkBackground ? hue.lighter(108) : hue.darker(108);
    // lighter() stops at full value; the rest of the way is towards white (or black).
    for (int step = 0; step < 40 && contrastRatio(hue, background) < kTextContrast; ++step) {
        const QColor end = darkBackground ? QColor(Qt::white) : QColor(Qt::black);
        hue = QColor::fromRgbF(float(hue.redF() + 0.1 * (end.redF() - hue.redF())),
                               float(hue.greenF() + 0.1 * (end.greenF() - hue.greenF())),
                               float(hue.blueF() + 0.1 * (end.blueF() - hue.blueF())));
    }
    return hue;
}

} // namespace

void setQuietText(QLabel *label)
{
    new TextColorKeeper(label, [](const QColor &text, const QColor &background) {
        return quietTextColor(text, background);
    });
}

void setToneText(QLabel *label, const QColor &hue)
{
    new TextColorKeeper(label, [hue](const QColor &, const QColor &background) { return readableOn(hue, background); });
}

} // namespace frontier::ui
