#pragma once
// Mouse input for the charts' viewports, as Qt delivers it to a widget. Qt Test has no mouse move
// with a button held (a drag) and sends a double click as one event; these send what a user's
// hand produces, one event at a time, straight to the viewport.

#include <QApplication>
#include <QMouseEvent>
#include <QPoint>
#include <QWidget>

namespace frontier::test {

// The pointer moves to `p`, with `buttons` held (none: a hover).
inline void moveMouse(QWidget *viewport, QPoint p, Qt::MouseButtons buttons = Qt::NoButton)
{
    QMouseEvent move(QEvent::MouseMove, p, viewport->mapToGlobal(p), Qt::NoButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
}

// A press, release or double click of the left button at `p`.
inline void leftButton(QWidget *viewport, QEvent::Type type, QPoint p)
{
    const Qt::MouseButtons held = type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, p, viewport->mapToGlobal(p), Qt::LeftButton, held, Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

// Press at `from`, `steps` moves to `to` with the button held, release there.
inline void dragMouse(QWidget *viewport, QPoint from, QPoint to, int steps = 8)
{
    leftButton(viewport, QEvent::MouseButtonPress, from);
    for (int i = 1; i <= steps; ++i)
        moveMouse(viewport, from + (to - from) * i / steps, Qt::LeftButton);
    leftButton(viewport, QEvent::MouseButtonRelease, to);
}

// A double click as a widget receives it: press, release, press, double click, release.
inline void doubleClickMouse(QWidget *viewport, QPoint p)
{
    for (const QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease, QEvent::MouseButtonPress,
                                    QEvent::MouseButtonDblClick, QEvent::MouseButtonRelease})
        leftButton(viewport, type, p);
}

} // namespace frontier::test
